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
