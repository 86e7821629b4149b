import type { Logger } from '../../logger.js';
import type { Storage } from '../types.js';
import { createPostgresFileLinks } from './file-links.js';
import { createPostgresJobQueue } from './jobs.js';
import { createPostgresFileCache, createPostgresKv } from './kv.js';
import { createPostgresLinks } from './links.js';
import { migrate } from './migrations.js';
import { createPool } from './pool.js';
import { createPostgresSendSchedule } from './send-schedule.js';
import { createSession } from './session.js';
import { createPostgresUsers } from './users.js';

/**
 * All state and the job queue in PostgreSQL, shared by every process. Start-up waits for the
 * migrations (a database that does not answer fails start-up: the host restarts us); later
 * outages only fail the calls made meanwhile, and /health says so.
 */
export async function createPostgresStorage(databaseUrl: string, log: Logger): Promise<Storage> {
  const pool = createPool(databaseUrl, log);
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  const session = createSession(databaseUrl, log);
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    coordination: session.coordination,
    sendSchedule: createPostgresSendSchedule(session),
    users: createPostgresUsers(pool),
    kv: createPostgresKv(pool),
    links: createPostgresLinks(pool),
    jobs: createPostgresJobQueue(pool, session),
    fileCache: createPostgresFileCache(pool),
    fileLinks: createPostgresFileLinks(pool),
    async ping() {
      await pool.query('SELECT 1');
    },
    close: () => (closing ??= session.close().then(() => pool.end())),
  };
}
