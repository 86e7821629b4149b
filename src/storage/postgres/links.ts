import type pg from 'pg';
import type { LinkRecord, LinksRepo } from '../types.js';

const COLUMNS = `id, user_id AS "userId", url, created_at AS "createdAt", outcome, size,
  error_class AS "errorClass", announced_at AS "announcedAt"`;
/** Links that count against a user's quota: sent to the bot and not refused at the door. */
const COUNTED = "source = 'bot' AND outcome != 'refused'";

export function createPostgresLinks(pool: pg.Pool): LinksRepo {
  const rows = async <T extends pg.QueryResultRow = LinkRecord>(text: string, values: unknown[] = []) =>
    (await pool.query<T>(text, values)).rows;
  const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[]) =>
    (await rows<T>(text, values))[0]!;
  return {
    add: async (userId, url, now, updateKey) =>
      (
        await rows(
          `INSERT INTO links (user_id, url, created_at, update_key) VALUES ($1, $2, $3, $4)
           ON CONFLICT (update_key) WHERE update_key IS NOT NULL DO NOTHING RETURNING ${COLUMNS}`,
          [userId, url, now, updateKey ?? null],
        )
      )[0] ?? one<LinkRecord>(`SELECT ${COLUMNS} FROM links WHERE update_key = $1`, [updateKey]),
    async setOutcome(id, outcome, extra = {}) {
      await pool.query(
        'UPDATE links SET outcome = $2, size = COALESCE($3, size), error_class = $4, items = COALESCE($5, items) WHERE id = $1',
        [id, outcome, extra.size ?? null, extra.errorClass ?? null, extra.items ?? null],
      );
    },
    recentByUser: (userId, offset, limit) =>
      rows(
        `SELECT ${COLUMNS} FROM links WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [userId, limit, offset],
      ),
    countByUser: async (userId) =>
      (await one<{ n: number }>('SELECT COUNT(*) AS n FROM links WHERE user_id = $1', [userId])).n,
    countByUserSince: async (userId, since) =>
      (
        await one<{ n: number }>(
          `SELECT COALESCE(SUM(items), 0)::bigint AS n FROM links WHERE user_id = $1 AND created_at >= $2 AND ${COUNTED}`,
          [userId, since],
        )
      ).n,
    bytesByUserSince: async (userId, since) =>
      (
        await one<{ n: number }>(
          "SELECT COALESCE(SUM(size), 0)::bigint AS n FROM links WHERE user_id = $1 AND created_at >= $2 AND outcome = 'delivered'",
          [userId, since],
        )
      ).n,
    oldestSince: async (userId, since, deliveredOnly) =>
      (
        await one<{ t: number | null }>(
          `SELECT MIN(created_at) AS t FROM links WHERE user_id = $1 AND created_at >= $2 AND ${COUNTED}
           AND (NOT $3 OR outcome = 'delivered')`,
          [userId, since, deliveredOnly],
        )
      ).t ?? undefined,
    dueForWarning: (before) =>
      rows(
        `SELECT ${COLUMNS} FROM links WHERE created_at < $1 AND announced_at IS NULL ORDER BY user_id, created_at, id`,
        [before],
      ),
    async markAnnounced(ids, now) {
      await pool.query('UPDATE links SET announced_at = $1 WHERE id = ANY($2::bigint[])', [now, ids]);
    },
    deleteExpired: (before) => rows(`DELETE FROM links WHERE created_at < $1 RETURNING ${COLUMNS}`, [before]),
    async importLine(userId, url, createdAt) {
      const r = await pool.query(
        `INSERT INTO links (user_id, url, created_at, outcome, source) VALUES ($1, $2, $3, 'delivered', 'import')
         ON CONFLICT (user_id, url, created_at) WHERE source = 'import' DO NOTHING`,
        [userId, url, createdAt],
      );
      return (r.rowCount ?? 0) > 0;
    },
    hourly: (since) =>
      rows<{ hour: number; delivered: number; failed: number }>(
        `SELECT (created_at / 3600000) * 3600000 AS hour,
           COUNT(*) FILTER (WHERE outcome = 'delivered')::int AS delivered,
           COUNT(*) FILTER (WHERE outcome = 'failed')::int AS failed
         FROM links WHERE created_at >= $1 AND source = 'bot' GROUP BY hour ORDER BY hour`,
        [since],
      ),
    failuresSince: (since) =>
      rows<{ url: string; reason: string; n: number }>(
        `SELECT url, COALESCE(error_class, outcome) AS reason, COUNT(*)::int AS n FROM links
         WHERE created_at >= $1 AND outcome = 'failed' GROUP BY url, reason ORDER BY n DESC LIMIT 2000`,
        [since],
      ),
    async stats(since) {
      const j = await one<{ n: number; bytes: number }>(
        `SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN outcome = 'delivered' THEN size END), 0)::bigint AS bytes
         FROM links WHERE created_at >= $1 AND source = 'bot'`,
        [since],
      );
      const f = await rows<{ reason: string; n: number }>(
        `SELECT COALESCE(error_class, outcome) AS reason, COUNT(*)::int AS n FROM links
         WHERE created_at >= $1 AND outcome IN ('failed', 'refused') GROUP BY reason`,
        [since],
      );
      return { jobs: j.n, bytes: j.bytes, failures: Object.fromEntries(f.map((r) => [r.reason, r.n])) };
    },
  };
}
