import path from 'node:path';
import type { HttpDownloader } from '../download/http-download.js';
import { createRateMeter } from '../pipeline/rate-meter.js';
import type { JobIO } from '../pipeline/types.js';
import type { VideoInfo } from '../video/ytdlp.js';

/** An item that is one media file on its page: what a browser would fetch from a `<video src>`. */
export interface PlainItem {
  url: string;
  ext: string;
  referer?: string;
}

/** Fetches plain items without yt-dlp, where nothing of yt-dlp's own is needed for them. */
export interface PlainItems {
  downloader: HttpDownloader;
  /** False when yt-dlp has something for these addresses the downloader lacks (cookies, its proxy). */
  allowed: (pageUrl: string, fileUrl: string) => Promise<boolean>;
}

/** Extractors that found a plain media file in the page's HTML, nothing site-specific. */
const PLAIN_EXTRACTORS = new Set(['html5', 'generic']);

/**
 * The item as one plain file, when yt-dlp found it as such: a media element's one http(s)
 * address. Then a download is a GET, and starting yt-dlp for it (half a CPU second, each item)
 * buys nothing.
 */
export function plainItemOf(item: VideoInfo): PlainItem | undefined {
  if (!PLAIN_EXTRACTORS.has(item.extractor ?? '')) return undefined;
  const formats = item.formats ?? [];
  if (formats.length > 1) return undefined;
  const format = formats[0] ?? item;
  if (!format.url || (format.protocol !== 'http' && format.protocol !== 'https')) return undefined;
  const ext = (format.ext ?? item.ext ?? '').toLowerCase();
  return {
    url: format.url,
    ext: /^[a-z0-9]{1,5}$/.test(ext) ? ext : 'bin',
    referer: format.http_headers?.Referer ?? item.http_headers?.Referer,
  };
}

/** Downloads a plain item into `dir` through the guarded downloader, reporting it as item `index + 1` of `count`. */
export async function fetchPlainItem(
  downloader: HttpDownloader,
  item: PlainItem,
  dir: string,
  maxBytes: number,
  io: JobIO,
  place: { index: number; count: number },
): Promise<string> {
  const rate = createRateMeter();
  const file = path.join(dir, `item.${item.ext}`);
  await downloader.download({
    url: item.url,
    file,
    maxBytes,
    signal: io.signal,
    referer: item.referer,
    onProgress: (done, total) => {
      io.touch();
      io.report({ phase: 'downloading', done, total, speed: rate(done), item: place });
    },
  });
  return file;
}
