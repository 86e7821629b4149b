import { Composer } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import { questionLedger } from '../../pipeline/question-ledger.js';
import { youtubeListOf } from '../../sources/youtube-list.js';
import { CHOICE_TTL_MS } from '../../sources/ytdlp-source.js';
import type { JobQueue, KvRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

/** The answer to "this link has N items": a follow-up job for all of them or the first 10. */
export function createItemsFeature(deps: {
  queue: JobQueue;
  kv: KvRepo;
  submit: (
    ctx: BotContext,
    job: { url: string; linkId: number | null; options: Record<string, unknown> },
  ) => Promise<unknown>;
  /** A new link for this user (recorded in the history like one they sent). */
  submitUrl: (ctx: BotContext, url: string, options: Record<string, unknown>) => Promise<unknown>;
}) {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(callbackData.items.pattern, async (ctx) => {
    const { jobId, choice } = callbackData.items.decode(ctx.callbackQuery.data)!;
    if (choice !== 'all' && choice !== 'first' && choice !== 'none') return ctx.answerCallbackQuery();
    const job = await deps.queue.get(jobId);
    if (!job || job.userId !== ctx.from.id)
      return ctx.answerCallbackQuery({ text: ctx.t('cancel-not-yours') });
    const sentAt = (ctx.callbackQuery.message?.date ?? 0) * 1000;
    if (Date.now() - sentAt > CHOICE_TTL_MS) {
      await ctx.answerCallbackQuery({ text: ctx.t('quality-expired') });
      return ctx.editMessageText(ctx.t('quality-expired')).catch(() => {});
    }
    if (!(await questionLedger(deps.kv).answer(job.id, 'items')))
      return ctx.answerCallbackQuery({ text: ctx.t('items-chosen') });
    await ctx.answerCallbackQuery();
    // The keyboard goes, and the ledger counts one answer: the choice cannot be made twice.
    await ctx.editMessageText(ctx.t(choice === 'none' ? 'items-declined' : 'items-chosen')).catch(() => {});
    if (choice === 'none') return;
    await deps.submit(ctx, { url: job.url, linkId: job.linkId, options: { ...job.options, items: choice } });
  });
  // "The whole list" under a video from a YouTube list: the list's page as a new link.
  composer.callbackQuery(callbackData.list.pattern, async (ctx) => {
    const { jobId } = callbackData.list.decode(ctx.callbackQuery.data)!;
    const job = await deps.queue.get(jobId);
    const list = job && youtubeListOf(job.url);
    if (!job || !list || job.userId !== ctx.from.id) return ctx.answerCallbackQuery();
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => {});
    // Where the answers go carries over; what was chosen for the single video does not.
    const { format: _f, title: _t, items: _i, ...carried } = job.options;
    await deps.submitUrl(ctx, list, carried);
  });
  return composer;
}
