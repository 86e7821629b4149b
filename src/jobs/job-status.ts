import type { Api, InlineKeyboard } from 'grammy';
import type { Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { replyTarget } from '../pipeline/reply-target.js';
import { type JobId, type JobQueue, type JobRecord, QUIET_STATUS } from '../storage/types.js';
import { createAwaitedStatus } from './awaited-status.js';
import { createQuietStatus } from './quiet-status.js';
import { createStatusReporter, type StatusReporter } from './status-reporter.js';

/**
 * A job's one status message: the front's "queued" reply when it is there (or comes in time), the
 * worker's own otherwise, none for a quick job in a group. Whichever message is recorded first is
 * the job's; a later one is deleted by whoever sent it.
 */
export function createJobStatus(deps: {
  api: Api;
  t: Translator;
  queue: JobQueue;
  log: Logger;
  progressIntervalMs: number;
  reporters: Map<JobId, StatusReporter>;
}) {
  const { t } = deps;

  async function statusFor(job: JobRecord): Promise<StatusReporter | undefined> {
    const existing = deps.reporters.get(job.id);
    if (existing) return existing;
    const reporter =
      job.statusMessageId === null && job.statusDueAt > Date.now()
        ? createAwaitedStatus({
            dueAt: job.statusDueAt,
            lookup: async () => (await deps.queue.get(job.id))?.statusMessageId ?? null,
            listen: (recorded) => deps.queue.onStatusMessage((id) => id === job.id && recorded()),
            build: (statusMessageId) => statusOf({ ...job, statusMessageId }),
          })
        : await statusOf(job);
    if (reporter) deps.reporters.set(job.id, reporter);
    return reporter;
  }

  /** The reporter for the job's status message as recorded; with none, it sends one. */
  function statusOf(job: JobRecord): Promise<StatusReporter | undefined> {
    if (job.statusMessageId !== QUIET_STATUS)
      return showStatus(job, t(job.language, 'status-starting'), null, job.statusMessageId);
    return Promise.resolve(
      createQuietStatus({
        show: (text, keyboard) => showStatus(job, text, keyboard),
        withdraw: () => removeStatus(job, undefined),
      }),
    );
  }

  /** A reporter for the job's status message, sent first with `text` unless `messageId` names it. */
  async function showStatus(
    job: JobRecord,
    text: string,
    keyboard: InlineKeyboard | null,
    messageId?: number | null,
  ): Promise<StatusReporter | undefined> {
    if (!messageId) {
      const msg = await deps.api
        .sendMessage(job.chatId, text, { ...replyTarget(job), reply_markup: keyboard ?? undefined })
        .catch(() => undefined);
      if (!msg) return undefined;
      messageId = msg.message_id;
      if (!(await deps.queue.setStatusMessage(job.id, messageId))) {
        // The front's reply was recorded meanwhile: that one is the job's.
        await deps.api.deleteMessage(job.chatId, messageId).catch(() => {});
        messageId = (await deps.queue.get(job.id))?.statusMessageId;
        if (!messageId) return undefined;
      }
    }
    return createStatusReporter({
      api: deps.api,
      chatId: job.chatId,
      messageId,
      intervalMs: deps.progressIntervalMs,
      log: deps.log,
    });
  }

  async function removeStatus(job: JobRecord, status: StatusReporter | undefined) {
    status?.close();
    deps.reporters.delete(job.id);
    const messageId = (await deps.queue.get(job.id))?.statusMessageId;
    if (messageId) await deps.api.deleteMessage(job.chatId, messageId).catch(() => {});
  }

  return { statusFor, removeStatus };
}
