import type { Db } from '../database.js';
import type { KvRepo } from '../types.js';
import { toAsync } from './to-async.js';

export function createSqliteKv(db: Db): KvRepo {
  const get = db.prepare('SELECT value FROM kv WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const insert = db.prepare('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING');
  return toAsync<KvRepo>({
    setIfAbsent(key, value) {
      insert.run(key, value);
      return (get.get(key) as { value: string }).value;
    },
    get: (key) => (get.get(key) as { value: string } | undefined)?.value,
    set: (key, value) => void set.run(key, value),
  });
}
