import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createSqliteStorage } from './sqlite/index.js';
import type { Storage } from './types.js';

/** DATABASE_URL set: PostgreSQL, shared by every process; otherwise SQLite in DATA_DIR. */
export async function openStorage(config: Config, log: Logger): Promise<Storage> {
  if (!config.databaseUrl) return createSqliteStorage(config.dataDir);
  // Loaded only when used: a one-process bot never pays for the driver.
  const { createPostgresStorage } = await import('./postgres/index.js');
  return createPostgresStorage(config.databaseUrl, log);
}
