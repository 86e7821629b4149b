import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Probe } from '../health/health.js';
import type { Logger } from '../logger.js';
import type { JobId, JobQueue, JobRecord, QueueLimits } from '../storage/types.js';

/** Why a running job's signal was aborted. */
export class CancelReason extends Error {
  constructor(readonly by: 'user' | 'shutdown' | 'lease-lost') {
    super(
      by === 'user'
        ? 'cancelled by the user'
        : by === 'shutdown'
          ? 'interrupted by shutdown'
          : 'the lease on this job ran out: another run has it',
    );
  }
}

export type JobHandler = (job: JobRecord, signal: AbortSignal, touch: () => void) => Promise<void>;

/** A job that ended because its runner died or wedged: its last try failed, or it was being cancelled. */
export type LostJobHandler = (job: JobRecord) => Promise<void>;

/** How long a runner has had nothing to do before it counts as idle. */
export const IDLE_AFTER_MS = 2000;

/**
 * Runs queued jobs within the limits: claims fairly from the durable queue whenever a slot frees,
 * holds a lease on each running job and renews it every `tickMs` while the job makes progress,
 * picks up jobs whose lease ran out elsewhere, and stops a job whose cancel was requested through
 * the queue (from any process). A job with no progress for too long is reported in /health.
 */
