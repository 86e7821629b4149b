import { stat } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import { formatBytes } from '../i18n/format.js';
import { shapeOf } from '../pipeline/file-shape.js';
import { CHOICE_TTL_MS, type Question } from '../pipeline/question.js';
import { JobFailure, type LocalFile } from '../pipeline/types.js';
import { autoChoice, formatSelector, qualityOptions } from '../video/formats.js';
import type { VideoInfo, Ytdlp } from '../video/ytdlp.js';
import type { PlainItems } from './plain-item.js';
import type { Source, SourceOutcome } from './source.js';
import { pickSubtitles } from './subtitle-choice.js';
import { type FinishDeps, finishVideo } from './video-finish.js';
import { moreQuestion } from './video-offers.js';
import { listQuestion, youtubeListOf } from './youtube-list.js';
import { fetchItems, itemsOf } from './ytdlp-items.js';
import { ytdlpProgress } from './ytdlp-progress.js';

/** A page (HTML, a playlist, or unknown because HEAD failed) may hold a video for yt-dlp. */
export function isPage(url: string, contentType: string | undefined, headFailed: boolean): boolean {
  if (headFailed) return true;
  if (/\.(m3u8|mpd)(\?|$)/i.test(url)) return true;
  return /text\/html|application\/xhtml|mpegurl|dash\+xml/i.test(contentType ?? '');
}

export interface YtdlpSourceDeps {
  ytdlp: Ytdlp;
  /** Whether a yt-dlp binary is there now (the manager may install one after start). */
  available: () => boolean;
}

export interface YtdlpSourceOptions {
  /** PLAYLIST_MAX_ITEMS: most items fetched for one link. */
  maxItems: number;
  /** JOB_MAX_TOTAL_MB: what all of them may take together. */
  maxTotalBytes: number;
  /** Items of a page that are plain files there, fetched without yt-dlp (see plain-item.ts). */
  plain?: PlainItems;
}

/**
 * Video pages through yt-dlp: metadata, a format within the limits (or the user's choice from a
 * keyboard), progress from yt-dlp's JSON lines. Finds nothing (undefined) when the page has no
 * media, so the next source downloads the page itself.
 */
export function createYtdlpSource(deps: YtdlpSourceDeps & YtdlpSourceOptions & FinishDeps): Source {
  return {
    name: 'yt-dlp',
    accepts: ({ job, head }) =>
      deps.available() &&
      (Boolean(job.options.format) || isPage(job.url, head?.contentType, head === undefined)),
    async fetch(probe, io): Promise<SourceOutcome | undefined> {
      const { job, dir, maxBytes } = probe;
      const shape = shapeOf(job);
      // A picked format skips the metadata, unless subtitles need the page's list of them.
      const info = !shape.format || shape.subs ? await deps.ytdlp.probe(job.url, dir, io.signal) : undefined;
      if (!info && (!shape.format || shape.subs)) return undefined;
      if (info && !shape.format) {
        if (itemsOf(info).length > 1) return fetchItems(deps, probe, io, info);
        if (shape.quality === 'ask' && shape.kind !== 'audio')
          return { question: qualityQuestion(info, maxBytes) };
      }
      const choice = shape.format ?? (shape.kind === 'audio' ? 'audio' : autoChoice(shape.quality));
      const title = (job.options.title as string | undefined) ?? info?.title ?? 'video';
      const { selector, audioOnly } = formatSelector(choice, maxBytes, job.language);
      const subs =
        !audioOnly && shape.subs && info ? pickSubtitles(info, shape.subs, job.language) : undefined;
      const got = await deps.ytdlp.download(
        job.url,
        dir,
        {
          selector,
          audioOnly,
          maxBytes,
          section: shape.section,
          subs,
          // mp3 stays mp3 (no second lossy encode); otherwise m4a unless the user's setting says mp3.
          audioFormat: shape.audioFormat ?? (info?.ext === 'mp3' ? 'mp3' : 'm4a'),
          info,
        },
        io.signal,
        ytdlpProgress(io),
      );
      const done = audioOnly
        ? { file: got.file, subtitles: [], notes: [] }
        : await finishVideo(deps, io, got, shape);
      const size = (await stat(done.file)).size;
      if (size > maxBytes)
        throw new JobFailure('format', 'no format fits the size limit', { size, limit: maxBytes });
      const media: LocalFile = {
        file: done.file,
        filename: sanitizeFilename(`${title}${path.extname(done.file)}`),
        size,
        meta: { title, performer: audioOnly ? (info?.artist ?? info?.uploader) : undefined },
        picture: got.thumbnail,
      };
      const srts = await Promise.all(done.subtitles.map((srt) => subtitleFile(srt, title)));
      const list = youtubeListOf(job.url);
      return {
        files: [media, ...srts],
        notes: done.notes,
        offers: [
          ...(list ? [listQuestion(list, job.options)] : []),
          ...(!audioOnly && info ? [moreQuestion(job, info)] : []),
        ],
      };
    },
  };
}

async function subtitleFile(srt: string, title: string): Promise<LocalFile> {
  const lang = /\.([\w-]+)\.srt$/.exec(srt)?.[1] ?? 'subs';
  return {
    file: srt,
    filename: sanitizeFilename(`${title}.${lang}.srt`),
    size: (await stat(srt)).size,
    asDocument: { mime: 'application/x-subrip', ext: 'srt' },
  };
}

/** "Which quality?": each format that fits, audio only, the best; the answer fetches that one. */
export function qualityQuestion(info: VideoInfo, limit: number): Question {
  const options = qualityOptions(info, limit);
  if (!options.length) throw new JobFailure('format', 'no format fits', { limit });
  const title = info.title ?? '';
  return {
    kind: 'quality',
    text: { key: 'quality-ask', args: { title } },
    choices: options.map((o) => {
      const size = o.size ? ` · ${formatBytes(o.size)}` : '';
      const named = o.id === 'audio' ? 'quality-audio' : o.id === 'best' ? 'quality-best' : undefined;
      return {
        label: named ? { key: named, suffix: size } : { text: `${o.label}${size}` },
        answer: { job: { format: o.id, title } },
        done: 'quality-chosen',
      };
    }),
    ttlMs: CHOICE_TTL_MS,
  };
}
