import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { extractUrl } from '../extract-url.js';

type Submit = (ctx: BotContext, url: string, options: Record<string, unknown>) => Promise<unknown>;

/** `/pdf <url> [letter] [landscape]`. */
export function createPdfFeature(deps: { available: () => Promise<boolean>; submit: Submit }) {
  const composer = new Composer<BotContext>();
  composer.command('pdf', async (ctx) => {
    if (!(await deps.available())) return ctx.reply(ctx.t('pdf-unavailable'));
    const args = String(ctx.match ?? '');
    const url = extractUrl({ text: args });
    if (!url) return ctx.reply(ctx.t('pdf-usage'));
    const words = args.replace(url, ' ').toLowerCase().split(/\s+/);
    await deps.submit(ctx, url, {
      format: words.includes('letter') ? 'Letter' : 'A4',
      landscape: words.includes('landscape'),
    });
  });
  return composer;
}
