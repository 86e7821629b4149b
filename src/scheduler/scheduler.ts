import type { Logger } from '../logger.js';

/**
 * Periodic tasks, each isolated: a throw is logged with the task's name and the task runs again
 * at its next tick; a task never overlaps itself (the next run is scheduled after this one ends);
 * nothing here can reach the polling loop. Intervals may be fractions of a second (tests).
 */
export interface Scheduler {
  add(name: string, intervalMs: number, task: (signal: AbortSignal) => Promise<void> | void): void;
  /** Runs a task now unless it is already running (returns false then). */
  runNow(name: string): Promise<boolean>;
  stop(): Promise<void>;
  stats(): Record<string, { runs: number; failures: number; running: boolean; lastError?: string }>;
}

interface Entry {
  name: string;
  intervalMs: number;
  task: (signal: AbortSignal) => Promise<void> | void;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  runs: number;
  failures: number;
  lastError?: string;
}

/** Node's timers hold at most 2^31-1 ms (24.8 days); a longer one fires at once, so a task would loop. */
const MAX_INTERVAL_MS = 2 ** 31 - 1;

export function createScheduler(log: Logger): Scheduler {
  const entries = new Map<string, Entry>();
  const stopping = new AbortController();

  async function run(e: Entry): Promise<void> {
    if (e.running || stopping.signal.aborted) return;
    clearTimeout(e.timer);
    e.running = (async () => {
      try {
        await e.task(stopping.signal);
        e.runs++;
      } catch (err) {
        e.failures++;
        e.lastError = (err as Error)?.message ?? String(err);
        log.error({ err, task: e.name }, 'periodic task failed; it runs again at its next tick');
      }
    })();
    await e.running;
    e.running = undefined;
    if (!stopping.signal.aborted) e.timer = setTimeout(() => void run(e), e.intervalMs);
  }

  return {
    add(name, intervalMs, task) {
      const e: Entry = {
        name,
        intervalMs: Math.min(MAX_INTERVAL_MS, Math.max(10, intervalMs)),
        task,
        runs: 0,
        failures: 0,
      };
      entries.set(name, e);
      setImmediate(() => void run(e));
    },
    async runNow(name) {
      const e = entries.get(name);
      if (!e || e.running) return false;
      await run(e);
      return true;
    },
    async stop() {
      stopping.abort();
      for (const e of entries.values()) clearTimeout(e.timer);
      await Promise.allSettled([...entries.values()].map((e) => e.running));
    },
    stats() {
      return Object.fromEntries(
        [...entries.values()].map((e) => [
          e.name,
          { runs: e.runs, failures: e.failures, running: !!e.running, lastError: e.lastError },
        ]),
      );
    },
  };
}
