import type { SubsWish } from '../pipeline/file-shape.js';
import type { SubtitleTracks, VideoInfo } from '../video/ytdlp.js';

/** How many subtitle files go with one video at most. */
const MAX_FILES = 3;

const matches = (code: string, lang: string) =>
  code.toLowerCase() === lang.toLowerCase() || code.toLowerCase().startsWith(`${lang.toLowerCase()}-`);

/**
 * Which of a page's subtitles to fetch: manual ones before automatic captions; the language asked
 * for, else the user's own first (with the others, up to three); burning takes one. Automatic
 * captions come in one language only (YouTube lists a hundred machine translations).
 */
export function pickSubtitles(
  info: Pick<VideoInfo, 'subtitles' | 'automatic_captions'>,
  wish: SubsWish,
  userLanguage: string,
): { langs: string[]; automatic: boolean } | undefined {
  const pick = (tracks: SubtitleTracks | undefined, many: boolean) => {
    const codes = Object.keys(tracks ?? {}).filter((c) => c !== 'live_chat');
    if (!codes.length) return [];
    const wanted = wish.lang ?? userLanguage;
    const mine = codes.filter((c) => matches(c, wanted));
    if (wish.lang) return mine.slice(0, 1);
    // The original's automatic captions are named `<lang>-orig`: after the user's own, those.
    const rest = codes
      .filter((c) => !mine.includes(c))
      .sort((a, b) => +b.endsWith('-orig') - +a.endsWith('-orig'));
    return [...mine, ...rest].slice(0, many && wish.as === 'files' ? MAX_FILES : 1);
  };
  const manual = pick(info.subtitles, true);
  if (manual.length) return { langs: manual, automatic: false };
  const automatic = pick(info.automatic_captions, false);
  return automatic.length ? { langs: automatic, automatic: true } : undefined;
}
