import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { formatNumber } from './format.js';
import { LANGUAGE_CODES, LANGUAGES, type Language, languageOfCode } from './languages.js';

/** Works from src/i18n (tsx) and dist/i18n (built): the .ftl files live in <repo>/locales. */
const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

/** The user's own choice first, then Telegram's language_code, then the operator's default. */
export function pickLanguage(
  setting: Language | undefined,
  languageCode: string | undefined,
  fallback: Language,
): Language {
  return (setting && LANGUAGES[setting] ? setting : undefined) ?? languageOfCode(languageCode) ?? fallback;
}

export type Translator = (lang: Language, key: string, vars?: Record<string, string | number>) => string;

/**
 * Fluent bundles for every shipped language, read once at start. A key missing in one language falls back to
 * the default language, then to the key itself. (@grammyjs/i18n wraps the same library and also
 * brings in a Deno shim for Node; these few lines are all of it that we used.)
 */
export function createI18n(defaultLanguage: Language) {
  const bundles = new Map<Language, FluentBundle>();
  for (const lang of LANGUAGE_CODES) {
    // Right-to-left texts wrap each placeable (a URL, a number, a file name) in a directional
    // isolate (U+2068 … U+2069), so it reads as written inside the sentence.
    const bundle = new FluentBundle(lang, { useIsolating: LANGUAGES[lang].rtl });
    const errors = bundle.addResource(
      new FluentResource(readFileSync(path.join(LOCALES_DIR, `${lang}.ftl`), 'utf8')),
    );
    if (errors.length) throw new Error(`locales/${lang}.ftl: ${errors[0]!.message}`);
    bundles.set(lang, bundle);
  }
  const format = (lang: Language, key: string, vars?: Record<string, string | number>) => {
    const bundle = bundles.get(lang)!;
    const message = bundle.getMessage(key);
    return message?.value
      ? bundle.formatPattern(message.value, vars && localNumbers(vars, lang), [])
      : undefined;
  };
  const t: Translator = (lang, key, vars) =>
    format(lang, key, vars) ?? format(defaultLanguage, key, vars) ?? key;
  return { t, defaultLanguage };
}

export type I18n = ReturnType<typeof createI18n>;

/** Numbers written as Fluent would write them, without the ICU that Fluent's Intl would load. */
const localNumbers = (vars: Record<string, string | number>, lang: Language) =>
  Object.fromEntries(
    Object.entries(vars).map(([name, v]) => [name, typeof v === 'number' ? formatNumber(v, lang) : v]),
  );
