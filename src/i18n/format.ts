import type { Language } from './languages.js';
import { LOCALE_FORMATS, type LocaleFormat } from './locale-formats.js';
import { persianDate } from './persian-calendar.js';

/**
 * Human-readable numbers, sizes, dates, durations and progress bars shared by status messages and
 * captions. With a language, numbers, sizes and dates are written the way Intl writes them in it
 * (its digits, separators, unit names, calendar and date order), from tables read out of ICU
 * beforehand (locale-formats.ts): loading ICU itself would keep ~9 MiB resident. English and no
 * language keep the compact ISO forms for sizes and dates.
 */
const SHORT_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** `n` as `Intl.NumberFormat(lang)` writes it: grouped, with up to three decimals unless `decimals`. */
export function formatNumber(n: number, lang: Language, decimals?: number): string {
  const locale = LOCALE_FORMATS[lang];
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = rounded(plainDecimal(Math.abs(n)), decimals ?? 3, decimals !== undefined);
  const text = localDigits(groupDigits(whole, locale) + (fraction ? locale.decimal + fraction : ''), locale);
  return n < 0 || Object.is(n, -0) ? locale.minus + text : text;
}

/** The shortest decimal that reads back as `x` (as ICU rounds it), without an exponent. */
function plainDecimal(x: number): string {
  const [mantissa, exponent] = x.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const e = Number(exponent);
  if (e >= digits.length - 1) return digits + '0'.repeat(e - digits.length + 1);
  if (e >= 0) return `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  return `0.${'0'.repeat(-e - 1)}${digits}`;
}

/** A decimal rounded half away from zero to `places`, with trailing zeros kept or dropped. */
function rounded(decimal: string, places: number, keepZeros: boolean): [string, string] {
  const [whole, fraction = ''] = decimal.split('.') as [string, string?];
  const up = (fraction[places] ?? '0') >= '5' ? 1n : 0n;
  const digits = (BigInt(whole + fraction.slice(0, places).padEnd(places, '0')) + up)
    .toString()
    .padStart(places + 1, '0');
  const kept = digits.slice(digits.length - places);
  return [digits.slice(0, digits.length - places), keepZeros ? kept : kept.replace(/0+$/, '')];
}

const localDigits = (text: string, { digits }: LocaleFormat) =>
  text.replace(/[0-9]/g, (d) => digits.charAt(Number(d)));

function groupDigits(whole: string, { grouping, group }: LocaleFormat): string {
  if (whole.length <= 3 || (grouping === 'min2' && whole.length < 5)) return whole;
  const size = grouping === 'indian' ? 2 : 3;
  const groups = [whole.slice(-3)];
  for (let end = whole.length - 3; end > 0; end -= size)
    groups.unshift(whole.slice(Math.max(0, end - size), end));
  return groups.join(group);
}

export function formatBytes(n: number, lang?: Language): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  let v = n;
  let i = 0;
  while (v >= 1024 && i < SHORT_UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  const decimals = v >= 100 || i === 0 ? 0 : 1;
  if (!lang || lang === 'en') return `${decimals ? v.toFixed(1) : Math.round(v)} ${SHORT_UNITS[i]}`;
  const [prefix, suffix, suffixOfOne] = LOCALE_FORMATS[lang].units[i]!;
  const number = formatNumber(v, lang, decimals);
  return (
    prefix +
    number +
    (suffixOfOne !== undefined && number === formatNumber(1, lang, 0) ? suffixOfOne : suffix)
  );
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (x: number) => String(x).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

export function progressBar(fraction: number, width = 10): string {
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.round(f * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** A moment in UTC, to the minute. */
export function formatDate(ms: number, lang?: Language): string {
  if (!lang || lang === 'en') return new Date(ms).toISOString().replace('T', ' ').slice(0, 16);
  const { calendar, pattern, months } = LOCALE_FORMATS[lang].date;
  const at = new Date(ms);
  const { year, month, day } =
    calendar === 'persian'
      ? persianDate(ms)
      : { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
  const fields: Record<string, number> = {
    d: day,
    M: month,
    y: year,
    H: at.getUTCHours(),
    m: at.getUTCMinutes(),
  };
  return pattern.replace(/\{(\w+)\}/g, (_, token: string) => {
    if (token === 'MMM') return months![month - 1]!;
    return localDigits(String(fields[token[0]!]).padStart(token.length, '0'), LOCALE_FORMATS[lang]);
  });
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL short enough for a list in one message: its start and its end around an ellipsis. */
export function shortUrl(url: string, max = 200): string {
  if (url.length <= max) return url;
  const tail = Math.floor(max / 4);
  return `${url.slice(0, max - tail - 1)}…${url.slice(-tail)}`;
}
