import type { Db } from '../database.js';
import type { FileLink, FileLinksRepo } from '../types.js';
import { toAsync } from './to-async.js';

const COLUMNS = `id, user_id AS userId, file_id AS fileId, file_unique_id AS fileUniqueId, name, size, mime,
  kind, chat_id AS chatId, message_id AS messageId, created_at AS createdAt, expires_at AS expiresAt, revoked, bytes_served AS bytesServed`;
const LIVE = 'user_id = ? AND revoked = 0 AND (expires_at IS NULL OR expires_at > ?)';

const row = (r: (Omit<FileLink, 'revoked'> & { revoked: number }) | undefined): FileLink | undefined =>
  r && { ...r, revoked: r.revoked === 1 };

export function createSqliteFileLinks(db: Db): FileLinksRepo {
  const insert = db.prepare(`INSERT INTO file_links
    (id, user_id, file_id, file_unique_id, name, size, mime, kind, chat_id, message_id, created_at, expires_at)
    VALUES (@id, @userId, @fileId, @fileUniqueId, @name, @size, @mime, @kind, @chatId, @messageId, @createdAt, @expiresAt)`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM file_links WHERE id = ?`);
  const setFileId = db.prepare('UPDATE file_links SET file_id = ? WHERE id = ?');
  const live = db.prepare(
    `SELECT ${COLUMNS} FROM file_links WHERE ${LIVE} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`,
  );
  const countLive = db.prepare(`SELECT COUNT(*) AS n FROM file_links WHERE ${LIVE}`);
  const created = db.prepare('SELECT COUNT(*) AS n FROM file_links WHERE user_id = ? AND created_at >= ?');
  const revoke = db.prepare('UPDATE file_links SET revoked = 1 WHERE id = ? AND revoked = 0');
  const revokeOwn = db.prepare(
    'UPDATE file_links SET revoked = 1 WHERE id = ? AND user_id = ? AND revoked = 0',
  );
  const served = db.prepare('UPDATE file_links SET bytes_served = bytes_served + ? WHERE id = ?');
  const day = db.prepare(`INSERT INTO file_link_traffic (user_id, day, bytes) VALUES (?, ?, ?)
    ON CONFLICT(user_id, day) DO UPDATE SET bytes = bytes + excluded.bytes`);
  const userDay = db.prepare('SELECT bytes FROM file_link_traffic WHERE user_id = ? AND day = ?');
  const since = db.prepare('SELECT COALESCE(SUM(bytes), 0) AS n FROM file_link_traffic WHERE day >= ?');
  const addServed = db.transaction((id: string, userId: number, d: number, bytes: number) => {
    served.run(bytes, id);
    day.run(userId, d, bytes);
  });
  return toAsync<FileLinksRepo>({
    add: (link) => void insert.run(link),
    get: (id) => row(get.get(id) as never),
    liveByUser: (userId, now, offset, limit) =>
      (live.all(userId, now, limit, offset) as never[]).map((r) => row(r)!),
    countLiveByUser: (userId, now) => (countLive.get(userId, now) as { n: number }).n,
    countCreatedSince: (userId, t) => (created.get(userId, t) as { n: number }).n,
    setFileId: (id, fileId) => void setFileId.run(fileId, id),
    revoke: (id, userId) => (userId === undefined ? revoke.run(id) : revokeOwn.run(id, userId)).changes > 0,
    addServed: (id, userId, d, bytes) => void addServed(id, userId, d, bytes),
    servedByUserOn: (userId, d) => (userDay.get(userId, d) as { bytes: number } | undefined)?.bytes ?? 0,
    servedSince: (d) => (since.get(d) as { n: number }).n,
  });
}
