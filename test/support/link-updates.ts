import type { MiddlewareFn } from 'grammy';
import type { Chat, MessageEntity, Update } from 'grammy/types';
import pino from 'pino';
import type { BotContext } from '../../src/bot/context.js';

/** What the bot's earlier middleware gives a link handler: an English-speaking user, not an admin. */
export const asUser: MiddlewareFn<BotContext> = async (ctx, next) => {
  Object.assign(ctx, {
    lang: 'en',
    isAdmin: false,
    account: { id: ctx.from!.id, settings: {} },
    t: (k: string) => k,
    log: pino({ level: 'silent' }),
  });
  await next();
};

const URL = 'https://example.com/file.bin';

/** A private message from `user` holding a link. */
export function linkUpdate(user: number, updateId: number, url = URL): Update {
  return messageUpdate(updateId, user, { id: user, type: 'private', first_name: 'u' }, url);
}

/** `/dl <url>` from `user` in the group `groupId`, as groups ask for a file. */
export function groupLinkUpdate(user: number, groupId: number, updateId: number): Update {
  return messageUpdate(updateId, user, { id: groupId, type: 'group', title: 'g' }, `/dl ${URL}`, [
    { type: 'bot_command', offset: 0, length: 3 },
  ]);
}

function messageUpdate(
  updateId: number,
  user: number,
  chat: Chat.PrivateChat | Chat.GroupChat,
  text: string,
  entities?: MessageEntity[],
): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 1,
      date: 0,
      chat,
      from: { id: user, is_bot: false, first_name: 'u' },
      text,
      ...(entities ? { entities } : {}),
    },
  };
}
