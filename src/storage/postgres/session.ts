import pg from 'pg';
import type { Logger } from '../../logger.js';
import type { Coordination } from '../types.js';
import { clientConfig, LOCK } from './pool.js';

export const QUEUE_CHANNEL = 'pishtaz_jobs';
/** The payload of a notification that a job's status message was recorded: this, then its id. */
export const STATUS_NOTICE = 's';

/**
 * This process's one long-lived connection: it LISTENs for queue changes and holds the session
 * advisory locks. When it breaks (PostgreSQL restarted, network gone) every lock is released by
 * the server, so this side forgets them too; it reconnects every 2 s and then wakes the listeners,
 * since a notification may have been missed meanwhile.
 */
export function createSession(connectionString: string, log: Logger) {
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  const held = new Set<string>();
  const listeners = new Set<() => void>();
  const statusListeners = new Set<(id: string) => void>();
  const wake = () => {
    for (const l of listeners) l();
  };
  const notified = (msg: pg.Notification) => {
    if (!msg.payload?.startsWith(STATUS_NOTICE)) return wake();
    for (const l of statusListeners) l(msg.payload.slice(STATUS_NOTICE.length));
  };

  function drop(c: pg.Client) {
    if (client !== c) return;
    client = undefined;
    held.clear();
    c.end().catch(() => {});
  }

  async function open(): Promise<pg.Client> {
    const c = new pg.Client(clientConfig(connectionString));
    c.on('error', (err) => {
      log.warn({ err: err.message }, 'database session lost; reconnecting');
      drop(c);
    });
    c.on('end', () => drop(c));
    c.on('notification', notified);
    try {
      await c.connect();
      await c.query(`LISTEN ${QUEUE_CHANNEL}`);
    } catch (err) {
      c.end().catch(() => {});
      throw err;
    }
    return c;
  }

  let closed = false;
  function connection(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    if (closed) return Promise.reject(new Error('the database session is closed'));
    connecting ??= open()
      .then((c) => {
        client = c;
        setImmediate(wake);
        return c;
      })
      .finally(() => {
        connecting = undefined;
      });
    return connecting;
  }

  const reconnect = setInterval(() => {
    if (!client && listeners.size) connection().catch(() => {});
  }, 2000);
  reconnect.unref();

  // One query at a time on this connection (pg queues them, but deprecates doing so).
  let turn: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = turn.then(fn, fn);
    turn = run.catch(() => {});
    return run;
  };

  const coordination: Coordination = {
    holds: (name) =>
      serial(async () => {
        try {
          const c = await connection();
          if (held.has(name)) {
            await c.query('SELECT 1');
          } else {
            const { rows } = await c.query<{ ok: boolean }>(
              'SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok',
              [LOCK.named, name],
            );
            if (rows[0]?.ok) held.add(name);
          }
          return client === c && held.has(name);
        } catch {
          return false;
        }
      }),
  };

  return {
    coordination,
    /** One short statement on this connection, in turn with the locks' own. */
    query: <R extends pg.QueryResultRow>(sql: string, params: unknown[]) =>
      serial(async () => (await connection()).query<R>(sql, params)),
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      connection().catch(() => {});
      return () => listeners.delete(listener);
    },
    onStatusMessage(listener: (id: string) => void): () => void {
      statusListeners.add(listener);
      connection().catch(() => {});
      return () => statusListeners.delete(listener);
    },
    async close() {
      closed = true;
      clearInterval(reconnect);
      listeners.clear();
      statusListeners.clear();
      const c = client ?? (await connecting?.catch(() => undefined));
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
