import { Composer } from 'grammy';
import type { JobControl } from '../../jobs/job-control.js';
import { cancelKeyboard } from '../../jobs/status-reporter.js';
import { createGate } from '../../lifecycle/gate.js';
import { checkUrl, GuardError, type NetworkPolicy } from '../../net/guard.js';
import {
  DATABASE_CONNECTIONS,
  type JobId,
  type JobKind,
  type JobQueue,
  type JobRecord,
  type LinksRepo,
  QUIET_STATUS,
  StorageUnavailableError,
  type UserSettings,
} from '../../storage/types.js';
import type { BotContext } from '../context.js';
import { extractUrl } from '../extract-url.js';
import { parseLinkWords } from '../link-words.js';

/** More waiting links than this from one user are refused: the queue stays bounded. */
export const MAX_QUEUED_PER_USER = 20;
/**
 * The "queued" message goes out within this (Telegram's send limit may delay it). A worker starts
 * the job meanwhile, but the job sends nothing before it; past this, the worker sends its own.
 */
const STATUS_WITHIN_MS = 10_000;

/**
 * Links taken in at once, one less than the database pool (the rest is for the places and the
 * status messages): in a burst of a hundred, more would only queue in the pool, each one's steps
 * behind everyone else's, and every answer would wait for the whole burst; in turn, the first
 * users hear back first.
 */
const LINKS_AT_ONCE = DATABASE_CONNECTIONS - 1;

export interface Admission {
  /** A refusal text for this user now (quota), or undefined to admit. */
  check(ctx: BotContext): Promise<string | undefined>;
}

