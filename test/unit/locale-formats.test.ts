import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, formatDate, formatNumber } from '../../src/i18n/format.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../src/i18n/languages.js';
import { persianDate } from '../../src/i18n/persian-calendar.js';

const LOCALES = path.resolve(import.meta.dirname, '../../locales');
const OTHERS = LANGUAGE_CODES.filter((l) => l !== 'en');
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];

/** What the bot wrote before through Intl, and what it must still write without it. */
function intlBytes(n: number, lang: string): string {
  let v = n;
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v >= 100 || i === 0 ? 0 : 1;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: UNITS[i],
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}
const intlDate = (ms: number, lang: string) =>
  new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(ms);

const numbers = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.constantFrom(0, -0, 0.0005, 1.0005, 999.9995, 1e21, 1.2345678901234569e23),
);

/**
 * The tables in src/i18n/locale-formats.ts are read out of Node's ICU by
 * scripts/gen-locale-formats.mjs. When a Node upgrade changes ICU and these fail, run it again.
 */
describe('numbers, sizes and dates in every language, as Intl writes them, without Intl', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes any number as Intl.NumberFormat does (digits, grouping, decimals, sign)', () => {
    for (const lang of LANGUAGE_CODES) {
      const intl = new Intl.NumberFormat(lang);
      fc.assert(
        fc.property(numbers, (n) => formatNumber(n, lang) === intl.format(n)),
        { numRuns: 400 },
      );
    }
  });

  it('writes sizes as Intl’s short units did, at every unit boundary and in between', () => {
    const edges = [0, 1, 2, 99, 100, 1023, 1024, 1025, 10_188, 102_349, 1_048_575, 1_048_576, 5.5 * 2 ** 30];
    const sizes = fc.oneof(
      fc.constantFrom(...edges),
      fc.integer({ min: 0, max: 2 ** 53 }),
      fc.nat(1_200_000),
    );
    for (const lang of OTHERS) {
      for (const n of edges) expect(formatBytes(n, lang), `${lang} ${n}`).toBe(intlBytes(n, lang));
      fc.assert(
        fc.property(sizes, (n) => formatBytes(n, lang) === intlBytes(n, lang)),
        { numRuns: 300 },
      );
    }
    expect(formatBytes(2.5 * 2 ** 20, 'fa')).toBe('۲٫۵ MB');
    expect(formatBytes(2.5 * 2 ** 20)).toBe('2.5 MB');
  });

  it('writes dates as Intl’s medium date and short time did, in each calendar', () => {
    const moments = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2120, 0, 1) });
    for (const lang of OTHERS) {
      fc.assert(
        fc.property(moments, (ms) => formatDate(ms, lang) === intlDate(ms, lang)),
        { numRuns: 300 },
      );
    }
    expect(formatDate(Date.UTC(2026, 11, 7, 9, 5), 'fa')).toBe('۱۶ آذر ۱۴۰۵، ۹:۰۵');
    expect(formatDate(Date.UTC(2026, 11, 7, 9, 5))).toBe('2026-12-07 09:05');
  });

  it('finds the Persian date of every day from 1990 to 2120 as Intl’s persian calendar does', () => {
    const intl = new Intl.DateTimeFormat('en', {
      calendar: 'persian',
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    const wrong: string[] = [];
    for (let ms = Date.UTC(1990, 0, 1, 12); ms < Date.UTC(2120, 0, 1); ms += 86_400_000) {
      const parts = Object.fromEntries(intl.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
      const mine = persianDate(ms);
      if (mine.year !== parts.year || mine.month !== parts.month || mine.day !== parts.day)
        wrong.push(new Date(ms).toISOString());
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('fills every message’s numbers as Fluent with Intl did, in every language', () => {
    const { t } = createI18n('fa');
    const vars = { position: 1234, index: 3, count: 12_345, total: 2.5, eta: '1:05' };
    for (const lang of LANGUAGE_CODES) {
      const bundle = new FluentBundle(lang, { useIsolating: LANGUAGES[lang].rtl });
      bundle.addResource(new FluentResource(readFileSync(path.join(LOCALES, `${lang}.ftl`), 'utf8')));
      for (const key of ['status-queued', 'status-item', 'items-failed', 'retention-more', 'caption-part']) {
        const message = bundle.getMessage(key);
        expect(message?.value, `${lang} ${key}`).toBeTruthy();
        expect(t(lang, key, vars), `${lang} ${key}`).toBe(bundle.formatPattern(message!.value!, vars, []));
      }
    }
  });

  it('never asks Intl: a caption, a status and a size in every language load no ICU data', () => {
    const made: string[] = [];
    for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules'] as const) {
      const Real = Intl[name];
      vi.spyOn(Intl, name).mockImplementation(((...args: ConstructorParameters<typeof Real>) => {
        made.push(name);
        return new (Real as new (...a: unknown[]) => unknown)(...args);
      }) as never);
    }
    const { t } = createI18n('fa');
    for (const lang of LANGUAGE_CODES) {
      t(lang, 'status-queued', { position: 7 });
      t(lang, 'caption-part', { index: 2, count: 3 });
      formatBytes(123_456_789, lang);
      formatDate(Date.now(), lang);
      formatNumber(-1234.5, lang);
    }
    expect(made).toEqual([]);
  });

  it('no message chooses a variant by a number or calls a Fluent function: numbers arrive as text', () => {
    const plural = /^\s*\*?\[(zero|one|two|few|many|other|\d+)\]/m;
    for (const lang of LANGUAGE_CODES) {
      const text = readFileSync(path.join(LOCALES, `${lang}.ftl`), 'utf8');
      expect(text, lang).not.toMatch(plural);
      expect(text, lang).not.toMatch(/\b(NUMBER|DATETIME)\(/);
    }
  });
});
