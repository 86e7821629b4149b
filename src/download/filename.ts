import path from 'node:path';

/** Filename from Content-Disposition (RFC 6266, `filename*` per RFC 5987), tolerant of real-world headers. */
export function filenameFromDisposition(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const star = header.match(/filename\*\s*=\s*([^;]+)/i);
  if (star) {
    const m = star[1]!.trim().match(/^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/);
    if (m) {
      const [, charset, value] = m as unknown as [string, string, string];
      try {
        const bytes = Buffer.from(unescapePercent(value.replace(/^"|"$/g, '')), 'binary');
        return new TextDecoder(/utf-?8/i.test(charset) ? 'utf-8' : 'latin1').decode(bytes);
      } catch {
        /* fall through to filename= */
      }
    }
  }
  const quoted = header.match(/(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1');
  const bare = header.match(/(?:^|;)\s*filename\s*=\s*([^;]+)/i);
  return bare ? bare[1]!.trim() : undefined;
}

function unescapePercent(s: string): string {
  return s.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

export function filenameFromUrl(url: URL): string | undefined {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const MAX_NAME_BYTES = 200;

/**
 * A name safe to show and to write: no path separators, control or bidi-override characters,
 * no leading dots, capped in bytes with the extension kept. Persian and other scripts stay.
 */
export function sanitizeFilename(name: string | undefined, fallback = 'file'): string {
  let s = (name ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (!s || s === '.' || s === '..') s = fallback;
  if (Buffer.byteLength(s) <= MAX_NAME_BYTES) return s;
  const ext = path.extname(s).slice(0, 16);
  // Keep whole code points of the stem until the byte budget is spent (one pass).
  let budget = MAX_NAME_BYTES - Buffer.byteLength(ext);
  let stem = '';
  for (const ch of s.slice(0, s.length - ext.length)) {
    budget -= Buffer.byteLength(ch);
    if (budget < 0) break;
    stem += ch;
  }
  return (stem.trimEnd() || fallback) + ext;
}

const EXT_BY_TYPE: Record<string, string> = {
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'image/gif': 'gif',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'text/plain': 'txt',
  'text/html': 'html',
};

export function extensionForType(contentType: string | undefined | null): string | undefined {
  return contentType ? EXT_BY_TYPE[contentType.split(';')[0]!.trim().toLowerCase()] : undefined;
}
