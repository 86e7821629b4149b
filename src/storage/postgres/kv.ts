import type pg from 'pg';
import type { FileCache, FileCacheEntry, KvRepo } from '../types.js';

const until = (ttlMs?: number) => (ttlMs === undefined ? null : Date.now() + ttlMs);

export function createPostgresKv(pool: pg.Pool): KvRepo {
  return {
    get: async (key) =>
      (
        await pool.query<{ value: string }>(
          'SELECT value FROM kv WHERE key = $1 AND (expires_at IS NULL OR expires_at > $2)',
          [key, Date.now()],
        )
      ).rows[0]?.value,
    async setIfAbsent(key, value, ttlMs) {
      // The update keeps the stored row unless it expired, and makes RETURNING give it either way.
      const { rows } = await pool.query<{ value: string }>(
        `INSERT INTO kv (key, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET
           value = CASE WHEN kv.expires_at <= $4 THEN excluded.value ELSE kv.value END,
           expires_at = CASE WHEN kv.expires_at <= $4 THEN excluded.expires_at ELSE kv.expires_at END
         RETURNING value`,
        [key, value, until(ttlMs), Date.now()],
      );
      return rows[0]!.value;
    },
    async set(key, value, ttlMs) {
      await pool.query(
        'INSERT INTO kv (key, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
        [key, value, until(ttlMs)],
      );
    },
    prune: async (now) =>
      (await pool.query('DELETE FROM kv WHERE expires_at IS NOT NULL AND expires_at <= $1', [now]))
        .rowCount ?? 0,
    list: async (prefix) =>
      (
        await pool.query<{ key: string; value: string }>(
          `SELECT key, value FROM kv WHERE left(key, length($1)) = $1 AND (expires_at IS NULL OR expires_at > $2)
           ORDER BY key LIMIT 500`,
          [prefix, Date.now()],
        )
      ).rows,
  };
}

export function createPostgresFileCache(pool: pg.Pool): FileCache {
  return {
    get: async (key) =>
      (
        await pool.query<FileCacheEntry>(
          'SELECT file_id AS "fileId", method, size FROM file_cache WHERE key = $1',
          [key],
        )
      ).rows[0],
    async put(key, e, now) {
      await pool.query(
        `INSERT INTO file_cache (key, file_id, method, size, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (key) DO UPDATE SET file_id = excluded.file_id, method = excluded.method,
           size = excluded.size, created_at = excluded.created_at`,
        [key, e.fileId, e.method, e.size, now],
      );
    },
    async delete(key) {
      await pool.query('DELETE FROM file_cache WHERE key = $1', [key]);
    },
    prune: async (before) =>
      (await pool.query('DELETE FROM file_cache WHERE created_at < $1', [before])).rowCount ?? 0,
  };
}
