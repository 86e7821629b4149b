import { stat } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import { formatBytes } from '../i18n/format.js';
import { CHOICE_TTL_MS, type Question } from '../pipeline/question.js';
import { JobFailure } from '../pipeline/types.js';
import type { QualitySetting } from '../storage/types.js';
import { autoChoice, formatSelector, qualityOptions } from '../video/formats.js';
import type { VideoInfo, Ytdlp } from '../video/ytdlp.js';
import type { Source, SourceOutcome } from './source.js';
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
}

/**
 * Video pages through yt-dlp: metadata, a format within the limits (or the user's choice from a
 * keyboard), progress from yt-dlp's JSON lines. Finds nothing (undefined) when the page has no
 * media, so the next source downloads the page itself.
 */
export function createYtdlpSource(deps: YtdlpSourceDeps & YtdlpSourceOptions): Source {
  return {
    name: 'yt-dlp',
    accepts: ({ job, head }) =>
      deps.available() &&
      (Boolean(job.options.format) || isPage(job.url, head?.contentType, head === undefined)),
    async fetch(probe, io): Promise<SourceOutcome | undefined> {
      const { job, dir, maxBytes } = probe;
      let title = job.options.title as string | undefined;
      let choice = job.options.format as string | undefined;
      if (!choice) {
        const info = await deps.ytdlp.probe(job.url, dir, io.signal);
        if (!info) return undefined;
        if (itemsOf(info).length > 1) return fetchItems(deps, probe, io, info);
        title = info.title;
        if ((job.options.quality as QualitySetting | undefined) === 'ask')
          return { question: qualityQuestion(info, maxBytes) };
        choice = autoChoice(job.options.quality as QualitySetting | undefined);
      }
      const { selector, audioOnly } = formatSelector(choice, maxBytes);
      const file = await deps.ytdlp.download(
        job.url,
        dir,
        { selector, audioOnly, maxBytes },
        io.signal,
        ytdlpProgress(io),
      );
      const size = (await stat(file)).size;
      if (size > maxBytes)
        throw new JobFailure('format', 'no format fits the size limit', { size, limit: maxBytes });
      const filename = sanitizeFilename(`${title ?? 'video'}${path.extname(file)}`);
      const list = youtubeListOf(job.url);
      return {
        files: [{ file, filename, size, meta: { title } }],
        offers: list ? [listQuestion(list, job.options)] : [],
      };
    },
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
