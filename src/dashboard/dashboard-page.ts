import type { Translator } from '../i18n/i18n.js';
import type { Language } from '../storage/types.js';

const RTL = new Set<string>(['fa', 'ar', 'ur']);
export const dirOf = (lang: string) => (RTL.has(lang) ? 'rtl' : 'ltr');

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every label the page script uses, rendered here so the script holds no text of its own. */
const LABELS = [
  'dash-queue',
  'dash-queued',
  'dash-running',
  'dash-oldest-wait',
  'dash-workers',
  'dash-worker',
  'dash-jobs-now',
  'dash-role',
  'dash-uptime',
  'dash-none',
  'dash-hourly',
  'dash-delivered',
  'dash-failed',
  'dash-failures-by-site',
  'dash-top-users',
  'dash-user',
  'dash-links',
  'dash-traffic',
  'dash-links-received',
  'dash-bytes-delivered',
  'dash-bytes-served',
  'dash-users-total',
  'dash-users-active',
  'dash-ytdlp',
  'dash-version',
  'dash-source',
  'dash-unavailable',
  'dash-cookies',
  'dash-cookie-usable',
  'dash-last-success',
  'dash-updated',
] as const;

const STYLE = `
body{font-family:system-ui,"Noto Sans","Vazirmatn",sans-serif;margin:0;background:#f4f5f7;color:#222}
header{background:#1f3a5f;color:#fff;padding:12px 20px;display:flex;justify-content:space-between;align-items:center}
header a{color:#cfe0ff;margin-inline-start:10px}
main{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:16px;padding:16px}
section{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 3px #0002}
section.wide{grid-column:1/-1}
h2{font-size:1rem;margin:0 0 8px}
table{width:100%;border-collapse:collapse}td,th{padding:4px 6px;text-align:start;border-bottom:1px solid #eee}
.chart{position:relative;height:260px}
.big{font-size:1.6rem;font-weight:600}
.muted{color:#666;font-size:.85rem}
.center{max-width:560px;margin:15vh auto;text-align:center}`;

function shell(lang: string, title: string, head: string, body: string): string {
  return `<!doctype html><html lang="${esc(lang)}" dir="${dirOf(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style>${STYLE}</style>${head}</head><body>${body}</body></html>`;
}

/** The dashboard: a frame the script fills from /admin/data.json. */
export function dashboardPage(t: Translator, lang: Language): string {
  const labels: Record<string, string> = {};
  for (const key of LABELS) labels[key] = t(lang, key);
  labels['dash-cookie-aside'] = t(lang, 'dash-cookie-aside', { until: '%s' });
  const json = JSON.stringify({ lang, dir: dirOf(lang), labels }).replace(/</g, '\\u003c');
  const section = (id: string, key: string, wide = false) =>
    `<section${wide ? ' class="wide"' : ''}><h2>${esc(t(lang, key))}</h2><div id="${id}"></div></section>`;
  return shell(
    lang,
    t(lang, 'dash-title'),
    '<script src="/admin/chart.js" defer></script><script src="/admin/dashboard.js" defer></script>',
    `<script type="application/json" id="page-data">${json}</script>
<header><strong>${esc(t(lang, 'dash-title'))}</strong>
<span><span class="muted" id="updated"></span><a href="?lang=fa" lang="fa">فارسی</a><a href="?lang=en" lang="en">English</a></span></header>
<main>
${section('queue', 'dash-queue')}
${section('traffic', 'dash-traffic')}
<section class="wide"><h2>${esc(t(lang, 'dash-hourly'))}</h2><div class="chart"><canvas id="hourly-chart"></canvas></div></section>
<section><h2>${esc(t(lang, 'dash-failures-by-site'))}</h2><div class="chart"><canvas id="sites-chart"></canvas></div></section>
${section('top-users', 'dash-top-users')}
${section('workers', 'dash-workers', true)}
${section('ytdlp', 'dash-ytdlp')}
${section('cookies', 'dash-cookies')}
</main>`,
  );
}

/** A small page instead of the dashboard: how to sign in, or why the link did not work. */
export function noticePage(t: Translator, lang: Language, key: 'dash-notice' | 'dash-link-used'): string {
  const text = key === 'dash-notice' ? t(lang, key) : `${t(lang, key)} ${t(lang, 'dash-notice')}`;
  return shell(
    lang,
    t(lang, 'dash-notice-title'),
    '',
    `<div class="center"><h1>${esc(t(lang, 'dash-notice-title'))}</h1><p id="notice">${esc(text)}</p></div>`,
  );
}

/** Served after a login link: sets the cookie, then moves on to /admin, leaving the token out of the history. */
export function signingInPage(t: Translator, lang: Language): string {
  return shell(
    lang,
    t(lang, 'dash-title'),
    '<meta http-equiv="refresh" content="0;url=/admin">',
    `<div class="center"><p>${esc(t(lang, 'dash-signing-in'))}</p></div>`,
  );
}
