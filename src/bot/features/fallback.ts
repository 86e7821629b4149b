import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

/** The catch-all, installed last: any message nobody handled gets the usage hint. */
export function createFallbackFeature() {
  const composer = new Composer<BotContext>();
  composer.on('message', (ctx) => ctx.reply(ctx.t('hint'), { link_preview_options: { is_disabled: true } }));
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return composer;
}
