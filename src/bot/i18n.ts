import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import type { Language } from '../storage/types.js';
import type { BotContext } from './context.js';

/** Works from src/bot (tsx) and dist/bot (built): the .ftl files live in <repo>/locales. */
const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

/** The user's own choice first, then Telegram's language_code (en*), then the operator's default. */
export function pickLanguage(
  setting: Language | undefined,
  languageCode: string | undefined,
  fallback: Language,
): Language {
  if (setting) return setting;
  if (languageCode?.toLowerCase().startsWith('en')) return 'en';
  if (languageCode?.toLowerCase().startsWith('fa')) return 'fa';
  return fallback;
}

export type Translator = (lang: Language, key: string, vars?: Record<string, string | number>) => string;

export function createI18n(defaultLanguage: Language) {
  const i18n = new I18n<BotContext>({
    defaultLocale: defaultLanguage,
    directory: LOCALES_DIR,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.lang ?? defaultLanguage,
  });
  const t: Translator = (lang, key, vars) => i18n.t(lang, key, vars);
  return { i18n, t };
}
