import type { MiddlewareFn } from 'grammy';
import type { I18n } from '../i18n/i18n.js';
import type { BotContext } from './context.js';

/** `ctx.t(key)` in the language the account middleware chose (`ctx.lang`). */
export function i18nMiddleware(i18n: I18n): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.t = (key, vars) => i18n.t(ctx.lang ?? i18n.defaultLanguage, key, vars);
    return next();
  };
}
