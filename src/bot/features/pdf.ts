import { Composer } from 'grammy';
import { callbackData } from '../../callbacks/callback-data.js';
import type { JobQueue } from '../../storage/types.js';
import type { BotContext } from '../context.js';
import { extractUrl } from '../extract-url.js';

type Submit = (ctx: BotContext, url: string, options: Record<string, unknown>) => Promise<unknown>;

/** `/pdf <url> [letter] [landscape]`, and the PDF button offered under a page without a video. */
export function createPdfFeature(deps: { available: boolean; queue: JobQueue; submit: Submit }) {
  const composer = new Composer<BotContext>();
  composer.command('pdf', async (ctx) => {
    if (!deps.available) return ctx.reply(ctx.t('pdf-unavailable'));
    const args = String(ctx.match ?? '');
    const url = extractUrl({ text: args });
    if (!url) return ctx.reply(ctx.t('pdf-usage'));
    const words = args.replace(url, ' ').toLowerCase().split(/\s+/);
    await deps.submit(ctx, url, {
      format: words.includes('letter') ? 'Letter' : 'A4',
      landscape: words.includes('landscape'),
    });
  });
  composer.callbackQuery(callbackData.pdf.pattern, async (ctx) => {
    const job = await deps.queue.get(callbackData.pdf.decode(ctx.callbackQuery.data)!.jobId);
    await ctx.answerCallbackQuery();
    if (!deps.available) return ctx.reply(ctx.t('pdf-unavailable'));
    if (!job || job.userId !== ctx.from.id) return;
    await ctx.editMessageReplyMarkup().catch(() => {});
    await deps.submit(ctx, job.url, { format: 'A4', landscape: false });
  });
  return composer;
}
