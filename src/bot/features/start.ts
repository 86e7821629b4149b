import { Composer } from 'grammy';
import { formatBytes } from '../../i18n/format.js';
import type { BotContext } from '../context.js';

/** `limit`: the largest file this bot can deliver as set up (MTProto or not), not the fetch limit. */
export function createStartFeature(deps: { limitBytes: number }) {
  const composer = new Composer<BotContext>();
  // In a group, one short line on /dl instead of the private introduction.
  const inGroup = (ctx: BotContext) => ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
  const groupHelp = (ctx: BotContext) =>
    ctx.reply(ctx.t('group-help', { bot: ctx.me.username }), {
      link_preview_options: { is_disabled: true },
      reply_parameters: ctx.message
        ? { message_id: ctx.message.message_id, allow_sending_without_reply: true }
        : undefined,
    });
  composer.command('start', (ctx) =>
    inGroup(ctx)
      ? groupHelp(ctx)
      : ctx.reply(
          ctx.t('start', { name: ctx.from?.first_name ?? '', limit: formatBytes(deps.limitBytes, ctx.lang) }),
          {
            link_preview_options: { is_disabled: true },
          },
        ),
  );
  composer.command('help', (ctx) =>
    inGroup(ctx) ? groupHelp(ctx) : ctx.reply(ctx.t('help'), { link_preview_options: { is_disabled: true } }),
  );
  return composer;
}
