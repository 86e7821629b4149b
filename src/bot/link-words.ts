import type { QualitySetting } from '../storage/types.js';

/** What the words after a link ask for, as the job's options (see pipeline/file-shape.ts). */
export type WordsResult =
  | { options: Record<string, unknown>; kind?: 'audio' | 'video' }
  | { unknown: string };

const TIME = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/;
const HEIGHTS = new Set(['360', '480', '720', '1080']);
const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})?$/i;

/** `M:SS` or `H:MM:SS` in seconds. */
function seconds(text: string): number | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  if (m[1] !== undefined && Number(m[2]) > 59) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/**
 * The words after a link, in any order: a section `1:20-2:05`, `audio`/`video`/`doc`, a height,
 * `subs`, `subs:<lang>`, `subs:burn`. The first word it does not know is returned as such: the
 * user gets an example and nothing is queued.
 */
export function parseLinkWords(text: string): WordsResult {
  const options: Record<string, unknown> = {};
  let kind: 'audio' | 'video' | undefined;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.toLowerCase();
    const [from, to, extra] = w.split('-');
    const start = from === undefined ? undefined : seconds(from);
    const end = to === undefined ? undefined : seconds(to);
    if (start !== undefined && end !== undefined && extra === undefined && end > start)
      options.section = `${start}-${end}`;
    else if (w === 'audio' || w === 'video') kind = w;
    else if (w === 'doc') options.sendAs = 'document';
    else if (HEIGHTS.has(w)) options.quality = w as QualitySetting;
    else if (w === 'subs') options.subs = 'files';
    else if (w === 'subs:burn') options.subs = 'burn';
    else if (w.startsWith('subs:') && LANG.test(w.slice(5))) options.subs = `files:${w.slice(5)}`;
    else return { unknown: word };
  }
  if (kind === 'video' && options.sendAs === undefined) options.sendAs = 'video';
  return { options, kind };
}
