import { formatBytes } from '../i18n/format.js';
import type { Translator } from '../i18n/i18n.js';
import type { FileLink, Language } from '../storage/types.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dir = (lang: Language) => (lang === 'fa' ? 'rtl' : 'ltr');
const STYLE =
  'body{font-family:system-ui,"Noto Sans","Vazirmatn",sans-serif;margin:0;background:#111;color:#eee}' +
  'main{max-width:960px;margin:0 auto;padding:16px}video,audio{width:100%;max-height:80vh;background:#000}' +
  'a{color:#8cf}.center{text-align:center;margin-top:20vh}h1{font-size:1.1rem;word-break:break-all}';

function shell(lang: Language, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}" dir="${dir(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** The path of a link's bytes: the name is there for download managers and is not checked. */
export const downloadPath = (link: Pick<FileLink, 'id' | 'name'>) =>
  `/d/${link.id}/${encodeURIComponent(link.name)}`;

/** Why a link serves nothing: unknown, gone (revoked, expired, owner banned), or a limit. */
export function linkPage(t: Translator, lang: Language, key: string): string {
  return shell(lang, t(lang, key), `<main class="center"><p id="reason">${esc(t(lang, key))}</p></main>`);
}

/** HTML5 player for video and audio (phones included: playsinline), with the download link under it. */
export function playerPage(t: Translator, lang: Language, link: FileLink): string {
  const src = `${downloadPath(link)}?inline=1`;
  const media = /^audio\//.test(link.mime)
    ? `<audio controls preload="metadata" src="${esc(src)}"></audio>`
    : `<video controls playsinline preload="metadata" src="${esc(src)}"></video>`;
  return shell(
    lang,
    link.name,
    `<main><h1 dir="auto">${esc(link.name)}</h1>${media}
<p><a href="${esc(downloadPath(link))}" download>${esc(t(lang, 'filelink-download', { size: formatBytes(link.size) }))}</a></p></main>`,
  );
}
