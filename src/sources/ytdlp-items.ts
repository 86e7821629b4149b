import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Api, InlineKeyboard } from 'grammy';
import { callbackData } from '../callbacks/callback-data.js';
import { sanitizeFilename } from '../download/filename.js';
import { formatBytes } from '../i18n/format.js';
import type { Translator } from '../i18n/i18n.js';
import { questionLedger } from '../pipeline/question-ledger.js';
import { replyTarget } from '../pipeline/reply-target.js';
import { failureKind, JobFailure, type JobIO, type LocalFile } from '../pipeline/types.js';
import type { KvRepo } from '../storage/types.js';
import { autoChoice, formatSelector } from '../video/formats.js';
import type { VideoInfo, Ytdlp } from '../video/ytdlp.js';
import type { AlbumReport, LinkProbe, SourceOutcome } from './source.js';
import { ytdlpProgress } from './ytdlp-progress.js';

interface ItemsDeps {
  ytdlp: Ytdlp;
  api: Api;
  t: Translator;
  kv: KvRepo;
  /** What all the items of one job may take together (JOB_MAX_TOTAL_MB). */
  maxTotalBytes: number;
}

/** Telegram's album size; more items than this are asked about first. */
export const ALBUM_SIZE = 10;

/** A page with several items (a post, a page with several videos, a playlist). */
export function itemsOf(info: VideoInfo): VideoInfo[] {
  return info._type === 'playlist' ? (info.entries ?? []).filter((e): e is VideoInfo => e !== null) : [];
}

/**
 * Fetches the items behind one link, one at a time, up to `maxItems`: more than an album's worth
 * is first put to the user (all, the first 10, or none). An item that fails does not fail the
 * others; the report says which failed and why.
 */
export async function fetchItems(
  deps: ItemsDeps & { maxItems: number },
  { job, dir, maxBytes }: LinkProbe,
  io: JobIO,
  info: VideoInfo,
): Promise<SourceOutcome> {
  const items = itemsOf(info).slice(0, deps.maxItems);
  const wanted = job.options.items as 'all' | 'first' | undefined;
  if (items.length > ALBUM_SIZE && !wanted) {
    const sizes = items.map((i) => i.filesize ?? i.filesize_approx ?? undefined);
    const known = sizes.every((size) => size !== undefined);
    return askHowMany(deps, job, {
      count: items.length,
      title: info.title ?? '',
      totalBytes: known ? sizes.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) : undefined,
    });
  }
  const count = wanted === 'first' ? Math.min(ALBUM_SIZE, items.length) : items.length;
  const { selector, audioOnly } = formatSelector(autoChoice(undefined), maxBytes);
  const files: LocalFile[] = [];
  const report: AlbumReport = { count, failed: [] };
  let used = 0;
  for (let index = 0; index < count; index++) {
    const itemDir = path.join(dir, `item-${index + 1}`);
    await mkdir(itemDir, { recursive: true });
    // All items together stay within JOB_MAX_TOTAL_MB: the last ones get what is left.
    const itemMax = Math.min(maxBytes, deps.maxTotalBytes - used);
    try {
      if (itemMax <= 0)
        throw new JobFailure('too-large', 'the job reached its total', { limit: deps.maxTotalBytes });
      const file = await deps.ytdlp.download(
        job.url,
        itemDir,
        { selector, audioOnly, maxBytes: itemMax, item: index },
        io.signal,
        ytdlpProgress(io, { index, count }),
      );
      const size = (await stat(file)).size;
      if (size > itemMax)
        throw new JobFailure('format', 'no format fits the size limit', { size, limit: itemMax });
      used += size;
      const title = items[index]?.title ?? info.title ?? 'item';
      files.push({
        file,
        filename: sanitizeFilename(`${title}${path.extname(file)}`),
        size,
        meta: { title },
      });
    } catch (err) {
      if (io.signal.aborted) throw err;
      report.failed.push({ index, kind: failureKind(err) });
    }
  }
  if (!files.length)
    throw new JobFailure(report.failed[0]?.kind ?? 'unsupported', 'no item could be fetched');
  return { files, album: report };
}

/** Puts "this link has N items" to the user: all, the first 10, or none (a follow-up job sends them). */
export async function askHowMany(
  deps: { api: Api; t: Translator; kv: KvRepo; maxTotalBytes: number },
  job: LinkProbe['job'],
  what: { count: number; title: string; totalBytes?: number },
): Promise<SourceOutcome> {
  const t = (key: string, args?: Record<string, string | number>) => deps.t(job.language, key, args);
  await questionLedger(deps.kv).asked(job.id, 'items');
  const kb = new InlineKeyboard()
    .text(t('items-all', { count: what.count }), callbackData.items.encode({ jobId: job.id, choice: 'all' }))
    .row()
    .text(
      t('items-first', { count: ALBUM_SIZE }),
      callbackData.items.encode({ jobId: job.id, choice: 'first' }),
    )
    .row()
    .text(t('items-none'), callbackData.items.encode({ jobId: job.id, choice: 'none' }));
  await deps.api.sendMessage(
    job.chatId,
    t('items-ask', {
      count: what.count,
      title: what.title,
      size: what.totalBytes ? formatBytes(what.totalBytes) : '?',
      cap: formatBytes(deps.maxTotalBytes),
    }),
    { reply_markup: kb, ...replyTarget(job) },
  );
  return { awaitingChoice: true };
}
