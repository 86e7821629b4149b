import type { UserFromGetMe } from 'grammy/types';

/** getMe as Telegram answers it, for bots tested offline with `bot.handleUpdate`. */
export const BOT_INFO = {
  id: 1,
  is_bot: true,
  first_name: 'b',
  username: 'b',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as unknown as UserFromGetMe;
