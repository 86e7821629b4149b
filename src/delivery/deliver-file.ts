import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes, formatDate } from '../bot/format.js';
import type { Translator } from '../bot/i18n.js';
import { createRateMeter } from '../jobs/status-text.js';
import { fitsAsPhoto, type MediaInfo, makeThumbnail, probeMedia } from '../media/probe.js';
import { MAX_MTPROTO_FILE } from '../mtproto/types.js';
import { replyTarget } from '../pipeline/reply-target.js';
import { JobFailure, type JobIO, type LocalFile } from '../pipeline/types.js';
import type { JobRecord } from '../storage/types.js';
import { planRawParts, rawPartName, splitVideo } from './split.js';
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
}

/**
 * Sends a finished local file: kind from its bytes, ffprobe metadata, a thumbnail, the Bot API up
 * to its limit and MTProto above it; beyond MTProto's 2,000 MB the file goes out in parts
 * (videos cut by time so each plays, other files as raw .001, .002 … parts), each captioned.
 */
export async function deliverFile(
  deps: DeliveryDeps,
  job: JobRecord,
  io: JobIO,
  f: LocalFile,
): Promise<Sent> {
  const media: MediaInfo = f.asDocument
    ? { kind: 'document', ...f.asDocument }
    : await probeMedia(f.file, deps.ffprobe, io.signal);
  for (const [k, v] of Object.entries(f.meta ?? {})) if (v !== undefined) Object.assign(media, { [k]: v });
  if (job.options.sendAs === 'document' && media.kind === 'video') media.kind = 'document';
  if (media.kind === 'photo' && !fitsAsPhoto(f.size, media.width, media.height)) media.kind = 'document';
  const maxPart = deps.maxPartBytes ?? MAX_MTPROTO_FILE;
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
      { file: f.file, filename: rawPartName(f.filename, i), size: r.size },
      partMedia,
      { index: i, count: ranges.length },
      r.start,
    );
  }
  return last!;
}

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
  const thumbnail =
    deps.ffmpeg && start === undefined && (media.kind === 'video' || media.kind === 'animation')
      ? await makeThumbnail(f.file, deps.ffmpeg, media.duration, io.signal)
      : undefined;
  const rate = createRateMeter();
  let text = f.caption ?? caption(deps.t, job, f.filename, f.size);
  if (part)
    text = `${deps.t(job.language, 'caption-part', { index: part.index + 1, count: part.count })}\n${text}`;
  return uploader.upload({
    chatId: job.chatId,
    file: f.file,
    start,
    filename: f.filename,
    size: f.size,
    media,
    thumbnail,
    caption: text,
    target: replyTarget(job),
    signal: io.signal,
    onProgress: (done, total) => {
      io.touch();
      io.report({ phase: 'uploading', done, total, speed: rate(done) });
    },
  });
}

export function caption(t: Translator, job: JobRecord, name: string, size: number | null): string {
  return t(job.language, 'caption', {
    name,
    size: size === null ? '?' : formatBytes(size),
    date: `${formatDate(Date.now())} UTC`,
  });
}
