import type { JobId, JobQueue } from '../storage/types.js';
import type { JobRunner } from './job-runner.js';

/** What chat handlers do to jobs, whether the runner is in this process or in the workers. */
export interface JobControl {
  /** A job was added: claim it now if this process runs jobs (workers hear it from the queue). */
  wake(): void;
  /**
   * Cancels a queued or running job wherever it runs. `cancelled`: it was queued and is now
   * cancelled; `requested`: it was running and its runner stops it; `none`: it was neither.
   */
  cancel(jobId: JobId): Promise<'cancelled' | 'requested' | 'none'>;
}

/** ROLE=all: the runner is here. */
export const localJobControl = (runner: JobRunner): JobControl => ({
  wake: () => void runner.pump(),
  cancel: (jobId) => runner.cancel(jobId),
});

/** ROLE=front: jobs run in the workers; a cancel reaches the runner at its next lease renewal. */
export const remoteJobControl = (queue: JobQueue): JobControl => ({
  wake: () => {},
  cancel: (jobId) => queue.requestCancel(jobId, Date.now()),
});