export function createJobRunner(deps: {
  queue: JobQueue;
  limits: QueueLimits;
  handler: JobHandler;
  onLost: LostJobHandler;
  log: Logger;
  wedgedAfterMs: number;
  leaseMs: number;
  maxAttempts: number;
  /** How often leases are renewed while jobs run. Unset: a second, or a quarter of a shorter lease. */
  tickMs?: number;
  /**
   * With nothing running, how long until the next look at the queue. A queue that tells of its
   * changes (PostgreSQL's NOTIFY) wakes the runner anyway, so an idle worker need not poll every
   * tick: it only reclaims leases that ran out elsewhere this often. Unset: every tick.
   */
  idleTickMs?: number;
  clock?: () => number;
  onQueueChanged?: () => void;
  /** Called once the last running job has ended and none started for `IDLE_AFTER_MS`. */
  onIdle?: () => void;
}) {
  const now = deps.clock ?? Date.now;
  const lease = { owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, ms: deps.leaseMs };
  // Four renewals per lease: one late or slow renewal does not hand a job to another runner.
  const tickMs = deps.tickMs ?? Math.min(1000, deps.leaseMs / 4);
  const running = new Map<
    JobId,
    { ac: AbortController; lastProgress: number; leaseUntil: number; done: Promise<void> }
  >();
  let accepting = true;
  let pumping: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let idleTimer = false;
  let quiet: NodeJS.Timeout | undefined;
  let ticking = false;
  let unsubscribe = () => {};

  /** Claims until the limits or the queue run out; calls made meanwhile run it once more. */
  function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return pumping;
    }
    pumping = (async () => {
      do {
        again = false;
        // maxRunning is also what this process runs at once, stuck jobs included.
        while (accepting && running.size < deps.limits.maxRunning) {
          const job = await deps.queue.claimNext(deps.limits, lease, now());
          if (!job) break;
          if (running.has(job.id)) {
            // Our own earlier run of it is stuck past its lease: never run one job twice here.
            await deps.queue.release(job.id);
            break;
          }
          start(job);
        }
      } while (again && accepting);
      deps.onQueueChanged?.();
    })()
      .catch((err) => deps.log.error({ err }, 'claiming jobs failed'))
      .finally(() => {
        pumping = undefined;
      });
    return pumping;
  }

  function start(job: JobRecord) {
    const ac = new AbortController();
    const entry = { ac, lastProgress: now(), leaseUntil: now() + lease.ms, done: Promise.resolve() };
    const touch = () => {
      entry.lastProgress = now();
    };
    running.set(job.id, entry);
    clearTimeout(quiet);
    // Its lease needs renewing within the tick, not at the next idle look.
    if (idleTimer && !ticking && accepting) {
      clearTimeout(timer);
      schedule();
    }
    entry.done = deps
      .handler(job, ac.signal, touch)
      .catch((err) => deps.log.error({ err, jobId: job.id }, 'job handler threw'))
      .finally(() => {
        running.delete(job.id);
        if (running.size === 0 && deps.onIdle) quiet = setTimeout(deps.onIdle, IDLE_AFTER_MS).unref();
        setImmediate(() => void pump());
      });
  }

  /**
   * Renews the leases of jobs that made progress (a wedged one is left to lapse, so another run
   * takes it), stops cancelled and lost ones, and takes up jobs whose lease ran out anywhere.
   */
  async function tick(): Promise<void> {
    const t = now();
    const alive = [...running.entries()].filter(([, r]) => t - r.lastProgress <= deps.wedgedAfterMs);
    for (const [, r] of running) if (t > r.leaseUntil) r.ac.abort(new CancelReason('lease-lost'));
    if (alive.length) {
      const { lost, cancelRequested } = await deps.queue.renew(
        alive.map(([id]) => id),
        lease,
        t,
      );
      for (const [id, r] of alive) if (!lost.includes(id)) r.leaseUntil = t + lease.ms;
      for (const id of cancelRequested) running.get(id)?.ac.abort(new CancelReason('user'));
      for (const id of lost) running.get(id)?.ac.abort(new CancelReason('lease-lost'));
    }
    const { requeued, failed } = await deps.queue.reclaimExpired(deps.maxAttempts, t);
    if (requeued.length)
      deps.log.info({ jobs: requeued.map((j) => j.id) }, 'jobs whose lease ran out requeued');
    for (const job of failed) await deps.onLost(job);
    // Also picks up jobs enqueued by other processes, and what other runners put back; not
    // awaited, so slow claims never delay the next renewal.
    if (!pumping) void pump();
  }

  /** Claims nothing more (shutdown has begun); running jobs go on. */
  function stopClaiming(): void {
    accepting = false;
    clearTimeout(timer);
    unsubscribe();
  }

  function schedule() {
    idleTimer = running.size === 0 && deps.idleTickMs !== undefined;
    timer = setTimeout(runTick, idleTimer ? deps.idleTickMs : tickMs);
  }

  const runTick = () => {
    ticking = true;
    tick()
      .catch((err) => deps.log.error({ err }, 'job lease tick failed'))
      .finally(() => {
        ticking = false;
        if (accepting) schedule();
      });
  };

  return {
    /** Reclaims what ran out, claims what fits, then keeps leases fresh until drained. */
    async start(): Promise<void> {
      await tick();
      schedule();
      // Jobs added or freed by other processes are claimed at once, not at the next tick.
      unsubscribe = deps.queue.onChange(() => void pump());
      await pump();
    },
    pump,
    /**
     * Cancels a queued or running job, wherever it runs: a running one here stops at once, one
     * elsewhere at its runner's next tick. `cancelled`: it was queued and is now cancelled;
     * `requested`: it was running and its runner stops it; `none`: it was neither.
     */
    async cancel(jobId: JobId): Promise<'cancelled' | 'requested' | 'none'> {
      const outcome = await deps.queue.requestCancel(jobId, now());
      running.get(jobId)?.ac.abort(new CancelReason('user'));
      if (outcome === 'cancelled') deps.onQueueChanged?.();
      return outcome;
    },
    isRunningHere: (jobId: JobId) => running.has(jobId),
    runningHere: () => running.size,
    stopClaiming,
    /** Stops claiming; running jobs get `graceMs`, then are interrupted (they go back to the queue). */
    async drain(graceMs: number): Promise<void> {
      stopClaiming();
      const all = () => Promise.allSettled([...running.values()].map((r) => r.done));
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([all(), new Promise((r) => (grace = setTimeout(r, graceMs)))]);
      clearTimeout(grace);
      for (const r of running.values()) r.ac.abort(new CancelReason('shutdown'));
      await Promise.race([all(), new Promise((r) => setTimeout(r, 2000))]);
    },
    probe: async (): Promise<Awaited<ReturnType<Probe>>> => {
      const t = now();
      const wedged = [...running.entries()]
        .filter(([, r]) => t - r.lastProgress > deps.wedgedAfterMs)
        .map(([id]) => id);
      const detail = { ...(await deps.queue.counts()), runningHere: running.size };
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
