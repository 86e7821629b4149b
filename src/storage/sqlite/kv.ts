import type { Db } from '../database.js';
import type { KvRepo } from '../types.js';
import { toAsync } from './to-async.js';

export function createSqliteKv(db: Db): KvRepo {
  const get = db.prepare('SELECT value FROM kv WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)');
  const set = db.prepare(
    'INSERT INTO kv (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
  );
  // A value that expired counts as absent: the new one takes its place.
  const insert = db.prepare(
    'INSERT INTO kv (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at WHERE kv.expires_at IS NOT NULL AND kv.expires_at <= ?',
  );
  const prune = db.prepare('DELETE FROM kv WHERE expires_at IS NOT NULL AND expires_at <= ?');
  const list = db.prepare(
    'SELECT key, value FROM kv WHERE substr(key, 1, length(?)) = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY key LIMIT 500',
  );
  const until = (ttlMs?: number) => (ttlMs === undefined ? null : Date.now() + ttlMs);
  return toAsync<KvRepo>({
    setIfAbsent(key, value, ttlMs) {
      const now = Date.now();
      insert.run(key, value, until(ttlMs), now);
      return (get.get(key, now) as { value: string }).value;
    },
    get: (key) => (get.get(key, Date.now()) as { value: string } | undefined)?.value,
    set: (key, value, ttlMs) => void set.run(key, value, until(ttlMs)),
    prune: (now) => prune.run(now).changes,
    list: (prefix) => list.all(prefix, prefix, Date.now()) as { key: string; value: string }[],
  });
}
