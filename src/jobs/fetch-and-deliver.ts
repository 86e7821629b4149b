import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Api, GrammyError, InlineKeyboard } from 'grammy';
import { callbackData } from '../callbacks/callback-data.js';
import { caption, type DeliveryDeps, deliverFile } from '../delivery/deliver-file.js';
import { isSendMethod, sendWith } from '../delivery/send-methods.js';
import { filenameFromUrl, sanitizeFilename } from '../download/filename.js';
import type { HttpDownloader } from '../download/http-download.js';
import { type Delivered, JobFailure, type JobIO } from '../pipeline/types.js';
import type { FileCache, JobRecord } from '../storage/types.js';
import { createRateMeter } from './status-text.js';

import { cacheKey, looksLikePlainFile } from './url-key.js';

/** Telegram fetches files up to this size itself when sent by URL. */
const URL_SEND_LIMIT = 20 * 1024 * 1024;

export interface PipelineDeps extends DeliveryDeps {
  api: Api;
  fileCache: FileCache;
  downloader: HttpDownloader;
  maxFileBytes: number;
  directSendOnly: boolean;
  /** Offer a PDF button under a delivered HTML page (when Chromium is available). */
  offerPdf?: boolean;
  /** The video-site path (yt-dlp); undefined when yt-dlp is missing. Undefined result: not a video. */
  video?: (job: JobRecord, io: JobIO) => Promise<Delivered | undefined>;
}

/** The most a job may fetch: the file limit, and the Bot API limit when MTProto is not set up. */
export function fetchLimit(deps: PipelineDeps): number {
  return deps.largeUploader ? deps.maxFileBytes : Math.min(deps.maxFileBytes, deps.botApiLimitBytes);
}

/** A page (HTML, a playlist, or unknown because HEAD failed) may hold a video for yt-dlp. */
export function isPage(url: string, contentType: string | undefined, headFailed: boolean): boolean {
  if (headFailed) return true;
  if (/\.(m3u8|mpd)(\?|$)/i.test(url)) return true;
  return /text\/html|application\/xhtml|mpegurl|dash\+xml/i.test(contentType ?? '');
}

/** The direct-link path: cached file_id, send by URL, or download to disk and upload. */
export async function fetchAndDeliver(deps: PipelineDeps, job: JobRecord, io: JobIO): Promise<Delivered> {
  const key = cacheKey(job.url, job.options.format as string | undefined);
  const cached = await resendCached(deps, job, key);
  if (cached) return cached;

  io.report({ phase: 'probing' });
  const head = await deps.downloader.head(job.url, io.signal);
  if (deps.video && (job.options.format || isPage(job.url, head?.contentType, head === undefined))) {
    const delivered = await deps.video(job, io);
    if (delivered) {
      if (delivered.sent.fileId)
        await deps.fileCache.put(
          key,
          { fileId: delivered.sent.fileId, method: delivered.sent.method, size: delivered.size },
          Date.now(),
        );
      return delivered;
    }
  }
  checkSizeUpFront(deps, head?.size);

  if (deps.directSendOnly || (looksLikePlainFile(job.url) && (head?.size ?? 0) <= URL_SEND_LIMIT)) {
    const direct = await sendByUrl(deps, job, head?.size ?? null);
    if (direct) {
      await deps.fileCache.put(
        key,
        { fileId: direct.sent.fileId, method: direct.sent.method, size: direct.size },
        Date.now(),
      );
      return direct;
    }
    if (deps.directSendOnly) throw new JobFailure('direct-only', 'Telegram refused to fetch the URL');
  }

  const dir = path.join(deps.tmpDir, `job-${job.id}`);
  await mkdir(dir, { recursive: true });
  const limit = fetchLimit(deps);
  const rate = createRateMeter();
  let result: Awaited<ReturnType<HttpDownloader['download']>>;
  try {
    result = await deps.downloader.download({
      url: job.url,
      file: path.join(dir, 'download'),
      maxBytes: limit,
      signal: io.signal,
      onProgress: (done, total) => {
        io.touch();
        io.report({ phase: 'downloading', done, total, speed: rate(done) });
      },
    });
  } catch (err) {
    throw overLimit(deps, err);
  }
  const sent = await deliverFile(deps, job, io, {
    file: result.file,
    filename: result.filename,
    size: result.size,
  });
  await deps.fileCache.put(key, { fileId: sent.fileId, method: sent.method, size: result.size }, Date.now());
  if (deps.offerPdf && /html/i.test(result.contentType ?? '')) {
    const button = new InlineKeyboard().text(
      deps.t(job.language, 'pdf-button'),
      callbackData.pdf.encode({ jobId: job.id }),
    );
    await deps.api
      .sendMessage(job.chatId, deps.t(job.language, 'pdf-offer'), { reply_markup: button })
      .catch(() => {});
  }
  return { size: result.size, sent };
}

function nameFromUrl(url: string): string {
  return sanitizeFilename(filenameFromUrl(new URL(url)), new URL(url).hostname);
}

function checkSizeUpFront(deps: PipelineDeps, size: number | undefined): void {
  if (size === undefined) return;
  if (size > deps.maxFileBytes)
    throw new JobFailure('too-large', 'too large', { size, limit: deps.maxFileBytes });
  if (size > deps.botApiLimitBytes && !deps.largeUploader) {
    throw new JobFailure('over-upload-limit', 'too large for the Bot API', {
      size,
      limit: deps.botApiLimitBytes,
    });
  }
}

function overLimit(deps: PipelineDeps, err: unknown): unknown {
  if (
    err instanceof JobFailure &&
    err.kind === 'too-large' &&
    !deps.largeUploader &&
    (err.extra.size ?? 0) <= deps.maxFileBytes
  ) {
    return new JobFailure('over-upload-limit', 'too large for the Bot API', {
      ...err.extra,
      limit: deps.botApiLimitBytes,
    });
  }
  return err;
}

async function resendCached(deps: PipelineDeps, job: JobRecord, key: string): Promise<Delivered | undefined> {
  const hit = await deps.fileCache.get(key);
  if (!hit) return undefined;
  try {
    const method = isSendMethod(hit.method) ? hit.method : 'sendDocument';
    const sent = await sendWith(deps.api, method, job.chatId, hit.fileId, {
      caption: caption(deps.t, job, nameFromUrl(job.url), hit.size),
    });
    return { size: hit.size, sent: { method, fileId: hit.fileId, messageId: sent.message_id } };
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 400) {
      await deps.fileCache.delete(key);
      return undefined;
    }
    throw err;
  }
}

async function sendByUrl(
  deps: PipelineDeps,
  job: JobRecord,
  size: number | null,
): Promise<Delivered | undefined> {
  try {
    const msg = await deps.api.sendDocument(job.chatId, job.url, {
      caption: caption(deps.t, job, nameFromUrl(job.url), size),
    });
    const fileId = msg.document?.file_id;
    if (!fileId) return undefined;
    return {
      size: msg.document?.file_size ?? size,
      sent: { method: 'sendDocument', fileId, messageId: msg.message_id },
    };
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 400) return undefined;
    throw err;
  }
}
