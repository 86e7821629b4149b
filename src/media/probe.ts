import { stat } from 'node:fs/promises';
import path from 'node:path';
import { runTool } from '../tools/run-tool.js';

export type MediaKind = 'video' | 'animation' | 'audio' | 'photo' | 'document';

export interface MediaInfo {
  kind: MediaKind;
  mime: string | undefined;
  ext: string | undefined;
  duration?: number;
  width?: number;
  height?: number;
  title?: string;
  performer?: string;
  /** Audio with a picture in it (its cover), which makes its thumbnail. */
  cover?: boolean;
}

interface FfprobeOutput {
  streams?: {
    codec_type?: string;
    codec_name?: string;
    disposition?: { attached_pic?: number };
    nb_frames?: string;
    avg_frame_rate?: string;
    width?: number;
    height?: number;
    duration?: string;
  }[];
  format?: { duration?: string; format_name?: string; tags?: Record<string, string> };
}

/**
 * What ffprobe said of the files probed last, by path and identity (inode, size, mtime): a video
 * is looked at by its finishing step and again by delivery, and ffprobe costs a tenth of a second
 * of CPU each time (a second on a host with a tenth of a CPU).
 */
const probed = new Map<string, FfprobeOutput>();
const PROBED_KEPT = 16;

/** ffprobe's streams and format of a file, or undefined when it cannot read it. */
async function ffprobeJson(
  file: string,
  ffprobe: string,
  signal?: AbortSignal,
): Promise<FfprobeOutput | undefined> {
  const s = await stat(file).catch(() => undefined);
  if (!s) return undefined;
  const key = [ffprobe, file, s.ino, s.size, s.mtimeMs].join('\0');
  const known = probed.get(key);
  if (known) return known;
  const r = await runTool(ffprobe, {
    args: ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', file],
    timeoutMs: 30_000,
    signal,
  });
  if (r.ended !== 'exited' || r.exitCode !== 0) return undefined;
  const out = JSON.parse(r.stdout) as FfprobeOutput;
  probed.set(key, out);
  for (const old of probed.keys()) if (probed.size > PROBED_KEPT) probed.delete(old);
  return out;
}

/** The picture stream; an audio file's cover is a "video" stream of one picture, and not a video. */
const videoStream = (out: FfprobeOutput) =>
  out.streams?.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);

/** The kind of a file decided by its bytes (magic numbers), refined by ffprobe when available. */
export async function probeMedia(
  file: string,
  ffprobe: string | undefined,
  signal?: AbortSignal,
): Promise<MediaInfo> {
  const { fileTypeFromFile } = await import('file-type');
  const type = await fileTypeFromFile(file).catch(() => undefined);
  const mime = type?.mime;
  const info: MediaInfo = { kind: 'document', mime, ext: type?.ext };
  if (mime === 'image/gif') info.kind = 'animation';
  else if (mime === 'video/mp4' || mime === 'video/quicktime' || mime === 'video/x-m4v') info.kind = 'video';
  else if (mime === 'audio/mpeg' || mime === 'audio/x-m4a' || mime === 'audio/mp4') info.kind = 'audio';
  else if (mime === 'image/jpeg' || mime === 'image/png' || mime === 'image/webp') info.kind = 'photo';
  if (!ffprobe || info.kind === 'document') return info;
  try {
    const out = await ffprobeJson(file, ffprobe, signal);
    if (!out) return info;
    const video = videoStream(out);
    info.cover = out.streams?.some((s) => s.disposition?.attached_pic) || undefined;
    const duration = Number(out.format?.duration ?? video?.duration);
    if (Number.isFinite(duration)) info.duration = Math.round(duration);
    if (video?.width && video.height) {
      info.width = video.width;
      info.height = video.height;
    }
    if (info.kind === 'video' && !video) info.kind = 'audio';
    info.title = out.format?.tags?.title;
    info.performer = out.format?.tags?.artist;
  } catch {
    /* metadata is a nicety; the file still goes out */
  }
  return info;
}

/** Telegram's limits for a photo; anything beyond them goes as a document (full quality kept). */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const PHOTO_MAX_SIDES = 10_000;
const PHOTO_MAX_RATIO = 20;

/** Whether a picture of this size (and, when known, these dimensions) can be sent as a photo. */
export function fitsAsPhoto(size: number, width?: number, height?: number): boolean {
  if (size > PHOTO_MAX_BYTES) return false;
  if (!width || !height) return true;
  return (
    width + height <= PHOTO_MAX_SIDES && Math.max(width, height) / Math.min(width, height) <= PHOTO_MAX_RATIO
  );
}

/** A JPEG thumbnail (Telegram wants <= 320 px, <= 200 KB) from a frame near the start. */
export async function makeThumbnail(
  file: string,
  ffmpeg: string,
  durationSeconds: number | undefined,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const out = path.join(path.dirname(file), 'thumb.jpg');
  const at = durationSeconds && durationSeconds > 2 ? Math.min(1, durationSeconds / 10) : 0;
  try {
    const r = await runTool(ffmpeg, {
      args: [
        '-v',
        'error',
        '-y',
        // `-ss 0` on a still picture (a page's cover) encodes nothing, yet exits 0.
        ...(at > 0 ? ['-ss', String(at)] : []),
        '-i',
        file,
        '-frames:v',
        '1',
        '-vf',
        'scale=320:320:force_original_aspect_ratio=decrease',
        '-q:v',
        '5',
        out,
      ],
      timeoutMs: 30_000,
      signal,
    });
    // A thumbnail that is not there would stall the upload that names it.
    const made = r.ended === 'exited' && r.exitCode === 0 && (await stat(out).catch(() => undefined))?.size;
    return made ? out : undefined;
  } catch {
    return undefined;
  }
}

/** A video's codec, length and how much picture it holds (frames / rate), for the finishing step. */
export async function videoFacts(
  file: string,
  ffprobe: string,
  signal: AbortSignal,
): Promise<{ codec?: string; duration?: number; pictureSeconds?: number } | undefined> {
  const out = await ffprobeJson(file, ffprobe, signal);
  if (!out) return undefined;
  const video = videoStream(out);
  const duration = Number(out.format?.duration ?? video?.duration);
  const [num, den] = (video?.avg_frame_rate ?? '').split('/').map(Number);
  const fps = num && den ? num / den : undefined;
  const frames = Number(video?.nb_frames);
  return {
    codec: video?.codec_name,
    duration: Number.isFinite(duration) ? duration : undefined,
    pictureSeconds: fps && frames ? frames / fps : undefined,
  };
}
