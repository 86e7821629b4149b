import { OFFER_TTL_MS, type Question } from '../pipeline/question.js';

/**
 * A YouTube link naming both a video and a list (`watch?v=…&list=…`, `youtu.be/…?list=…`): the
 * list's own page, offered with a button after the single video is delivered. Mixes (`RD…`),
 * made up per viewer, have no page and are not offered.
 */
export function youtubeListOf(link: string): string | undefined {
  let u: URL;
  try {
    u = new URL(link);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase().replace(/^(www|m|music)\./, '');
  const video =
    host === 'youtu.be'
      ? u.pathname.slice(1)
      : host === 'youtube.com' && u.pathname === '/watch'
        ? u.searchParams.get('v')
        : null;
  const list = u.searchParams.get('list');
  if (!video || !list || !/^[\w-]{10,64}$/.test(list) || list.startsWith('RD')) return undefined;
  return `https://www.youtube.com/playlist?list=${list}`;
}

/** "The whole list" under a video from a YouTube list: its page becomes a new link. */
export function listQuestion(list: string, options: Record<string, unknown>): Question {
  // Where the answers go carries over; what was chosen for the single video does not.
  const { format: _f, title: _t, items: _i, ...carried } = options;
  return {
    kind: 'list',
    text: { key: 'list-offer' },
    choices: [{ label: { key: 'list-button' }, answer: { link: list, options: carried } }],
    ttlMs: OFFER_TTL_MS,
  };
}
