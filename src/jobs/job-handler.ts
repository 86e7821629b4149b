import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from 'grammy';
import { formatBytes } from '../i18n/format.js';
import type { Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { metrics } from '../metrics/metrics.js';
import { replyTarget } from '../pipeline/reply-target.js';
import { type FailureKind, failureKind, JobFailure, type JobIO, type Pipeline } from '../pipeline/types.js';
import { siteLabel } from '../sites/sites.js';
import { retryWhileUnavailable } from '../storage/retry-unavailable.js';
import type { JobId, JobQueue, JobRecord, LinksRepo } from '../storage/types.js';
import { CancelReason, type JobHandler } from './job-runner.js';
import { createJobStatus } from './job-status.js';
import { cancelKeyboard, type StatusReporter } from './status-reporter.js';
import { renderStatus } from './status-text.js';

/**
 * The life of one job around its pipeline: the status message, the outcome recorded in the
 * queue and the link history, a clear message on failure, and the temp folder always removed.
 * A job interrupted by shutdown goes back to the queue for the next start.
 */
export interface JobHandlerDeps {
  api: Api;
  t: Translator;
  queue: JobQueue;
  links: LinksRepo;
  log: Logger;
  tmpDir: string;
  progressIntervalMs: number;
  pipeline: Pipeline;
  reporters: Map<JobId, StatusReporter>;
}

export function createJobHandler(deps: JobHandlerDeps): JobHandler {
  const { t } = deps;
  const { statusFor, removeStatus } = createJobStatus(deps);
  return async (job, signal, touch) => {
    const log = deps.log.child({ jobId: job.id, userId: job.userId });
    const status = await statusFor(job);
    // A stopped job waits for nothing; it sends nothing more but its outcome.
    const stopped = new Promise<void>((r) =>
      signal.aborted ? r() : signal.addEventListener('abort', () => r(), { once: true }),
    );
    const keyboard = status ? cancelKeyboard(t(job.language, 'button-cancel'), job.id) : null;
    // The phase a job is in and since when, for /metrics' phase durations.
    let phase = { name: 'starting', since: Date.now() };
    const enter = (name: string) => {
      if (name === phase.name) return;
      metrics.phaseEnded(phase.name, (Date.now() - phase.since) / 1000);
      phase = { name, since: Date.now() };
    };
    const io: JobIO = {
      signal,
      touch,
      shown: () => Promise.race([status?.shown ?? Promise.resolve(), stopped]),
      report: (p) => {
        enter(p.phase);
        status?.set(() => renderStatus(t, job.language, p), keyboard);
      },
    };
    io.report({ phase: 'starting' });
    const startedAt = Date.now();
    const seconds = () => (Date.now() - startedAt) / 1000;
    const cleanup = () => rm(path.join(deps.tmpDir, `job-${job.id}`), { recursive: true, force: true });
    try {
      const result = await deps.pipeline(job, io);
      await cleanup();
      // The file is with the user: record it even across a database restart, or it is sent twice.
      await retryWhileUnavailable(() => deps.queue.finish(job.id, 'done', Date.now()));
      if ('asked' in result) {
        log.info({ question: result.asked }, 'job asked its user');
        metrics.jobEnded('asked', siteLabel(job.url), seconds());
      } else {
        const linkId = job.linkId;
        if (linkId)
          await retryWhileUnavailable(() =>
            deps.links.setOutcome(linkId, 'delivered', {
              size: result.size ?? undefined,
              items: result.items,
            }),
          );
        log.info({ method: result.sent.method, size: result.size }, 'job delivered');
        metrics.jobEnded('delivered', siteLabel(job.url), seconds());
      }
      await removeStatus(job, status);
    } catch (err) {
      await cleanup();
      const reason = signal.reason;
      if (reason instanceof CancelReason && reason.by === 'shutdown') {
        await deps.queue.release(job.id);
        log.info('job interrupted by shutdown; back in the queue');
        status?.set(t(job.language, 'status-paused'), null);
        await status?.flush();
        return;
      }
      if (reason instanceof CancelReason && reason.by === 'lease-lost') {
        // The queue has already given the job to another run (or ended it): leave it alone.
        log.warn('job stopped: its lease ran out');
        status?.close();
        deps.reporters.delete(job.id);
        return;
      }
      const kind: FailureKind = reason instanceof CancelReason ? 'cancelled' : failureKind(err);
      // The user reads why after the status message, not before it.
      await io.shown();
      metrics.jobEnded(kind, siteLabel(job.url), seconds());
      if (kind === 'internal') log.error({ err }, 'job failed');
      else log.info({ kind, msg: (err as Error).message }, 'job failed');
      // Recorded across a database restart too, or the job would run again and fail again.
      const ended = kind === 'cancelled' ? 'cancelled' : 'failed';
      await retryWhileUnavailable(() => deps.queue.finish(job.id, ended, Date.now(), kind));
      const linkId = job.linkId;
      if (linkId)
        await retryWhileUnavailable(() => deps.links.setOutcome(linkId, ended, { errorClass: kind }));
      await removeStatus(job, status);
      await deps.api
        .sendMessage(job.chatId, failureMessage(t, job, kind, err), {
          link_preview_options: { is_disabled: true },
          ...replyTarget(job),
        })
        .catch((e) => log.warn({ err: e }, 'could not tell the user'));
    } finally {
      enter('ended');
      await cleanup();
    }
  };
}

export function failureMessage(t: Translator, job: JobRecord, kind: FailureKind, err: unknown): string {
  const extra = err instanceof JobFailure ? err.extra : {};
  // A disk-full refusal that knows the shortfall says it; a disk that filled up mid-way cannot.
  const key = kind === 'disk-full' && extra.size ? 'fail-disk-short' : `fail-${kind}`;
  return t(job.language, key, {
    limit: extra.limit ? formatBytes(extra.limit, job.language) : '?',
    size: extra.size ? formatBytes(extra.size, job.language) : '?',
    status: extra.status ?? '?',
    url: job.url,
  });
}
