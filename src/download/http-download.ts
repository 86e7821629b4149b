import { createWriteStream } from 'node:fs';
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import { checkUrl, GuardError, guardedLookup, type NetworkPolicy } from '../net/guard.js';
import { DownloadError } from './errors.js';
import { extensionForType, filenameFromDisposition, filenameFromUrl, sanitizeFilename } from './filename.js';

export interface HttpDownloaderOptions {
  policy: NetworkPolicy;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  totalTimeoutMs: number;
  proxyUrl?: string;
  userAgent?: string;
}

export interface DownloadTarget {
  url: string;
  /** Where the bytes go; the caller owns (and removes) it. */
  file: string;
  maxBytes: number;
  signal: AbortSignal;
  onProgress?: (done: number, total: number | undefined) => void;
  /** Called once the response headers are in, before any body byte is read. */
  onHeaders?: (info: { size: number | undefined; contentType: string | undefined }) => void;
}

export interface DownloadResult {
  file: string;
  filename: string;
  size: number;
  contentType: string | undefined;
  finalUrl: string;
}

export interface HeadInfo {
  size: number | undefined;
  contentType: string | undefined;
  filename: string | undefined;
  finalUrl: string;
}

const MAX_REDIRECTS = 10;
const DISK_MARGIN = 64 * 1024 * 1024;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36';

/**
 * Direct HTTP downloads: streamed to disk, never buffered; each redirect hop re-checked by the
 * guard (and every connect by its lookup); connect, idle and total timeouts; size enforced from
 * the headers and again on every chunk. Bodies are requested without compression, so a gzip
 * bomb is stored as the compressed bytes it is and counted against the limit.
 */
export function createHttpDownloader(opts: HttpDownloaderOptions) {
  const connect = { timeout: opts.connectTimeoutMs, lookup: guardedLookup(opts.policy) };
  // undici is loaded on the first download: an idle bot does not pay its memory.
  let client: Promise<{ dispatcher: Dispatcher; request: typeof import('undici').request }> | undefined;
  const getClient = () => {
    client ??= import('undici').then(({ Agent, ProxyAgent, request }) => ({
      request,
      dispatcher: opts.proxyUrl
        ? new ProxyAgent({
            uri: opts.proxyUrl,
            headersTimeout: opts.idleTimeoutMs,
            bodyTimeout: opts.idleTimeoutMs,
          })
        : new Agent({ connect, headersTimeout: opts.idleTimeoutMs, bodyTimeout: opts.idleTimeoutMs }),
    }));
    return client;
  };

  async function open(url: string, method: 'GET' | 'HEAD', signal: AbortSignal) {
    let current = checkUrl(url, opts.policy);
    const { dispatcher, request } = await getClient();
    for (let hop = 0; ; hop++) {
      let res: Dispatcher.ResponseData;
      try {
        res = await request(current, {
          method,
          dispatcher,
          signal,
          headers: { 'user-agent': opts.userAgent ?? UA, 'accept-encoding': 'identity', accept: '*/*' },
        });
      } catch (err) {
        throw toDownloadError(err, signal);
      }
      const location = res.headers.location;
      if (res.statusCode >= 300 && res.statusCode < 400 && location) {
        discard(res.body);
        if (hop >= MAX_REDIRECTS)
          throw new DownloadError('redirects', `more than ${MAX_REDIRECTS} redirects`);
        try {
          current = checkUrl(new URL(String(location), current).href, opts.policy);
        } catch (err) {
          throw toDownloadError(err, signal);
        }
        continue;
      }
      if (res.statusCode >= 400) {
        discard(res.body);
        throw new DownloadError('http-status', `HTTP ${res.statusCode}`, { status: res.statusCode });
      }
      return { res, finalUrl: current };
    }
  }

  function describe(res: Dispatcher.ResponseData, finalUrl: URL): HeadInfo {
    const len = Number(res.headers['content-length']);
    const encoded = res.headers['content-encoding'] && res.headers['content-encoding'] !== 'identity';
    const contentType = header(res.headers['content-type']);
    const fromHeader = filenameFromDisposition(header(res.headers['content-disposition']));
    let filename = fromHeader ?? filenameFromUrl(finalUrl);
    const ext = extensionForType(contentType);
    if (!filename) filename = ext ? `file.${ext}` : undefined;
    else if (!path.extname(filename) && ext) filename = `${filename}.${ext}`;
    return {
      size: Number.isFinite(len) && len >= 0 && !encoded ? len : undefined,
      contentType,
      filename,
      finalUrl: finalUrl.href,
    };
  }

  return {
    /** HEAD for size and type; undefined when the server does not answer HEAD sensibly. */
    /**
     * HEAD for size and type. Undefined when the server merely dislikes HEAD (405, 403, …); a
     * source that is gone, loops, hangs or refuses connections fails here, before any download.
     */
    async head(url: string, signal: AbortSignal): Promise<HeadInfo | undefined> {
      const limit = Math.min(opts.connectTimeoutMs, opts.idleTimeoutMs);
      try {
        const { res, finalUrl } = await open(
          url,
          'HEAD',
          AbortSignal.any([signal, AbortSignal.timeout(limit)]),
        );
        discard(res.body);
        return describe(res, finalUrl);
      } catch (err) {
        if (!(err instanceof DownloadError)) return undefined;
        if (err.kind === 'http-status' && err.extra.status !== 404 && err.extra.status !== 410)
          return undefined;
        throw err;
      }
    },

    async download(t: DownloadTarget): Promise<DownloadResult> {
      const signal = AbortSignal.any([t.signal, AbortSignal.timeout(opts.totalTimeoutMs)]);
      const { res, finalUrl } = await open(t.url, 'GET', signal);
      const info = describe(res, finalUrl);
      try {
        t.onHeaders?.({ size: info.size, contentType: info.contentType });
        if (info.size !== undefined && info.size > t.maxBytes) {
          throw new DownloadError('too-large', 'file is larger than the limit', {
            size: info.size,
            limit: t.maxBytes,
          });
        }
        await ensureDiskSpace(path.dirname(t.file), info.size ?? 0);
      } catch (err) {
        discard(res.body);
        throw err;
      }
      const sink = createFileSink(t.file, t.maxBytes, (n) => t.onProgress?.(n, info.size));
      try {
        await pipeline(res.body, sink, { signal });
      } catch (err) {
        throw toDownloadError(err, signal, t.signal);
      }
      const done = sink.bytes();
      if (info.size !== undefined && done < info.size) {
        throw new DownloadError('network', `connection closed after ${done} of ${info.size} bytes`);
      }
      return {
        file: t.file,
        filename: sanitizeFilename(info.filename),
        size: done,
        contentType: info.contentType,
        finalUrl: info.finalUrl,
      };
    },

    close: async () => {
      if (client) await (await client).dispatcher.close();
    },
  };
}

