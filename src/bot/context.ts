import type { Context } from 'grammy';
import type { Logger } from '../logger.js';
import type { Language, UserRecord } from '../storage/types.js';

export type BotContext = Context & {
  log: Logger;
  lang: Language;
  /** Who is asking (bot/sender.ts): the user, or the channel or group an anonymous sender speaks for. */
  account?: UserRecord;
  isAdmin: boolean;
  /** A text in `lang` (see bot/i18n.ts). */
  t(key: string, vars?: Record<string, string | number>): string;
};
