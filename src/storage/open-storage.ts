import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createPostgresStorage } from './postgres/index.js';
import { createSqliteStorage } from './sqlite/index.js';
import type { Storage } from './types.js';

/** DATABASE_URL set: PostgreSQL, shared by every process; otherwise SQLite in DATA_DIR. */
export async function openStorage(config: Config, log: Logger): Promise<Storage> {
  return config.databaseUrl
    ? createPostgresStorage(config.databaseUrl, log)
    : createSqliteStorage(config.dataDir);
}
