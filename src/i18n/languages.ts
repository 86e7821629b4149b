/** The shipped locales (locales/<code>.ftl): each by its own name, and which read right to left. */
export const LANGUAGES = {
  fa: { name: 'فارسی', rtl: true },
  en: { name: 'English', rtl: false },
  ar: { name: 'العربية', rtl: true },
  tr: { name: 'Türkçe', rtl: false },
  ru: { name: 'Русский', rtl: false },
  uk: { name: 'Українська', rtl: false },
  es: { name: 'Español', rtl: false },
  pt: { name: 'Português (Brasil)', rtl: false },
  de: { name: 'Deutsch', rtl: false },
  fr: { name: 'Français', rtl: false },
  hi: { name: 'हिन्दी', rtl: false },
  ur: { name: 'اردو', rtl: true },
  id: { name: 'Bahasa Indonesia', rtl: false },
  zh: { name: '简体中文', rtl: false },
} as const;

export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

export const isLanguage = (v: unknown): v is Language => typeof v === 'string' && v in LANGUAGES;

/**
 * A shipped locale for Telegram's `language_code` (an IETF tag: `pt-br`, `zh-hans`, `uk`): its
 * first part when we ship it. Ukrainian is Ukrainian, never Russian; Portuguese is the Brazilian
 * locale; Chinese the simplified one (a traditional `zh-hant` gets it too: better than English).
 */
export function languageOfCode(code: string | undefined): Language | undefined {
  const first = code?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(first) ? first : undefined;
}
