import { openDatabase, pingDatabase } from '../database.js';
import { createLocalSendSchedule } from '../local-send-schedule.js';
import type { Storage } from '../types.js';
import { createSqliteFileCache } from './file-cache.js';
import { createSqliteFileLinks } from './file-links.js';
import { createSqliteJobQueue } from './jobs.js';
import { createSqliteKv } from './kv.js';
import { createSqliteLinks } from './links.js';
import { createSqliteUsers } from './users.js';

export function createSqliteStorage(dataDir: string): Storage {
  const db = openDatabase(dataDir);
  return {
    kind: 'sqlite',
    // One process owns the file, so it holds every lock.
    coordination: { holds: async () => true },
    sendSchedule: createLocalSendSchedule(),
    users: createSqliteUsers(db),
    kv: createSqliteKv(db),
    links: createSqliteLinks(db),
    jobs: createSqliteJobQueue(db),
    fileCache: createSqliteFileCache(db),
    fileLinks: createSqliteFileLinks(db),
    ping: async () => pingDatabase(db),
    close: async () => void db.close(),
  };
}
