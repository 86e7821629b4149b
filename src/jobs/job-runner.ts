import type { Probe } from '../health/health.js';
import type { Logger } from '../logger.js';
import type { JobId, JobQueue, JobRecord, QueueLimits } from '../storage/types.js';

/** Why a running job's signal was aborted. */
export class CancelReason extends Error {
  constructor(readonly by: 'user' | 'shutdown') {
    super(by === 'user' ? 'cancelled by the user' : 'interrupted by shutdown');
  }
}

export type JobHandler = (job: JobRecord, signal: AbortSignal, touch: () => void) => Promise<void>;

/**
 * Runs queued jobs within the limits: claims fairly from the durable queue whenever a slot
 * frees, keeps an abort handle per running job (cancel, shutdown) and reports a job that has
 * made no progress for too long as wedged in /health.
 */
export function createJobRunner(deps: {
  queue: JobQueue;
  limits: QueueLimits;
  handler: JobHandler;
  log: Logger;
  wedgedAfterMs: number;
  onQueueChanged?: () => void;
}) {
  const running = new Map<JobId, { ac: AbortController; lastProgress: number; done: Promise<void> }>();
  let accepting = true;

  function pump(): void {
    while (accepting) {
      const job = deps.queue.claimNext(deps.limits, Date.now());
      if (!job) break;
      start(job);
    }
    deps.onQueueChanged?.();
  }

  function start(job: JobRecord) {
    const ac = new AbortController();
    const entry = { ac, lastProgress: Date.now(), done: Promise.resolve() };
    const touch = () => {
      entry.lastProgress = Date.now();
    };
    running.set(job.id, entry);
    entry.done = deps
      .handler(job, ac.signal, touch)
      .catch((err) => deps.log.error({ err, jobId: job.id }, 'job handler threw'))
      .finally(() => {
        running.delete(job.id);
        setImmediate(pump);
      });
  }

  return {
    pump,
    /** Cancels a queued or running job; returns false when it was neither. */
    cancel(jobId: JobId): boolean {
      const r = running.get(jobId);
      if (r) {
        r.ac.abort(new CancelReason('user'));
        return true;
      }
      const job = deps.queue.get(jobId);
      if (job?.state !== 'queued') return false;
      deps.queue.finish(jobId, 'cancelled', Date.now(), 'cancelled');
      deps.onQueueChanged?.();
      return true;
    },
    isRunning: (jobId: JobId) => running.has(jobId),
    runningCount: () => running.size,
    /** Stops claiming; running jobs get `graceMs`, then are interrupted (they go back to the queue). */
    async drain(graceMs: number): Promise<void> {
      accepting = false;
      const all = () => Promise.allSettled([...running.values()].map((r) => r.done));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([all(), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
      clearTimeout(timer);
      for (const r of running.values()) r.ac.abort(new CancelReason('shutdown'));
      await Promise.race([all(), new Promise((r) => setTimeout(r, 2000))]);
    },
    probe: (): ReturnType<Probe> => {
      const now = Date.now();
      const wedged = [...running.entries()]
        .filter(([, r]) => now - r.lastProgress > deps.wedgedAfterMs)
        .map(([id]) => id);
      const detail = { ...deps.queue.counts(), runningHere: running.size };
      return wedged.length
        ? {
            ok: false,
            reason: `job ${wedged.join(', ')} made no progress for ${Math.round(deps.wedgedAfterMs / 1000)} s`,
            detail,
          }
        : { ok: true, detail };
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
