import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from 'grammy';
import { coalesce } from '../lifecycle/coalesce.js';
import { replyTarget } from '../pipeline/reply-target.js';
import type { JobId, JobRecord, QueueLimits } from '../storage/types.js';
import { createJobHandler, failureMessage, type JobHandlerDeps } from './job-handler.js';
import { createJobRunner } from './job-runner.js';
import { createPositionAnnouncer } from './queue-positions.js';
import { createStatusReporter, type StatusReporter } from './status-reporter.js';

/** How often at most the queue's places are looked at: the throttle edits them 4 times a second. */
const POSITIONS_GAP_MS = 250;

/** A job whose runner died (its lease ran out) runs once more from scratch; a second time ends it. */
export const MAX_ATTEMPTS = 2;

/** The queue, its runner, the status messages and crash recovery, wired together. */
export function createJobSystem(
  deps: Omit<JobHandlerDeps, 'reporters'> & {
    limits: QueueLimits;
    wedgedAfterMs: number;
    leaseMs: number;
    /** See the job runner: set where the queue wakes idle runners itself (PostgreSQL). */
    idleTickMs?: number;
    /** True in the one process that shows queue positions (with several workers, one of them). */
    announcesPositions: () => Promise<boolean>;
    /** See the job runner: what to do once no job has run here for a moment. */
    onIdle?: () => void;
    /** Edits the places of waiting jobs; its sends yield to running jobs' (see bot/throttle.ts). */
    positionsApi?: Api;
  },
) {
  const reporters = new Map<JobId, StatusReporter>();
  // Waiting jobs' messages, edited through the positions client; a job that starts here gets a
  // reporter of its own on the status client.
  const waiting = new Map<JobId, StatusReporter>();
  const reporterFor = (jobId: JobId, chatId: number, messageId: number) => {
    let r = waiting.get(jobId);
    if (!r) {
      r = createStatusReporter({
        api: deps.positionsApi ?? deps.api,
        chatId,
        messageId,
        intervalMs: deps.progressIntervalMs,
        log: deps.log,
      });
      waiting.set(jobId, r);
    }
    return r;
  };
  const announce = createPositionAnnouncer({
    queue: deps.queue,
    t: deps.t,
    reporterFor,
    // Started elsewhere (another worker) or ended: this process no longer edits its message.
    leftQueue: (jobId) => {
      waiting.get(jobId)?.close();
      waiting.delete(jobId);
    },
  });
  // Every claim, finish and NOTIFY changes the queue: the queue is read (and, on PostgreSQL, the
  // role asked for) at most every POSITIONS_GAP_MS, however many changes come in between.
  const showPositions = coalesce(
    async () => {
      if (await deps.announcesPositions()) await announce();
    },
    POSITIONS_GAP_MS,
    (err) => deps.log.warn({ err }, 'could not show queue positions'),
  );
  const runJob = createJobHandler({ ...deps, reporters });
  // A job starting here stops the edits of its place at once, or a late one would overwrite its progress.
  const handler: typeof runJob = (job, signal, touch) => {
    waiting.get(job.id)?.close();
    waiting.delete(job.id);
    return runJob(job, signal, touch);
  };
  /**
   * A job that ended with its runner gone: on its last try the user hears it was interrupted;
   * if they had asked to cancel it, that it was cancelled.
   */
  const onLost = async (job: JobRecord) => {
    const kind = job.state === 'cancelled' ? 'cancelled' : 'interrupted';
    if (job.linkId)
      await deps.links.setOutcome(job.linkId, kind === 'cancelled' ? 'cancelled' : 'failed', {
        errorClass: kind,
      });
    await deps.api
      .sendMessage(job.chatId, failureMessage(deps.t, job, kind, undefined), replyTarget(job))
      .catch((err) => deps.log.warn({ err, jobId: job.id }, 'could not tell the user about a lost job'));
  };
  const runner = createJobRunner({
    queue: deps.queue,
    limits: deps.limits,
    handler,
    onLost,
    log: deps.log,
    wedgedAfterMs: deps.wedgedAfterMs,
    leaseMs: deps.leaseMs,
    maxAttempts: MAX_ATTEMPTS,
    idleTickMs: deps.idleTickMs,
    onIdle: deps.onIdle,
    onQueueChanged: showPositions,
  });

  return {
    runner,
    /** Removes leftovers of a crash and starts: jobs whose lease ran out are taken up again. */
    async start() {
      await mkdir(deps.tmpDir, { recursive: true });
      for (const entry of await readdir(deps.tmpDir)) {
        await rm(path.join(deps.tmpDir, entry), { recursive: true, force: true });
      }
      await runner.start();
    },
    drain: (graceMs: number) => runner.drain(graceMs),
  };
}
