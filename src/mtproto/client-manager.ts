import type { Probe } from '../health/health.js';
import type { Logger } from '../logger.js';
import type { MtprotoSession } from './types.js';

/**
 * The one MTProto client of the process. Created lazily, only when a large file needs it, behind
 * a single-flight lock (concurrent first uses share one creation), connected within a timeout,
 * kept open between files, and replaced, never reused, after it fails.
 */
export function createMtprotoClientManager(deps: {
  connect: (signal: AbortSignal) => Promise<MtprotoSession>;
  connectTimeoutMs: number;
  log: Logger;
}) {
  let session: MtprotoSession | undefined;
  let connecting: Promise<MtprotoSession> | undefined;
  let state: 'idle' | 'connecting' | 'ready' | 'failed' = 'idle';
  let lastError: string | undefined;
  let uploadsRunning = 0;

  async function create(): Promise<MtprotoSession> {
    state = 'connecting';
    const ac = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const attempt = deps.connect(ac.signal);
    try {
      const s = await Promise.race([
        attempt,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            ac.abort();
            reject(
              new Error(`MTProto connect timed out after ${Math.round(deps.connectTimeoutMs / 1000)} s`),
            );
          }, deps.connectTimeoutMs);
        }),
      ]);
      state = 'ready';
      lastError = undefined;
      deps.log.info('MTProto client connected');
      return s;
    } catch (err) {
      state = 'failed';
      lastError = (err as Error).message;
      deps.log.error({ err: lastError }, 'MTProto client could not connect');
      // A late success of the abandoned attempt must not leak a connection.
      attempt.then((s) => s.close()).catch(() => {});
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async get(): Promise<MtprotoSession> {
      if (session) return session;
      connecting ??= create().finally(() => {
        connecting = undefined;
      });
      session = await connecting;
      return session;
    },
    /** Drops a client that failed; the next use creates a fresh one. */
    async discard(failed: MtprotoSession): Promise<void> {
      if (session !== failed) return;
      session = undefined;
      state = 'failed';
      await failed.close().catch(() => {});
    },
    track<T>(upload: Promise<T>): Promise<T> {
      uploadsRunning++;
      return upload.finally(() => uploadsRunning--);
    },
    /** A dead client is not unhealthy by itself; a wedged upload is reported by the job runner. */
    probe: (): ReturnType<Probe> => ({ ok: true, detail: { state, uploadsRunning, lastError } }),
    async close(): Promise<void> {
      const s = session;
      session = undefined;
      state = 'idle';
      await s?.close();
    },
  };
}

export type MtprotoClientManager = ReturnType<typeof createMtprotoClientManager>;
