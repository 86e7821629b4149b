import type { Db } from '../database.js';
import type { LinkRecord, LinksRepo } from '../types.js';
import { toAsync } from './to-async.js';

const COLUMNS = `id, user_id AS userId, url, created_at AS createdAt, outcome, size, error_class AS errorClass,
  announced_at AS announcedAt`;

export function createSqliteLinks(db: Db): LinksRepo {
  const insert = db.prepare(
    `INSERT INTO links (user_id, url, created_at, update_key) VALUES (?, ?, ?, ?) RETURNING ${COLUMNS}`,
  );
  const byUpdate = db.prepare(`SELECT ${COLUMNS} FROM links WHERE update_key = ?`);
  const outcome = db.prepare(
    'UPDATE links SET outcome = ?, size = COALESCE(?, size), error_class = ?, items = COALESCE(?, items) WHERE id = ?',
  );
  const recent = db.prepare(
    `SELECT ${COLUMNS} FROM links WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
  );
  const countUser = db.prepare('SELECT COUNT(*) AS n FROM links WHERE user_id = ?');
  const countSince = db.prepare(
    "SELECT COALESCE(SUM(items), 0) AS n FROM links WHERE user_id = ? AND created_at >= ? AND source = 'bot' AND outcome != 'refused'",
  );
  const bytesSince = db.prepare(
    "SELECT COALESCE(SUM(size), 0) AS n FROM links WHERE user_id = ? AND created_at >= ? AND outcome = 'delivered'",
  );
  const oldest = db.prepare(
    "SELECT MIN(created_at) AS t FROM links WHERE user_id = ? AND created_at >= ? AND source = 'bot' AND outcome != 'refused' AND (? = 0 OR outcome = 'delivered')",
  );
  const due = db.prepare(
    `SELECT ${COLUMNS} FROM links WHERE created_at < ? AND announced_at IS NULL ORDER BY user_id, created_at, id`,
  );
  const announce = db.prepare('UPDATE links SET announced_at = ? WHERE id = ?');
  const expired = db.prepare(`DELETE FROM links WHERE created_at < ? RETURNING ${COLUMNS}`);
  const importOne = db.prepare(
    "INSERT OR IGNORE INTO links (user_id, url, created_at, outcome, source) VALUES (?, ?, ?, 'delivered', 'import')",
  );
  const jobsSince = db.prepare(
    "SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN outcome = 'delivered' THEN size END), 0) AS bytes FROM links WHERE created_at >= ? AND source = 'bot'",
  );
  const failures = db.prepare(
    "SELECT COALESCE(error_class, outcome) AS reason, COUNT(*) AS n FROM links WHERE created_at >= ? AND outcome IN ('failed', 'refused') GROUP BY reason",
  );
  const failedUrls = db.prepare(
    "SELECT url, COALESCE(error_class, outcome) AS reason, COUNT(*) AS n FROM links WHERE created_at >= ? AND outcome = 'failed' GROUP BY url, reason ORDER BY n DESC LIMIT 2000",
  );

  const perHour = db.prepare(
    `SELECT (created_at / 3600000) * 3600000 AS hour, SUM(outcome = 'delivered') AS delivered,
       SUM(outcome = 'failed') AS failed FROM links WHERE created_at >= ? AND source = 'bot'
       GROUP BY hour ORDER BY hour`,
  );

  return toAsync<LinksRepo>({
    hourly: (since) => perHour.all(since) as { hour: number; delivered: number; failed: number }[],
    failuresSince: (since) => failedUrls.all(since) as { url: string; reason: string; n: number }[],
    add: (userId, url, now, updateKey) =>
      ((updateKey && byUpdate.get(updateKey)) ||
        insert.get(userId, url, now, updateKey ?? null)) as LinkRecord,
    setOutcome(id, o, extra = {}) {
      outcome.run(o, extra.size ?? null, extra.errorClass ?? null, extra.items ?? null, id);
    },
    recentByUser: (userId, offset, limit) => recent.all(userId, limit, offset) as LinkRecord[],
    countByUser: (userId) => (countUser.get(userId) as { n: number }).n,
    countByUserSince: (userId, since) => (countSince.get(userId, since) as { n: number }).n,
    bytesByUserSince: (userId, since) => (bytesSince.get(userId, since) as { n: number }).n,
    oldestSince: (userId, since, deliveredOnly) =>
      (oldest.get(userId, since, deliveredOnly ? 1 : 0) as { t: number | null }).t ?? undefined,
    dueForWarning: (before) => due.all(before) as LinkRecord[],
    markAnnounced: db.transaction((ids: number[], now: number) => {
      for (const id of ids) announce.run(now, id);
    }),
    deleteExpired: (before) => expired.all(before) as LinkRecord[],
    importLine: (userId, url, createdAt) => importOne.run(userId, url, createdAt).changes > 0,
    stats(since) {
      const j = jobsSince.get(since) as { n: number; bytes: number };
      const f = failures.all(since) as { reason: string; n: number }[];
      return { jobs: j.n, bytes: j.bytes, failures: Object.fromEntries(f.map((r) => [r.reason, r.n])) };
    },
  });
}
