import { Composer } from 'grammy';
import { pickLanguage } from '../../i18n/i18n.js';
import type { Logger } from '../../logger.js';
import type { Language, UsersRepo } from '../../storage/types.js';
import type { BotContext } from '../context.js';
import { senderOf } from '../sender.js';

/**
 * Runs first for every update: a child logger, the user recorded (the original forgot users at
 * each restart), the language chosen, admin rights, and banned users stopped after one notice.
 */
export function createAccountFeature(deps: {
  log: Logger;
  users: UsersRepo;
  adminIds: number[];
  defaultLanguage: Language;
  forwardToAdmin: boolean;
}) {
  const composer = new Composer<BotContext>();
  composer.use(async (ctx, next) => {
    const from = senderOf(ctx);
    ctx.log = deps.log.child({ updateId: ctx.update.update_id, userId: from?.id });
    ctx.isAdmin = from ? deps.adminIds.includes(from.id) : false;
    if (!from) {
      ctx.lang = deps.defaultLanguage;
      return next();
    }
    const account = await deps.users.touch(from, Date.now());
    ctx.account = account;
    // A group reads the bot's answers together: the requester's chosen language, else the default.
    const inGroup = ctx.chat !== undefined && ctx.chat.type !== 'private';
    ctx.lang = pickLanguage(
      account.settings.language,
      inGroup ? undefined : from.languageCode,
      deps.defaultLanguage,
    );
    if (account.banned && !ctx.isAdmin) {
      // Updates run concurrently: only the call that marks the notice sends it.
      if (!account.banNotified && (await deps.users.markBanNotified(from.id))) {
        if (ctx.chat) await ctx.reply(ctx.t('banned'));
      }
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      return;
    }
    if (deps.forwardToAdmin && ctx.message && ctx.chat?.type === 'private' && !ctx.isAdmin) {
      for (const admin of deps.adminIds) {
        await ctx.api
          .forwardMessage(admin, ctx.chat.id, ctx.message.message_id)
          .catch((err) => ctx.log.warn({ err, admin }, 'forward to admin failed'));
      }
    }
    await next();
  });
  return composer;
}
