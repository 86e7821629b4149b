import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import type { BotContext } from './context.js';
import { extractUrl } from './extract-url.js';

/** Commands the bot answers in a group; every other group command is someone else's business. */
const GROUP_COMMANDS = new Set(['dl', 'link', 'start', 'help', 'cancel']);

/** `dl` for "/dl …" and "/dl@<this bot> …"; `other` for another bot's command; else undefined. */
function commandOf(message: Message, username: string): string | undefined {
  const m = (message.text ?? '').match(/^\/([A-Za-z0-9_]+)(?:@(\w+))?(?:\s|$)/);
  if (!m) return undefined;
  if (m[2] && m[2].toLowerCase() !== username.toLowerCase()) return 'other';
  return m[1]!.toLowerCase();
}

function mentions(message: Message, username: string): boolean {
  const text = message.text ?? message.caption ?? '';
  return (message.entities ?? message.caption_entities ?? []).some(
    (e) =>
      e.type === 'mention' &&
      text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${username.toLowerCase()}`,
  );
}

/**
 * In groups the bot speaks only when spoken to: `/dl <url>` (and /start, /help, /cancel), or a
 * link in a message that replies to the bot or mentions it. Everything else is dropped before
 * anything is recorded, so a busy group is never flooded and its members are not stored.
 * Buttons under the bot's own messages always pass.
 */
export function createGroupGate(): Composer<BotContext> {
  const gate = new Composer<BotContext>();
  gate.use(async (ctx, next) => {
    const type = ctx.chat?.type;
    if (type !== 'group' && type !== 'supergroup') return next();
    if (ctx.callbackQuery) return next();
    const message = ctx.message;
    if (!message) return;
    const username = ctx.me.username;
    const command = commandOf(message, username);
    if (command) return GROUP_COMMANDS.has(command) ? next() : undefined;
    const addressed = message.reply_to_message?.from?.id === ctx.me.id || mentions(message, username);
    if (addressed && extractUrl(message)) return next();
  });
  return gate;
}
