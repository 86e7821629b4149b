import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { createI18n, pickLanguage } from '../../src/i18n/i18n.js';
import { LANGUAGE_CODES } from '../../src/i18n/languages.js';

const DIR = path.resolve(import.meta.dirname, '../../locales');
const GLOSSARY_TERMS = ['link', 'file', 'queue', 'quality', 'album', 'cookies'];

type Node = string | { type: string; name?: string; selector?: Node; variants?: { value: Node | Node[] }[] };

/** Each message's variables and selectors, as sorted lists: what a translation must keep. */
function shapes(lang: string): Map<string, string> {
  const text = readFileSync(path.join(DIR, `${lang}.ftl`), 'utf8');
  const out = new Map<string, string>();
  for (const message of new FluentResource(text).body as { id: string; value: Node | Node[] | null }[]) {
    const vars = new Set<string>();
    const selectors: string[] = [];
    const walk = (n: Node | Node[] | null | undefined): void => {
      if (!n || typeof n === 'string') return;
      if (Array.isArray(n)) {
        for (const x of n) walk(x);
        return;
      }
      if (n.type === 'var' && n.name) vars.add(n.name);
      if (n.type === 'select') {
        selectors.push(JSON.stringify(n.selector));
        walk(n.selector);
        for (const v of n.variants ?? []) walk(v.value);
      }
    };
    walk(message.value);
    out.set(message.id, JSON.stringify({ vars: [...vars].sort(), selectors: selectors.sort() }));
  }
  return out;
}

describe('locales', () => {
  const english = shapes('en');

  it('ships exactly the languages the bot offers', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.ftl'))
      .map((f) => f.replace('.ftl', ''));
    expect(files.sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))(
    '%s: every message of English, no other, each with the same variables and selectors',
    (lang) => {
      const mine = shapes(lang);
      expect(
        [...english.keys()].filter((k) => !mine.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...mine.keys()].filter((k) => !english.has(k)),
        'extra',
      ).toEqual([]);
      const differing = [...english].filter(([k, shape]) => mine.get(k) !== shape).map(([k]) => k);
      expect(differing, 'placeables or selectors unlike English').toEqual([]);
    },
  );

  it.each(LANGUAGE_CODES)('%s: declares its glossary of the recurring terms', (lang) => {
    const text = readFileSync(path.join(DIR, `${lang}.ftl`), 'utf8');
    for (const term of GLOSSARY_TERMS) expect(text).toMatch(new RegExp(`^## glossary: ${term} = \\S`, 'm'));
  });

  it('picks the language from Telegram’s language_code, else the default', () => {
    expect(pickLanguage(undefined, 'pt-br', 'fa')).toBe('pt');
    expect(pickLanguage(undefined, 'zh-hans', 'fa')).toBe('zh');
    expect(pickLanguage(undefined, 'uk', 'fa')).toBe('uk');
    expect(pickLanguage(undefined, 'ru', 'en')).toBe('ru');
    expect(pickLanguage(undefined, 'nl', 'fa')).toBe('fa');
    expect(pickLanguage(undefined, undefined, 'en')).toBe('en');
    expect(pickLanguage('de', 'ru', 'fa')).toBe('de');
  });

  it('keeps URLs, numbers and file names readable inside right-to-left text', () => {
    const { t } = createI18n('en');
    for (const lang of ['fa', 'ar', 'ur'] as const)
      expect(t(lang, 'status-queued', { position: 3 })).toMatch(/\u2068[3۳٣]\u2069/);
    expect(t('de', 'status-queued', { position: 3 })).not.toContain('\u2068');
  });
});
