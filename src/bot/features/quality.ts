import { Composer } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import { questionLedger } from '../../pipeline/question-ledger.js';
import { CHOICE_TTL_MS } from '../../sources/ytdlp-source.js';
import type { JobQueue, KvRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';

/** The answer to a quality keyboard: a follow-up job for the same link with the chosen format. */
export function createQualityFeature(deps: {
  queue: JobQueue;
  kv: KvRepo;
  submit: (
    ctx: BotContext,
    job: { url: string; linkId: number | null; options: Record<string, unknown> },
  ) => Promise<unknown>;
}) {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(callbackData.quality.pattern, async (ctx) => {
    const { jobId, choice } = callbackData.quality.decode(ctx.callbackQuery.data)!;
    const job = await deps.queue.get(jobId);
    const sentAt = (ctx.callbackQuery.message?.date ?? 0) * 1000;
    if (!job || job.userId !== ctx.from.id) return ctx.answerCallbackQuery();
    if (Date.now() - sentAt > CHOICE_TTL_MS) {
      await ctx.answerCallbackQuery({ text: ctx.t('quality-expired') });
      return ctx.editMessageText(ctx.t('quality-expired')).catch(() => {});
    }
    if (!(await questionLedger(deps.kv).answer(job.id, 'quality')))
      return ctx.answerCallbackQuery({ text: ctx.t('items-chosen') });
    await ctx.answerCallbackQuery();
    await ctx
      .editMessageText(
        ctx.t('quality-chosen', {
          choice:
            choice === 'audio'
              ? ctx.t('quality-audio')
              : choice === 'best'
                ? ctx.t('quality-best')
                : `${choice}p`,
        }),
      )
      .catch(() => {});
    const offer = JSON.parse((await deps.kv.get(`offer:${job.id}`)) ?? '{}') as { title?: string };
    await deps.submit(ctx, {
      url: job.url,
      linkId: job.linkId,
      options: { ...job.options, format: choice, title: offer.title },
    });
  });
  return composer;
}
