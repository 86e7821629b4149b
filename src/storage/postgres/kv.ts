import type pg from 'pg';
import type { FileCache, FileCacheEntry, KvRepo } from '../types.js';

export function createPostgresKv(pool: pg.Pool): KvRepo {
  return {
    get: async (key) =>
      (await pool.query<{ value: string }>('SELECT value FROM kv WHERE key = $1', [key])).rows[0]?.value,
    async setIfAbsent(key, value) {
      // The no-op update makes RETURNING give the stored row also when it was there first.
      const { rows } = await pool.query<{ value: string }>(
        'INSERT INTO kv (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = kv.value RETURNING value',
        [key, value],
      );
      return rows[0]!.value;
    },
    async set(key, value) {
      await pool.query(
        'INSERT INTO kv (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
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
  };
}
