/**
 * Human-readable sizes, dates, durations and progress bars shared by status messages and
 * captions. With a language, sizes and dates are written the way it writes them (Intl: its digits,
 * decimal sign, unit names, date order); English and no language keep the compact ISO forms.
 */
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const SHORT_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(n: number, lang?: string): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  let v = n;
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v >= 100 || i === 0 ? 0 : 1;
  if (!lang || lang === 'en') return `${digits ? v.toFixed(1) : Math.round(v)} ${SHORT_UNITS[i]}`;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: UNITS[i],
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
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
export function formatDate(ms: number, lang?: string): string {
  if (!lang || lang === 'en') return new Date(ms).toISOString().replace('T', ' ').slice(0, 16);
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(ms);
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