export type HttpDownloader = ReturnType<typeof createHttpDownloader>;

async function ensureDiskSpace(dir: string, need: number): Promise<void> {
  const s = await statfs(dir);
  const free = s.bavail * s.bsize;
  if (free < need + DISK_MARGIN) throw new DownloadError('disk-full', 'not enough free disk space');
}

const WRITE_BUFFER = 1024 * 1024;

/**
 * Counts, limits and writes chunks to a file. Large buffers on both sides let the file stream
 * batch many socket chunks into one writev, which roughly doubles throughput on fast links.
 */
function createFileSink(file: string, maxBytes: number, onProgress: (done: number) => void) {
  const out = createWriteStream(file, { highWaterMark: WRITE_BUFFER });
  let done = 0;
  const sink = new Writable({
    highWaterMark: WRITE_BUFFER,
    write(chunk: Buffer, _enc, cb) {
      done += chunk.length;
      if (done > maxBytes) {
        return cb(
          new DownloadError('too-large', 'file is larger than the limit', { size: done, limit: maxBytes }),
        );
      }
      onProgress(done);
      if (out.write(chunk)) cb();
      else out.once('drain', () => cb());
    },
    final(cb) {
      out.end((err?: Error | null) => cb(err));
    },
    destroy(err, cb) {
      out.destroy();
      cb(err);
    },
  });
  out.on('error', (err) => sink.destroy(err));
  return Object.assign(sink, { bytes: () => done });
}

/** Drops a body we will not read; undici reports the abort as an error we expect. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function toDownloadError(err: unknown, signal: AbortSignal, userSignal?: AbortSignal): DownloadError {
  if (err instanceof DownloadError) return err;
  if (err instanceof GuardError) return new DownloadError('guard', err.message);
  const e = err as NodeJS.ErrnoException & { cause?: unknown };
  if (e?.cause instanceof GuardError || e?.code === 'EGUARD')
    return new DownloadError('guard', 'address not allowed');
  if (e?.cause instanceof DownloadError) return e.cause;
  if ((userSignal ?? signal).aborted && (userSignal ?? signal).reason?.name !== 'TimeoutError') {
    return new DownloadError('cancelled', 'cancelled');
  }
  if (signal.aborted) return new DownloadError('timeout', 'download took too long');
  const code = e?.code ?? '';
  if (code === 'ENOSPC') return new DownloadError('disk-full', 'disk full');
  if (code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT')
    return new DownloadError('stalled', 'no data');
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new DownloadError('timeout', 'connect timeout');
  return new DownloadError('network', e?.message ?? String(err));
}
