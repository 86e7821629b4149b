import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Api, InlineKeyboard } from 'grammy';
import { formatBytes } from '../bot/format.js';
import type { Translator } from '../bot/i18n.js';
import { callbackData } from '../callbacks/callback-data.js';
import { deliverFile } from '../delivery/deliver-file.js';
import { sanitizeFilename } from '../download/filename.js';
import { fetchLimit, type PipelineDeps } from '../jobs/fetch-and-deliver.js';
import { createRateMeter } from '../jobs/status-text.js';
import { type Delivered, JobFailure, type JobIO } from '../pipeline/types.js';
import type { JobRecord, KvRepo, QualitySetting } from '../storage/types.js';
import { autoChoice, formatSelector, qualityOptions } from './formats.js';
import type { VideoInfo, Ytdlp } from './ytdlp.js';

/** How long a quality keyboard stays answerable. */
export const CHOICE_TTL_MS = 10 * 60_000;

export interface VideoDeps {
  ytdlp: Ytdlp;
  api: Api;
  t: Translator;
  kv: KvRepo;
}

/**
 * The video-site path: yt-dlp metadata, a format within the limits (or the user's choice),
 * progress from yt-dlp's JSON lines, and the same upload as direct files with title,
 * duration, size and a thumbnail. Returns undefined when yt-dlp finds no media.
 */
export function createVideoPipeline(deps: VideoDeps, pipeline: () => PipelineDeps) {
  return async (job: JobRecord, io: JobIO): Promise<Delivered | undefined> => {
    const p = pipeline();
    const limit = fetchLimit(p);
    let title = job.options.title as string | undefined;
    let choice = job.options.format as string | undefined;
    if (!choice) {
      const info = await deps.ytdlp.probe(job.url, io.signal);
      if (!info) return undefined;
      title = info.title;
      if ((job.options.quality as QualitySetting | undefined) === 'ask')
        return offerChoice(deps, job, info, limit);
      choice = autoChoice(job.options.quality as QualitySetting | undefined);
    }

    const dir = path.join(p.tmpDir, `job-${job.id}`);
    await mkdir(dir, { recursive: true });
    const rate = createRateMeter();
    const { selector, audioOnly } = formatSelector(choice, limit);
    const file = await deps.ytdlp.download(
      job.url,
      dir,
      { selector, audioOnly, maxBytes: limit },
      io.signal,
      (pr) => {
        io.touch();
        if (pr.status === 'merging' || pr.status === 'converting')
          return io.report({ phase: 'processing', step: pr.status });
        const done = pr.downloaded_bytes ?? 0;
        io.report({
          phase: 'downloading',
          done,
          total: pr.total_bytes ?? pr.total_bytes_estimate ?? undefined,
          speed: pr.speed ?? rate(done),
        });
      },
    );
    const size = (await stat(file)).size;
    if (size > limit) throw new JobFailure('format', 'no format fits the size limit', { size, limit });
    const name = sanitizeFilename(`${title ?? 'video'}${path.extname(file)}`);
    const sent = await deliverFile(p, job, io, { file, filename: name, size, meta: { title } });
    return { size, sent };
  };
}

async function offerChoice(
  deps: VideoDeps,
  job: JobRecord,
  info: VideoInfo,
  limit: number,
): Promise<Delivered> {
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
  await deps.kv.set(`offer:${job.id}`, JSON.stringify({ title: info.title ?? '' }));
  const msg = await deps.api.sendMessage(
    job.chatId,
    deps.t(job.language, 'quality-ask', { title: info.title ?? '' }),
    {
      reply_markup: kb,
    },
  );
  const expire = setTimeout(() => {
    deps.api
      .editMessageText(job.chatId, msg.message_id, deps.t(job.language, 'quality-expired'))
      .catch(() => {});
  }, CHOICE_TTL_MS);
  expire.unref();
  return {
    size: null,
    sent: { method: 'offer', fileId: '', messageId: msg.message_id },
    awaitingChoice: true,
  };
}