/** A message with an http(s) link becomes a durable job with one status message. */
export function createLinksFeature(deps: {
  links: LinksRepo;
  queue: JobQueue;
  jobs: JobControl;
  policy: NetworkPolicy;
  admission?: Admission;
  clock?: () => number;
}) {
  const clock = deps.clock ?? Date.now;
  const composer = new Composer<BotContext>();
  const inTurn = createGate(LINKS_AT_ONCE);
  const unrecorded = answersToRecord();
  // `/dl <url>` (how groups ask; it works in private chats too).
  composer.command('dl', async (ctx) => {
    const url = extractUrl(ctx.message!);
    if (!url || !ctx.account) return ctx.reply(ctx.t('dl-usage'), { reply_parameters: replyTo(ctx) });
    await submitWithWords(ctx, url, String(ctx.match ?? ''));
  });
  composer.on(['message:text', 'message:caption'], async (ctx, next) => {
    const url = extractUrl(ctx.message);
    if (!url || !ctx.account) return next();
    await submitWithWords(ctx, url, ctx.message.text ?? ctx.message.caption ?? '');
  });

  /** A message that begins with its link may carry words after it; any other is taken as it is. */
  async function submitWithWords(ctx: BotContext, url: string, text: string) {
    const trimmed = text.trim();
    if (!trimmed.startsWith(url)) return submitLink(ctx, url, 'auto', {});
    const words = parseLinkWords(trimmed.slice(url.length));
    if ('unknown' in words)
      return ctx.reply(ctx.t('words-unknown', { word: words.unknown.slice(0, 40), url }), {
        reply_parameters: replyTo(ctx),
        link_preview_options: { is_disabled: true },
      });
    await submitLink(ctx, url, words.kind ?? 'auto', words.options);
  }

  async function submitLink(
    ctx: BotContext,
    url: string,
    kind: JobKind,
    options: Record<string, unknown>,
    existingLinkId?: number | null,
  ) {
    // The answer does not hold a turn: Telegram's send limit paces those.
    const taken = await inTurn.run(() => takeLink(ctx, url, kind, options, existingLinkId));
    if ('refusal' in taken) return ctx.reply(taken.refusal, { reply_parameters: replyTo(ctx) });
    const { job, position } = taken;
    const chatId = ctx.chat!.id;
    const answered = unrecorded.take(job.id);
    if (job.statusMessageId !== null) {
      // This update ran before a database outage and its job has its message (perhaps the worker's).
      if (answered !== undefined && answered !== job.statusMessageId)
        await ctx.api.deleteMessage(chatId, answered).catch(() => {});
      return;
    }
    // A group hears of a job that is next in line only if it takes a while (20 messages a minute
    // per group, and every status edit counts): a quick file is the one answer.
    if (ctx.chat?.type !== 'private' && position <= 1 && answered === undefined) {
      await deps.queue.setStatusMessage(job.id, QUIET_STATUS);
      return;
    }
    const messageId =
      answered ??
      (
        await ctx.reply(ctx.t('status-queued', { position }), {
          reply_parameters: replyTo(ctx),
          reply_markup: cancelKeyboard(ctx.t('button-cancel'), job.id),
        })
      ).message_id;
    const recorded = await deps.queue.setStatusMessage(job.id, messageId).catch((err: unknown) => {
      // The update runs again once the database answers: this answer is the one it keeps.
      if (err instanceof StorageUnavailableError) unrecorded.keep(job.id, messageId);
      throw err;
    });
    if (!recorded)
      // Too late: its worker has shown its own message, or the job has already ended.
      await ctx.api.deleteMessage(chatId, messageId).catch(() => {});
  }

  /** Records the link and queues its job: the job and its place, or what to answer instead. */
  async function takeLink(
    ctx: BotContext,
    url: string,
    kind: JobKind,
    options: Record<string, unknown>,
    existingLinkId?: number | null,
  ): Promise<{ refusal: string } | { job: JobRecord; position: number }> {
    const userId = ctx.account!.id;
    // One update makes one link and one job, even when it is run again after a database outage.
    const updateKey = `u${ctx.update.update_id}`;
    const link = existingLinkId
      ? { id: existingLinkId }
      : await deps.links.add(userId, url, clock(), updateKey);
    try {
      checkUrl(url, deps.policy);
    } catch (err) {
      await deps.links.setOutcome(link.id, 'refused', { errorClass: 'guard' });
      const key = err instanceof GuardError && err.reason === 'scheme' ? 'refused-scheme' : 'refused-address';
      return { refusal: ctx.t(key) };
    }
    const refusal = ctx.isAdmin ? undefined : await deps.admission?.check(ctx);
    if (refusal) {
      await deps.links.setOutcome(link.id, 'refused', { errorClass: 'quota' });
      return { refusal };
    }
    const settings = ctx.account?.settings ?? {};
    const job = await deps.queue.enqueue(
      {
        userId,
        chatId: ctx.chat!.id,
        linkId: link.id,
        url,
        kind,
        language: ctx.lang,
        options: {
          sendAs: settings.sendAs,
          quality: settings.quality,
          subs: subsSetting(settings),
          audioFormat: settings.audioFormat,
          ...groupReply(ctx),
          ...options,
        },
        statusWithinMs: STATUS_WITHIN_MS,
        updateKey,
      },
      clock(),
      MAX_QUEUED_PER_USER,
    );
    if (!job) {
      await deps.links.setOutcome(link.id, 'refused', { errorClass: 'queue-full' });
      return { refusal: ctx.t('queue-full', { max: MAX_QUEUED_PER_USER }) };
    }
    // The download need not wait for the reply.
    deps.jobs.wake();
    return { job, position: (await deps.queue.queuePlaces()).get(job.id)?.position ?? 1 };
  }

  return { composer, submitLink };
}

/** In a group, the job's messages answer the request, in its forum topic. */
function groupReply(ctx: BotContext): { replyTo?: number; threadId?: number } {
  if (ctx.chat?.type === 'private' || !ctx.message) return {};
  return {
    replyTo: ctx.message.message_id,
    ...(ctx.message.is_topic_message ? { threadId: ctx.message.message_thread_id } : {}),
  };
}

function replyTo(ctx: BotContext) {
  return ctx.message ? { message_id: ctx.message.message_id, allow_sending_without_reply: true } : undefined;
}

/** The subtitles a user's settings ask for with every video (the words after a link win). */
function subsSetting(s: UserSettings): string | undefined {
  if (!s.subs || s.subs === 'off') return undefined;
  return s.subs === 'on' ? 'files' : `files:${s.subs}`;
}

/**
 * "Queued" answers sent but not recorded (the database went away first), by job: when the update
 * runs again the job keeps that answer rather than getting a second one. Held updates give up
 * after a few minutes, so a few hundred is plenty; the oldest go first.
 */
function answersToRecord(max = 500) {
  const byJob = new Map<JobId, number>();
  return {
    keep(jobId: JobId, messageId: number) {
      byJob.set(jobId, messageId);
      if (byJob.size > max) byJob.delete(byJob.keys().next().value!);
    },
    take(jobId: JobId): number | undefined {
      const messageId = byJob.get(jobId);
      byJob.delete(jobId);
      return messageId;
    },
  };
}
