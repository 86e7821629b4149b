import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { JobId, QueueLimits } from '../storage/types.js';
import { createJobHandler, failureMessage, type JobHandlerDeps } from './job-handler.js';
import { createJobRunner } from './job-runner.js';
import { createPositionAnnouncer } from './queue-positions.js';
import { createStatusReporter, type StatusReporter } from './status-reporter.js';

/** A job interrupted by a crash runs once more from scratch; a second crash ends it. */
export const MAX_ATTEMPTS = 2;

/** The queue, its runner, the status messages and crash recovery, wired together. */
export function createJobSystem(
  deps: Omit<JobHandlerDeps, 'reporters'> & { limits: QueueLimits; wedgedAfterMs: number },
) {
  const reporters = new Map<JobId, StatusReporter>();
  const reporterFor = (jobId: JobId, chatId: number, messageId: number) => {
    let r = reporters.get(jobId);
    if (!r) {
      r = createStatusReporter({
        api: deps.api,
        chatId,
        messageId,
        intervalMs: deps.progressIntervalMs,
        log: deps.log,
      });
      reporters.set(jobId, r);
    }
    return r;
  };
  const announce = createPositionAnnouncer({ queue: deps.queue, t: deps.t, reporterFor });
  const handler = createJobHandler({ ...deps, reporters });
  const runner = createJobRunner({
    queue: deps.queue,
    limits: deps.limits,
    handler,
    log: deps.log,
    wedgedAfterMs: deps.wedgedAfterMs,
    onQueueChanged: announce,
  });

  return {
    runner,
    /** Removes leftovers of a crash, requeues interrupted jobs, tells users about lost ones, starts. */
    async start() {
      await mkdir(deps.tmpDir, { recursive: true });
      for (const entry of await readdir(deps.tmpDir)) {
        await rm(path.join(deps.tmpDir, entry), { recursive: true, force: true });
      }
      const { requeued, failed } = deps.queue.recoverInterrupted(MAX_ATTEMPTS, Date.now());
      if (requeued.length) deps.log.info({ jobs: requeued.map((j) => j.id) }, 'interrupted jobs requeued');
      for (const job of failed) {
        if (job.linkId) deps.links.setOutcome(job.linkId, 'failed', { errorClass: 'interrupted' });
        await deps.api
          .sendMessage(job.chatId, failureMessage(deps.t, job, 'interrupted', undefined))
          .catch((err) => deps.log.warn({ err, jobId: job.id }, 'could not tell the user about a lost job'));
      }
      runner.pump();
    },
    drain: (graceMs: number) => runner.drain(graceMs),
  };
}
