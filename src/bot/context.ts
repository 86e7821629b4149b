import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Logger } from '../logger.js';
import type { Language, UserRecord } from '../storage/types.js';

export type BotContext = Context &
  I18nFlavor & {
    log: Logger;
    lang: Language;
    account?: UserRecord;
    isAdmin: boolean;
  };
