import type { Context } from 'grammy';
import type { SeenUser } from '../storage/types.js';

/**
 * Who is asking. A message sent as a channel, or by an anonymous group admin, carries the chat it
 * speaks for in `sender_chat` (its `from` is a stand-in shared by every such sender): that chat
 * is the sender, banned and counted on its own. Otherwise the user it is from; bots are nobody.
 */
export function senderOf(ctx: Context): SeenUser | undefined {
  const msg = ctx.message ?? ctx.editedMessage;
  const chat = msg?.sender_chat;
  if (chat)
    return {
      id: chat.id,
      firstName: ('title' in chat && chat.title) || 'chat',
      username: 'username' in chat ? chat.username : undefined,
    };
  const from = ctx.from;
  if (!from || from.is_bot) return undefined;
  return {
    id: from.id,
    firstName: from.first_name,
    lastName: from.last_name,
    username: from.username,
    languageCode: from.language_code,
  };
}
