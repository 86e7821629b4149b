import type { Db } from '../database.js';
import type { FileCache, FileCacheEntry } from '../types.js';
import { toAsync } from './to-async.js';

export function createSqliteFileCache(db: Db): FileCache {
  const get = db.prepare('SELECT file_id AS fileId, method, size FROM file_cache WHERE key = ?');
  const put =
    db.prepare(`INSERT INTO file_cache (key, file_id, method, size, created_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(key) DO UPDATE SET file_id = excluded.file_id, method = excluded.method, size = excluded.size,
    created_at = excluded.created_at`);
  const del = db.prepare('DELETE FROM file_cache WHERE key = ?');
  const prune = db.prepare('DELETE FROM file_cache WHERE created_at < ?');
  return toAsync<FileCache>({
    get: (key) => get.get(key) as FileCacheEntry | undefined,
    put: (key, e, now) => void put.run(key, e.fileId, e.method, e.size, now),
    delete: (key) => void del.run(key),
    prune: (before) => prune.run(before).changes,
  });
}
