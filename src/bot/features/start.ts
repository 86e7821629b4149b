import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { formatBytes } from '../format.js';

/** `limit`: the largest file this bot can deliver as set up (MTProto or not), not the fetch limit. */
export function createStartFeature(deps: { limitBytes: number }) {
  const composer = new Composer<BotContext>();
  composer.command('start', (ctx) =>
    ctx.reply(ctx.t('start', { name: ctx.from?.first_name ?? '', limit: formatBytes(deps.limitBytes) }), {
      link_preview_options: { is_disabled: true },
    }),
  );
  composer.command('help', (ctx) =>
    ctx.reply(ctx.t('help'), { link_preview_options: { is_disabled: true } }),
  );
  return composer;
}
