import type { QualitySetting } from '../storage/types.js';
import type { VideoFormat, VideoInfo } from './ytdlp.js';

/** A quality the user can pick: a height cap or audio only, with its estimated size. */
export interface QualityOption {
  id: string;
  label: string;
  size: number | undefined;
}

const HEIGHTS = [144, 240, 360, 480, 720, 1080, 1440, 2160];

const sizeOf = (f: VideoFormat | undefined) => f?.filesize ?? f?.filesize_approx ?? undefined;
// Generic pages report unknown codecs (null): such a format may hold both.
const hasVideo = (f: VideoFormat) => f.vcodec !== 'none';
const hasAudio = (f: VideoFormat) => f.acodec !== 'none';

function bestAudio(formats: VideoFormat[]): VideoFormat | undefined {
  return formats.filter((f) => hasAudio(f) && !hasVideo(f)).sort((a, b) => (b.tbr ?? 0) - (a.tbr ?? 0))[0];
}

/** Estimated size of the best download at or under a height (video + separate audio). */
export function estimateSize(info: VideoInfo, maxHeight: number): number | undefined {
  const formats = info.formats ?? [];
  const video = formats
    .filter((f) => hasVideo(f) && (f.height ?? 0) <= maxHeight)
    .sort((a, b) => (b.height ?? 0) - (a.height ?? 0) || (sizeOf(b) ?? 0) - (sizeOf(a) ?? 0))[0];
  if (!video) return sizeOf(info as VideoFormat);
  const v = sizeOf(video);
  if (v === undefined) return undefined;
  return hasAudio(video) ? v : v + (sizeOf(bestAudio(formats)) ?? 0);
}

/** The qualities that fit the limit, smallest first, plus audio only. */
export function qualityOptions(info: VideoInfo, limitBytes: number): QualityOption[] {
  const formats = info.formats ?? [];
  const heights = [...new Set(formats.filter(hasVideo).map((f) => f.height ?? 0))].filter((h) => h > 0);
  const options: QualityOption[] = [];
  for (const h of HEIGHTS) {
    const available = heights.filter((x) => x <= h && x > (HEIGHTS[HEIGHTS.indexOf(h) - 1] ?? 0));
    if (!available.length) continue;
    const size = estimateSize(info, h);
    if (size !== undefined && size > limitBytes) continue;
    options.push({ id: String(h), label: `${h}p`, size });
  }
  if (!options.length) {
    // Pages without format details (generic extractor): one "best" entry with what is known.
    const known = formats.map((f) => sizeOf(f) ?? 0);
    const size = Math.max(0, ...known) || sizeOf(info as VideoFormat);
    if (size === undefined || size <= limitBytes) options.push({ id: 'best', label: 'best', size });
  }
  const audio = bestAudio(formats);
  if (audio || formats.length === 0 || formats.some(hasAudio)) {
    options.push({ id: 'audio', label: 'audio', size: sizeOf(audio) });
  }
  return options;
}

/**
 * A yt-dlp format selector: H.264/AAC in MP4 first (VP9 and AV1 do not play on every phone), then
 * any MP4, under a height cap and the size limit, falling back step by step so "requested format
 * is not available" is rare. Of several audio tracks (dubs), the user's language first; yt-dlp's
 * own order (its `lang` sort) then prefers the original.
 */
export function formatSelector(
  choice: string,
  limitBytes: number,
  language?: string,
): { selector: string; audioOnly: boolean } {
  const dub = language ? `[language^=${language}]` : '';
  if (choice === 'audio')
    return {
      selector: [
        ...(dub ? [`ba${dub}[ext=m4a][filesize<?${limitBytes}]`] : []),
        `ba[ext=m4a][filesize<?${limitBytes}]`,
        'ba',
        'b',
      ].join('/'),
      audioOnly: true,
    };
  const h = choice === 'best' ? 100_000 : Number(choice);
  const fit = `[filesize<?${limitBytes}]`;
  const avc = `bv*[height<=${h}][vcodec^=avc1]${fit}`;
  return {
    selector: [
      ...(dub ? [`${avc}+ba${dub}[acodec^=mp4a]`] : []),
      `${avc}+ba[acodec^=mp4a]`,
      `b[height<=${h}][vcodec^=avc1]${fit}`,
      `bv*[height<=${h}][ext=mp4]${fit}+ba[ext=m4a]`,
      `b[height<=${h}][ext=mp4]${fit}`,
      `bv*[height<=${h}]${fit}+ba`,
      `b[height<=${h}]${fit}`,
      `b${fit}`,
      'b',
    ].join('/'),
    audioOnly: false,
  };
}

/** The automatic choice for a user's setting: a fixed cap, or 720p. */
export function autoChoice(setting: QualitySetting | undefined): string {
  return setting && /^\d+$/.test(setting) ? setting : '720';
}
