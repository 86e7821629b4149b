import { statfs } from 'node:fs/promises';
import path from 'node:path';
import type { Dispatcher } from 'undici';
import { withDeadline } from '../lifecycle/deadline.js';
import { checkUrl, guardedLookup, type NetworkPolicy } from '../net/guard.js';
import { JobFailure } from '../pipeline/types.js';
import { createDiskWriter } from './disk-writer.js';
import { createFileSink, type FileSink } from './file-sink.js';
import { sanitizeFilename } from './filename.js';
import { describeResponse, type HeadInfo, header, toJobFailure } from './response-info.js';
import { loadUndici, type UndiciParts } from './undici-parts.js';

export interface HttpDownloaderOptions {
  policy: NetworkPolicy;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  totalTimeoutMs: number;
  proxyUrl?: string;
  userAgent?: string;
  /** Called as a file larger than the disk writer's small ones (or of unknown size) begins. */
  onLargeFile?: () => void;
}

export interface DownloadTarget {
  url: string;
  /** Where the bytes go; the caller owns (and removes) it. */
  file: string;
  maxBytes: number;
  signal: AbortSignal;
  /** The page the file was found on, sent as a browser would (hosts that refuse hotlinks ask). */
  referer?: string;
  onProgress?: (done: number, total: number | undefined) => void;
  /** Called once the response headers are in, before any body byte is read. */
  onHeaders?: (info: { size: number | undefined; contentType: string | undefined; filename: string }) => void;
  /** Hears how much of the file is on disk as the writer thread catches up. */
  onWritten?: (bytesOnDisk: number) => void;
  /** Disk a file of this size needs while its job runs (less than its size when parts are sent and freed as they land). */
  diskNeeded?: (size: number) => number;
}

export interface DownloadResult {
  file: string;
  filename: string;
  size: number;
  contentType: string | undefined;
  finalUrl: string;
}

/** One request's outcome: a redirect to follow, or the value the caller wanted. */
type Hop<T> = { location: string } | { value: T };

const MAX_REDIRECTS = 10;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36';

/** Thrown from the stream factory to stop reading a redirect's body. */
class RedirectTo extends Error {
  constructor(readonly location: string) {
    super('redirect');
  }
}

/**
 * Direct HTTP downloads: streamed to disk, never buffered; each redirect hop re-checked by the
 * guard (and every connect by its lookup); connect, idle and total timeouts; size enforced from
 * the headers and again on every chunk. Bodies are requested without compression, so a gzip
 * bomb is stored as the compressed bytes it is and counted against the limit.
 */
