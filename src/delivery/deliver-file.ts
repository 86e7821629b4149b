import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes, formatDate } from '../i18n/format.js';
import type { Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { fitsAsPhoto, type MediaInfo, makeThumbnail, probeMedia } from '../media/probe.js';
import { MAX_MTPROTO_FILE } from '../mtproto/types.js';
import { shapeOf } from '../pipeline/file-shape.js';
import { createRateMeter } from '../pipeline/rate-meter.js';
import { replyTarget } from '../pipeline/reply-target.js';
import { JobFailure, type JobIO, type LocalFile } from '../pipeline/types.js';
import type { JobRecord } from '../storage/types.js';
import { releaseRange } from './release-range.js';
import { planRawParts, rawPartName, splitVideo } from './split.js';
import { mediaFromHead } from './stream-plan.js';
import type { Sent, Uploader } from './types.js';

export interface DeliveryDeps {
  t: Translator;
  botApiUploader: Uploader;
  largeUploader?: Uploader;
  botApiLimitBytes: number;
  tmpDir: string;
  ffmpeg?: string;
  ffprobe?: string;
  /** Largest single upload through MTProto (tests lower it to exercise splitting). */
  maxPartBytes?: number;
  log?: Logger;
}

/** The largest single upload: MTProto's 2,000 MB unless a test lowers it. */
export const partBytes = (deps: Pick<DeliveryDeps, 'maxPartBytes'>) => deps.maxPartBytes ?? MAX_MTPROTO_FILE;

/**
 * Sends a local file: kind from its bytes, ffprobe metadata, a thumbnail, the Bot API up to its
 * limit and MTProto above it; beyond MTProto's 2,000 MB the file goes out in parts (videos cut
 * by time so each plays, other files as raw .001, .002 … parts, each freed once sent), each
 * captioned. A file still landing (`growing`) is uploaded as it lands when its head decides its
 * kind; otherwise it is awaited and sent as a finished file.
 */
export async function deliverFile(
  deps: DeliveryDeps,
  job: JobRecord,
  io: JobIO,
  f: LocalFile,
): Promise<Sent> {
  const maxPart = partBytes(deps);
  if (f.growing) {
    const media = await mediaFromHead(deps, job, f, f.growing, io.signal);
    // A video over the part size is cut by ffmpeg, which needs the whole file.
    if (media && !(media.kind === 'video' && f.size > maxPart)) return route(deps, job, io, f, media);
    await f.growing.finished;
    f = { ...f, growing: undefined };
  }
  const media: MediaInfo = f.asDocument
    ? { kind: 'document', ...f.asDocument }
    : await probeMedia(f.file, deps.ffprobe, io.signal);
  for (const [k, v] of Object.entries(f.meta ?? {})) if (v !== undefined) Object.assign(media, { [k]: v });
  if (shapeOf(job).sendAs === 'document' && media.kind === 'video') media.kind = 'document';
  if (media.kind === 'photo' && !fitsAsPhoto(f.size, media.width, media.height)) media.kind = 'document';
  return route(deps, job, io, f, media);
}

/** One upload when the file fits one transport; parts beyond MTProto's limit. */
async function route(
  deps: DeliveryDeps,
  job: JobRecord,
  io: JobIO,
  f: LocalFile,
  media: MediaInfo,
): Promise<Sent> {
  const maxPart = partBytes(deps);
  if (f.size <= deps.botApiLimitBytes || f.size <= maxPart) return send(deps, job, io, f, media);
  if (!deps.largeUploader)
    throw new JobFailure('over-upload-limit', 'too large', { size: f.size, limit: deps.botApiLimitBytes });

  if (media.kind === 'video' && deps.ffmpeg && media.duration) {
    const dir = path.join(deps.tmpDir, `job-${job.id}`, 'parts');
    await mkdir(dir, { recursive: true });
    io.report({ phase: 'processing', step: 'splitting' });
    const files = await splitVideo({
      file: f.file,
      size: f.size,
      duration: media.duration,
      maxPart,
      ffmpeg: deps.ffmpeg,
      dir,
      signal: io.signal,
      onAlive: () => io.touch(),
    });
    let last: Sent | undefined;
    for (const [i, part] of files.entries()) {
      const { size } = await stat(part);
      const partMedia = await probeMedia(part, deps.ffprobe, io.signal);
      const name = f.filename.replace(/(\.\w+)?$/, `.part${i + 1}$1`);
      last = await send(deps, job, io, { file: part, filename: name, size }, partMedia, {
        index: i,
        count: files.length,
      });
      await rm(part, { force: true });
    }
    return last!;
  }
  let last: Sent | undefined;
  const ranges = planRawParts(f.size, maxPart);
  for (const [i, r] of ranges.entries()) {
    const partMedia: MediaInfo = { kind: 'document', mime: 'application/octet-stream', ext: undefined };
    last = await send(
      deps,
      job,
      io,
      { file: f.file, filename: rawPartName(f.filename, i), size: r.size, growing: f.growing },
      partMedia,
      { index: i, count: ranges.length },
      r.start,
    );
    if (i < ranges.length - 1) await releaseRange(f.file, r.start, r.size, deps.log);
  }
  return last!;
}

/**
 * One upload. Of a growing file, it reads as the download writes; if it fails while the
 * download succeeds, it is sent once more from the finished file, and if the download fails, the
 * download's failure is what the user hears.
 */
async function send(
  deps: DeliveryDeps,
  job: JobRecord,
  io: JobIO,
  f: LocalFile,
  media: MediaInfo,
  part?: { index: number; count: number },
  start?: number,
): Promise<Sent> {
  const uploader = f.size <= deps.botApiLimitBytes ? deps.botApiUploader : deps.largeUploader;
  if (!uploader)
    throw new JobFailure('over-upload-limit', 'too large', { size: f.size, limit: deps.botApiLimitBytes });
  // Photos are a Bot API form; through MTProto (a lowered Bot API limit) a picture is a document.
  if (media.kind === 'photo' && uploader !== deps.botApiUploader) media = { ...media, kind: 'document' };
  const framed = media.kind === 'video' || media.kind === 'animation';
  const pictured = media.kind === 'audio' && (f.picture || media.cover);
  const thumbnail =
    deps.ffmpeg && start === undefined && (framed || pictured)
      ? await makeThumbnail(
          (pictured && f.picture) || f.file,
          deps.ffmpeg,
          f.growing || pictured ? 0 : media.duration,
          io.signal,
        )
      : undefined;
  let text = f.caption ?? caption(deps.t, job, f.filename, f.size);
  if (part)
    text = `${deps.t(job.language, 'caption-part', { index: part.index + 1, count: part.count })}\n${text}`;
  const attempt = (growing: LocalFile['growing']) => {
    const rate = createRateMeter();
    return uploader.upload({
      chatId: job.chatId,
      file: f.file,
      start,
      growing,
      filename: f.filename,
      size: f.size,
      media,
      thumbnail,
      caption: text,
      target: replyTarget(job),
      signal: io.signal,
      onProgress: (done, total) => {
        io.touch();
        const whole = growing && !part;
        if (whole) growing.sent = done;
        io.report({
          phase: 'uploading',
          done,
          total,
          speed: rate(done),
          streamed: whole ? { downloaded: growing.written(), sent: done } : undefined,
        });
      },
    });
  };
  const growing = f.growing;
  if (!growing) return attempt(undefined);
  try {
    return await attempt(growing);
  } catch (err) {
    if (io.signal.aborted) throw err;
    await growing.finished;
    deps.log?.warn(
      { err: (err as Error).message },
      'upload while downloading failed; sending the finished file',
    );
    return attempt(undefined);
  }
}

export function caption(t: Translator, job: JobRecord, name: string, size: number | null): string {
  return t(job.language, 'caption', {
    name,
    size: size === null ? '?' : formatBytes(size, job.language),
    date: `${formatDate(Date.now(), job.language)} UTC`,
  });
}
