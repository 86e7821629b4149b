import type { Message, MessageEntity } from 'grammy/types';

const URL_RE = /https?:\/\/[^\s<>"'«»]+/i;

/** The first http(s) URL in a message's text or caption, from entities first (text links too). */
export function extractUrl(
  message: Pick<Message, 'text' | 'caption' | 'entities' | 'caption_entities'>,
): string | undefined {
  const text = message.text ?? message.caption ?? '';
  const entities: MessageEntity[] = message.entities ?? message.caption_entities ?? [];
  const found: { offset: number; url: string }[] = [];
  for (const e of entities) {
    if (e.type === 'text_link') found.push({ offset: e.offset, url: e.url });
    else if (e.type === 'url')
      found.push({ offset: e.offset, url: text.slice(e.offset, e.offset + e.length) });
  }
  const plain = text.match(URL_RE);
  if (plain?.index !== undefined) found.push({ offset: plain.index, url: plain[0] });
  for (const f of found.sort((a, b) => a.offset - b.offset)) {
    const url = trimTrailing(f.url);
    if (/^https?:\/\//i.test(url)) return url;
  }
  return undefined;
}

/** Punctuation that ends a sentence rather than the URL; balanced parentheses are kept. */
function trimTrailing(url: string): string {
  let u = url;
  while (/[.,;:!?،؛)\]]$/.test(u)) {
    if (u.endsWith(')') && (u.match(/\(/g)?.length ?? 0) >= (u.match(/\)/g)?.length ?? 0)) break;
    u = u.slice(0, -1);
  }
  return u;
}
