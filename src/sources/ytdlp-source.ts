import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Api, InlineKeyboard } from 'grammy';
import { callbackData } from '../callbacks/callback-data.js';
import { sanitizeFilename } from '../download/filename.js';
import { formatBytes } from '../i18n/format.js';
import type { Translator } from '../i18n/i18n.js';
import { questionLedger } from '../pipeline/question-ledger.js';
import { replyTarget } from '../pipeline/reply-target.js';
import { JobFailure } from '../pipeline/types.js';
import type { JobRecord, KvRepo, QualitySetting } from '../storage/types.js';
import { autoChoice, formatSelector, qualityOptions } from '../video/formats.js';
import type { VideoInfo, Ytdlp } from '../video/ytdlp.js';
import type { Source, SourceOutcome } from './source.js';
import { youtubeListOf } from './youtube-list.js';
import { fetchItems, itemsOf } from './ytdlp-items.js';
import { ytdlpProgress } from './ytdlp-progress.js';

/** How long a quality keyboard stays answerable. */
export const CHOICE_TTL_MS = 10 * 60_000;

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
  api: Api;
  t: Translator;
  kv: KvRepo;
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
          return offerChoice(deps, job, info, maxBytes);
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
      return { files: [{ file, filename, size, meta: { title } }], offerList: youtubeListOf(job.url) };
    },
  };
}

async function offerChoice(
  deps: YtdlpSourceDeps,
  job: JobRecord,
  info: VideoInfo,
  limit: number,
): Promise<SourceOutcome> {
  const options = qualityOptions(info, limit);
  if (!options.length) throw new JobFailure('format', 'no format fits', { limit });
  const kb = new InlineKeyboard();
  for (const o of options) {
    const label =
      o.id === 'audio'
        ? deps.t(job.language, 'quality-audio')
        : o.id === 'best'
          ? deps.t(job.language, 'quality-best')
          : o.label;
    kb.text(
      `${label}${o.size ? ` · ${formatBytes(o.size)}` : ''}`,
      callbackData.quality.encode({ jobId: job.id, choice: o.id }),
    ).row();
  }
  await deps.kv.set(`offer:${job.id}`, JSON.stringify({ title: info.title ?? '' }), 2 * 86_400_000);
  const ledger = questionLedger(deps.kv);
  await ledger.asked(job.id, 'quality');
  const msg = await deps.api.sendMessage(
    job.chatId,
    deps.t(job.language, 'quality-ask', { title: info.title ?? '' }),
    { reply_markup: kb, ...replyTarget(job) },
  );
  const expire = setTimeout(async () => {
    if (await ledger.answered(job.id).catch(() => true)) return;
    deps.api
      .editMessageText(job.chatId, msg.message_id, deps.t(job.language, 'quality-expired'))
      .catch(() => {});
  }, CHOICE_TTL_MS);
  expire.unref();
  return { awaitingChoice: true };
}
