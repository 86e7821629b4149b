import type { Api } from 'grammy';
import type { Config } from '../config.js';
import type { Health } from '../health/health.js';
import type { Translator } from '../i18n/i18n.js';
import { createJobSystem } from '../jobs/create-job-system.js';
import type { createLifecycle } from '../lifecycle/lifecycle.js';
import { releaseMemory } from '../lifecycle/release-memory.js';
import type { Logger } from '../logger.js';
import type { MtprotoClientManager } from '../mtproto/client-manager.js';
import type { Storage } from '../storage/types.js';
import { createPipelines } from './create-pipelines.js';

/** How often an idle worker on PostgreSQL looks at the queue without being woken. */
const IDLE_TICK_MS = 5_000;

/**
 * The job side (ROLE=worker, or part of ROLE=all): the pipelines and the runner that claims jobs
 * from the shared queue, at most MAX_CONCURRENT_JOBS at once in this process.
 */
export async function createWorker(deps: {
  config: Config;
  storage: Storage;
  api: Api;
  statusApi: Api;
  /** Edits the queue places of waiting jobs, in the throttle's lane that yields to all else. */
  positionsApi: Api;
  uploadApi: Api;
  t: Translator;
  log: Logger;
  health: Health;
  lifecycle: ReturnType<typeof createLifecycle>;
  mtproto?: MtprotoClientManager;
}) {
  const { config, storage } = deps;
  const pipelines = await createPipelines(deps);
  const jobs = createJobSystem({
    api: deps.statusApi,
    positionsApi: deps.positionsApi,
    t: deps.t,
    queue: storage.jobs,
    links: storage.links,
    log: deps.log,
    tmpDir: config.tmpDir,
    limits: {
      maxRunning: config.maxConcurrentJobs,
      maxPerUser: config.maxJobsPerUser,
      perKind: { pdf: config.pdfConcurrency },
    },
    progressIntervalMs: config.progressIntervalMs,
    wedgedAfterMs: Math.max(config.download.idleTimeoutMs * 3, 300_000),
    leaseMs: config.jobLeaseMs,
    // PostgreSQL's NOTIFY wakes an idle worker at once; it looks for lost leases every 5 s.
    idleTickMs: deps.storage.kind === 'postgres' ? IDLE_TICK_MS : undefined,
    pipeline: pipelines.pipeline,
    announcesPositions: () => storage.coordination.holds('queue-positions'),
    onIdle: releaseMemory,
  });
  deps.health.register('jobs', jobs.runner.probe);
  return {
    pipelines,
    runner: jobs.runner,
    start: () => jobs.start(),
    stopClaiming: () => jobs.runner.stopClaiming(),
    drain: jobs.drain,
  };
}
