import type pg from 'pg';
import type { FileLink, FileLinksRepo } from '../types.js';

const COLUMNS = `id, user_id AS "userId", file_id AS "fileId", file_unique_id AS "fileUniqueId", name, size,
  mime, kind, chat_id AS "chatId", message_id AS "messageId", created_at AS "createdAt", expires_at AS "expiresAt", revoked, bytes_served AS "bytesServed"`;
const LIVE = 'user_id = $1 AND NOT revoked AND (expires_at IS NULL OR expires_at > $2)';

/** BIGINT columns arrive as strings. */
const row = (r: Record<string, unknown>): FileLink =>
  ({
    ...r,
    userId: Number(r.userId),
    size: Number(r.size),
    createdAt: Number(r.createdAt),
    expiresAt: r.expiresAt === null ? null : Number(r.expiresAt),
    chatId: r.chatId === null ? null : Number(r.chatId),
    messageId: r.messageId === null ? null : Number(r.messageId),
    bytesServed: Number(r.bytesServed),
  }) as FileLink;

export function createPostgresFileLinks(pool: pg.Pool): FileLinksRepo {
  const count = async (sql: string, args: unknown[]) =>
    Number((await pool.query<{ n: string }>(sql, args)).rows[0]?.n ?? 0);
  return {
    async add(l) {
      await pool.query(
        `INSERT INTO file_links (id, user_id, file_id, file_unique_id, name, size, mime, kind, chat_id, message_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          l.id,
          l.userId,
          l.fileId,
          l.fileUniqueId,
          l.name,
          l.size,
          l.mime,
          l.kind,
          l.chatId,
          l.messageId,
          l.createdAt,
          l.expiresAt,
        ],
      );
    },
    async get(id) {
      const r = (await pool.query(`SELECT ${COLUMNS} FROM file_links WHERE id = $1`, [id])).rows[0];
      return r && row(r);
    },
    liveByUser: async (userId, now, offset, limit) =>
      (
        await pool.query(
          `SELECT ${COLUMNS} FROM file_links WHERE ${LIVE} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
          [userId, now, limit, offset],
        )
      ).rows.map(row),
    countLiveByUser: (userId, now) =>
      count(`SELECT COUNT(*) AS n FROM file_links WHERE ${LIVE}`, [userId, now]),
    countCreatedSince: (userId, since) =>
      count('SELECT COUNT(*) AS n FROM file_links WHERE user_id = $1 AND created_at >= $2', [userId, since]),
    async setFileId(id, fileId) {
      await pool.query('UPDATE file_links SET file_id = $2 WHERE id = $1', [id, fileId]);
    },
    async revoke(id, userId) {
      const r =
        userId === undefined
          ? await pool.query('UPDATE file_links SET revoked = TRUE WHERE id = $1 AND NOT revoked', [id])
          : await pool.query(
              'UPDATE file_links SET revoked = TRUE WHERE id = $1 AND user_id = $2 AND NOT revoked',
              [id, userId],
            );
      return (r.rowCount ?? 0) > 0;
    },
    async addServed(id, userId, day, bytes) {
      await pool.query(
        `WITH l AS (UPDATE file_links SET bytes_served = bytes_served + $4 WHERE id = $1)
         INSERT INTO file_link_traffic (user_id, day, bytes) VALUES ($2, $3, $4)
         ON CONFLICT (user_id, day) DO UPDATE SET bytes = file_link_traffic.bytes + excluded.bytes`,
        [id, userId, day, bytes],
      );
    },
    servedByUserOn: (userId, day) =>
      count('SELECT bytes AS n FROM file_link_traffic WHERE user_id = $1 AND day = $2', [userId, day]),
    servedSince: (day) =>
      count('SELECT COALESCE(SUM(bytes), 0) AS n FROM file_link_traffic WHERE day >= $1', [day]),
  };
}
