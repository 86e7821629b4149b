import pg from 'pg';
import type { Logger } from '../../logger.js';
import { DATABASE_CONNECTIONS, StorageUnavailableError } from '../types.js';

/** int8 (COUNT, BIGINT columns: ids and millisecond times) as numbers; all stay below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Connection settings every client of ours uses: bounded waits everywhere. */
export function clientConfig(connectionString: string): pg.ClientConfig {
  return {
    connectionString,
    types,
    application_name: 'pishtaz',
    connectionTimeoutMillis: 5_000,
    statement_timeout: 10_000,
    query_timeout: 15_000,
    idle_in_transaction_session_timeout: 15_000,
    keepAlive: true,
  };
}

/** Errors that say the server is away rather than that the query is wrong. */
const AWAY_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const AWAY_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i;

/** Server-away errors become StorageUnavailableError; any other error is left as it is. */
export function unavailable(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  const away =
    (e.code !== undefined &&
      (AWAY_CODES.has(e.code) || e.code.startsWith('08') || e.code.startsWith('57P'))) ||
    AWAY_MESSAGES.test(e.message ?? '');
  return away && !(err instanceof StorageUnavailableError) ? new StorageUnavailableError(err) : err;
}

export function createPool(connectionString: string, log: Logger, max = DATABASE_CONNECTIONS): pg.Pool {
  const pool = new pg.Pool({ ...clientConfig(connectionString), max, idleTimeoutMillis: 30_000 });
  // An idle client whose server went away (a restart): the pool drops it; the next query reconnects.
  pool.on('error', (err) => log.warn({ err: err.message }, 'database connection lost'));
  // Only the promise forms are ours; pg calls its own methods with callbacks, left as they are.
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  const mapped = (result: unknown) =>
    result instanceof Promise
      ? result.catch((err: unknown) => {
          throw unavailable(err);
        })
      : result;
  Object.assign(pool, {
    query: (...args: unknown[]) => mapped(query(...args)),
    connect: (...args: unknown[]) => mapped(connect(...args)),
  });
  return pool;
}

/** Runs `fn` in one transaction on one client; rolls back on any error. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // A checked-out client whose server goes away between two queries emits 'error'; unheard, that
  // would be an uncaught exception. The next query fails instead, and the client is discarded.
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw unavailable(err);
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Advisory lock keys: the first int names the purpose, the second (when any) the subject. */
export const LOCK = { migrate: 7_340_001, enqueue: 7_340_003, named: 7_340_004 } as const;
