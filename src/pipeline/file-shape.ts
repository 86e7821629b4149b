import type { JobRecord, QualitySetting } from '../storage/types.js';

/**
 * Every option of a job that changes the file a user gets. The file_id cache key is derived from
 * it, field by field: adding an option here without deciding its part of the key does not
 * compile, so two jobs that would get different files never share a cache entry.
 */
export interface FileShape {
  /** audio or video wanted (`/audio`), or whatever the link is. */
  kind: JobRecord['kind'];
  /** The yt-dlp format the user picked from the keyboard. */
  format?: string;
  /** The user's quality setting, which picks the format when none was picked. */
  quality?: QualitySetting;
  /** Videos as videos (default) or as documents. */
  sendAs?: 'video' | 'document';
  /** Of a link with many items: all, or the first album. */
  items?: 'all' | 'first';
  /** /pdf in landscape. */
  landscape?: boolean;
  /** Only this part of the video, in seconds (`1:20-2:05` after the link). */
  section?: Section;
  /** Subtitles: `auto` (the page's, the user's language first), a language, or burned in. */
  subs?: SubsWish;
  /** What `audio` makes: m4a unless the user's setting (or the source) says mp3. */
  audioFormat?: 'm4a' | 'mp3';
}

export interface Section {
  start: number;
  end: number;
}

export type SubsWish = { as: 'files' | 'burn'; lang?: string };

const KEY_PARTS: { [K in keyof Required<FileShape>]: (shape: FileShape) => string | undefined } = {
  kind: (s) => (s.kind === 'auto' ? undefined : s.kind),
  format: (s) => s.format,
  // A picked format already says which quality; 'ask' ends in a picked format or in no file.
  quality: (s) => (s.format || s.quality === 'ask' ? undefined : autoQuality(s.quality)),
  sendAs: (s) => (s.sendAs === 'document' ? 'doc' : undefined),
  items: (s) => s.items,
  landscape: (s) => (s.landscape ? 'landscape' : undefined),
  section: (s) => (s.section ? `${s.section.start}-${s.section.end}` : undefined),
  subs: (s) => (s.subs ? [s.subs.as, s.subs.lang].filter(Boolean).join(':') : undefined),
  audioFormat: (s) =>
    (s.kind === 'audio' || s.format === 'audio') && s.audioFormat === 'mp3' ? 'mp3' : undefined,
};

/** The height the automatic choice aims for (formats.ts: a set height, else 720). */
const autoQuality = (q: QualitySetting | undefined) => (q && /^\d+$/.test(q) && q !== '720' ? q : undefined);

/** The shape a job's stored options describe. */
export function shapeOf(job: Pick<JobRecord, 'kind' | 'options'>): FileShape {
  const o = job.options;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    kind: job.kind,
    format: str(o.format),
    quality: str(o.quality) as QualitySetting | undefined,
    sendAs: o.sendAs === 'document' ? 'document' : o.sendAs === 'video' ? 'video' : undefined,
    items: o.items === 'all' || o.items === 'first' ? o.items : undefined,
    landscape: o.landscape === true,
    section: sectionOf(o.section),
    subs: subsOf(o.subs),
    audioFormat: o.audioFormat === 'mp3' ? 'mp3' : o.audioFormat === 'm4a' ? 'm4a' : undefined,
  };
}

/** A stored section ("80-125", seconds). */
function sectionOf(v: unknown): Section | undefined {
  const m = typeof v === 'string' ? /^(\d+)-(\d+)$/.exec(v) : null;
  if (!m) return undefined;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return end > start ? { start, end } : undefined;
}

/** Stored subtitles: "files", "files:de", "burn", "burn:de". */
function subsOf(v: unknown): SubsWish | undefined {
  const m =
    typeof v === 'string' ? /^(files|burn)(?::([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})?))?$/.exec(v) : null;
  return m ? { as: m[1] as SubsWish['as'], lang: m[2] } : undefined;
}

/** The part of the cache key that names the shape: empty for the defaults. */
export function shapeKey(shape: FileShape): string {
  return (Object.keys(KEY_PARTS) as (keyof FileShape)[])
    .map((k) => {
      const part = KEY_PARTS[k](shape);
      return part === undefined ? undefined : `${k}=${encodeURIComponent(part)}`;
    })
    .filter(Boolean)
    .join('&');
}

/**
 * The file_id cache key of a job: its URL (scheme and host lower-cased, no fragment, no tracking
 * parameters) and its shape. Undefined for /pdf, whose file is not the link's own content.
 */
export function fileCacheKey(job: Pick<JobRecord, 'kind' | 'options' | 'url'>): string | undefined {
  if (job.kind === 'pdf') return undefined;
  const u = new URL(job.url);
  u.hash = '';
  for (const k of [...u.searchParams.keys()])
    if (/^(utm_|fbclid$|gclid$|si$)/i.test(k)) u.searchParams.delete(k);
  const shape = shapeKey(shapeOf(job));
  return shape ? `${u.href}#${shape}` : u.href;
}