export function createHttpDownloader(opts: HttpDownloaderOptions) {
  const connect = { timeout: opts.connectTimeoutMs, lookup: guardedLookup(opts.policy) };
  const headers = { 'user-agent': opts.userAgent ?? UA, 'accept-encoding': 'identity', accept: '*/*' };
  const disk = createDiskWriter({ onLargeFile: opts.onLargeFile });
  // undici is loaded on the first download: an idle bot does not pay its memory.
  let client: { undici: UndiciParts; dispatcher: Dispatcher } | undefined;
  const getClient = () => {
    if (client) return client;
    const undici = loadUndici();
    client = {
      undici,
      dispatcher: opts.proxyUrl
        ? new undici.ProxyAgent({
            uri: opts.proxyUrl,
            headersTimeout: opts.idleTimeoutMs,
            bodyTimeout: opts.idleTimeoutMs,
          })
        : new undici.Agent({ connect, headersTimeout: opts.idleTimeoutMs, bodyTimeout: opts.idleTimeoutMs }),
    };
    return client;
  };

  /** Runs `once` for the URL and for every redirect it leads to, each hop checked by the guard. */
  async function follow<T>(url: string, signal: AbortSignal, once: (u: URL) => Promise<Hop<T>>): Promise<T> {
    let current = checkUrl(url, opts.policy);
    for (let hop = 0; ; hop++) {
      const result = await once(current);
      if ('value' in result) return result.value;
      if (hop >= MAX_REDIRECTS) throw new JobFailure('redirects', `more than ${MAX_REDIRECTS} redirects`);
      try {
        current = checkUrl(new URL(result.location, current).href, opts.policy);
      } catch (err) {
        throw toJobFailure(err, signal);
      }
    }
  }

  async function headOnce(current: URL, signal: AbortSignal): Promise<Hop<HeadInfo>> {
    const { undici, dispatcher } = getClient();
    let res: Dispatcher.ResponseData;
    try {
      res = await undici.request(dispatcher, current, { method: 'HEAD', signal, headers });
    } catch (err) {
      throw toJobFailure(err, signal);
    }
    res.body.on('error', () => {});
    res.body.destroy();
    const location = header(res.headers.location);
    if (isRedirect(res.statusCode) && location) return { location };
    if (res.statusCode >= 400) throw httpStatusError(res.statusCode);
    return { value: describeResponse(res.headers, current) };
  }

  /** One GET whose body goes straight from undici into the file sink (no intermediate stream). */
  async function getOnce(
    current: URL,
    t: DownloadTarget,
    signal: AbortSignal,
    freeDisk: number,
  ): Promise<Hop<{ info: HeadInfo; sink: FileSink }>> {
    const { undici, dispatcher } = getClient();
    const got: { info?: HeadInfo; sink?: FileSink } = {};
    try {
      const sent = t.referer ? { ...headers, referer: t.referer } : headers;
      await undici.stream(dispatcher, current, { method: 'GET', signal, headers: sent }, (res) => {
        const location = header(res.headers.location);
        if (isRedirect(res.statusCode) && location) throw new RedirectTo(location);
        if (res.statusCode >= 400) throw httpStatusError(res.statusCode);
        const described = describeResponse(res.headers, current);
        got.info = described;
        t.onHeaders?.({
          size: described.size,
          contentType: described.contentType,
          filename: sanitizeFilename(described.filename),
        });
        if (described.size !== undefined && described.size > t.maxBytes) {
          throw new JobFailure('too-large', 'file is larger than the limit', {
            size: described.size,
            limit: t.maxBytes,
          });
        }
        if (described.size !== undefined)
          checkDisk(t.diskNeeded?.(described.size) ?? described.size, freeDisk);
        got.sink = createFileSink(t.file, t.maxBytes, (n) => t.onProgress?.(n, described.size), disk, {
          size: described.size,
          onWritten: t.onWritten,
        });
        return got.sink;
      });
    } catch (err) {
      if (err instanceof RedirectTo) return { location: err.location };
      throw toJobFailure(err, signal, t.signal);
    }
    if (!got.info || !got.sink) throw new JobFailure('network', 'no response');
    return { value: { info: got.info, sink: got.sink } };
  }

  return {
    /**
     * HEAD for size and type. Undefined when the server merely dislikes HEAD (405, 403, …); a
     * source that is gone, loops, hangs or refuses connections fails here, before any download.
     */
    async head(url: string, signal: AbortSignal): Promise<HeadInfo | undefined> {
      const limit = Math.min(opts.connectTimeoutMs, opts.idleTimeoutMs);
      const deadline = withDeadline(limit, signal);
      try {
        return await follow(url, deadline.signal, (u) => headOnce(u, deadline.signal));
      } catch (err) {
        if (!(err instanceof JobFailure)) return undefined;
        if (err.kind === 'http-status' && err.extra.status !== 404 && err.extra.status !== 410)
          return undefined;
        throw err;
      } finally {
        deadline.clear();
      }
    },

    async download(t: DownloadTarget): Promise<DownloadResult> {
      const deadline = withDeadline(opts.totalTimeoutMs, t.signal);
      const signal = deadline.signal;
      const freeDisk = await freeBytes(path.dirname(t.file));
      const { info, sink } = await follow(t.url, signal, (u) => getOnce(u, t, signal, freeDisk)).finally(
        deadline.clear,
      );
      const bytes = sink.bytes();
      if (info.size !== undefined && bytes < info.size) {
        throw new JobFailure('network', `connection closed after ${bytes} of ${info.size} bytes`);
      }
      return {
        file: t.file,
        filename: sanitizeFilename(info.filename),
        size: bytes,
        contentType: info.contentType,
        finalUrl: info.finalUrl,
      };
    },

    close: async () => {
      if (client) await client.dispatcher.close();
      await disk.close();
    },
  };
}

export type HttpDownloader = ReturnType<typeof createHttpDownloader>;

/**
 * A file may use the free disk but a margin: a tenth of what is free, at most 64 MiB, so a small
 * file still fits on an almost full disk. The refusal says what is short.
 */
export function checkDisk(needed: number, free: number): void {
  const margin = Math.min(64 * 1024 * 1024, Math.floor(free / 10));
  if (needed + margin > free)
    throw new JobFailure('disk-full', 'not enough free disk space', { size: needed + margin, limit: free });
}

async function freeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}

const isRedirect = (status: number) => status >= 300 && status < 400;

const httpStatusError = (status: number) => new JobFailure('http-status', `HTTP ${status}`, { status });
