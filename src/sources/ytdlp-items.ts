import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import { formatBytes } from '../i18n/format.js';
import { CHOICE_TTL_MS, type Question } from '../pipeline/question.js';
import { failureKind, JobFailure, type JobIO, type LocalFile } from '../pipeline/types.js';
import { autoChoice, formatSelector } from '../video/formats.js';
import type { VideoInfo, Ytdlp } from '../video/ytdlp.js';
import { fetchPlainItem, type PlainItems, plainItemOf } from './plain-item.js';
import type { AlbumReport, LinkProbe, SourceOutcome } from './source.js';
import { ytdlpProgress } from './ytdlp-progress.js';

interface ItemsDeps {
  ytdlp: Ytdlp;
  /** What all the items of one job may take together (JOB_MAX_TOTAL_MB). */
  maxTotalBytes: number;
  /** Items that are plain files on the page are fetched with a GET, not a yt-dlp run each. */
  plain?: PlainItems;
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
    const question = howManyQuestion(
      {
        count: items.length,
        title: info.title ?? '',
        totalBytes: known ? sizes.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) : undefined,
      },
      deps.maxTotalBytes,
    );
    return { question };
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
      const plain = plainItemOf(items[index]!);
      const file =
        plain && deps.plain && (await deps.plain.allowed(job.url, plain.url))
          ? await fetchPlainItem(deps.plain.downloader, plain, itemDir, itemMax, io, { index, count })
          : (
              await deps.ytdlp.download(
                job.url,
                itemDir,
                { selector, audioOnly, maxBytes: itemMax, info: items[index] },
                io.signal,
                ytdlpProgress(io, { index, count }),
              )
            ).file;
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

/** "This link has N items": all, the first 10, or none; the answer starts a job for them. */
export function howManyQuestion(
  what: { count: number; title: string; totalBytes?: number },
  maxTotalBytes: number,
): Question {
  return {
    kind: 'items',
    text: {
      key: 'items-ask',
      args: {
        count: what.count,
        title: what.title,
        size: what.totalBytes ? formatBytes(what.totalBytes) : '?',
        cap: formatBytes(maxTotalBytes),
      },
    },
    choices: [
      {
        label: { key: 'items-all', args: { count: what.count } },
        answer: { job: { items: 'all' } },
        done: 'items-chosen',
      },
      {
        label: { key: 'items-first', args: { count: ALBUM_SIZE } },
        answer: { job: { items: 'first' } },
        done: 'items-chosen',
      },
      { label: { key: 'items-none' }, answer: { decline: true }, done: 'items-declined' },
    ],
    ttlMs: CHOICE_TTL_MS,
  };
}
