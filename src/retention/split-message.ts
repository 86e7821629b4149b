/**
 * Splits HTML text at line breaks into parts that fit Telegram's 4096-character limit. A single
 * line longer than that loses its tags before it is cut, so a cut never falls inside a tag or
 * leaves one open (Telegram refuses such a message).
 */
export function splitMessage(text: string, limit = 4096): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const piece = line.length > limit ? cutPlain(line, limit - 1) : line;
    if (current && current.length + 1 + piece.length > limit) {
      parts.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) parts.push(current);
  return parts;
}

function cutPlain(html: string, max: number): string {
  return html
    .replace(/<[^>]*>/g, '')
    .slice(0, max)
    .replace(/&[a-z#0-9]*$/i, '');
}
