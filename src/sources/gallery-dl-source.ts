import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import { JobFailure, type JobIO, type LocalFile } from '../pipeline/types.js';
import { runTool } from '../tools/run-tool.js';
import { boundedBy } from '../video/bounded-run.js';
import type { Source } from './source.js';
import { ALBUM_SIZE, howManyQuestion } from './ytdlp-items.js';
import { isPage } from './ytdlp-source.js';

const TIMEOUT_MS = 10 * 60_000;

/**
 * Gallery pages (pictures yt-dlp does not see) through gallery-dl: after yt-dlp found nothing,
 * before the page itself would be downloaded. Same limits as yt-dlp: every request through the
 * guard proxy, at most `maxItems` files of at most the delivery limit each, more than an album's
 * worth asked about first, the URL after `--`, no config files. Finds nothing (undefined) when
 * gallery-dl lists no file.
 */
export function createGalleryDlSource(deps: {
  path: string;
  proxy: string;
  maxItems: number;
  /** What all the files of one job may take together (JOB_MAX_TOTAL_MB). */
  maxTotalBytes: number;
}): Source {
  async function run(args: string[], url: string, io: JobIO, bound?: ReturnType<typeof boundedBy>) {
    const common = ['--ignore-config', '-o', 'extractor.generic.enabled=true', '--proxy', deps.proxy];
    const r = await runTool(deps.path, {
      args: [...common, ...args, '--', url],
      timeoutMs: TIMEOUT_MS,
      signal: io.signal,
      // A long gallery is work, not a wedged job; the bound stops it at the limit.
      tick: {
        everyMs: 1000,
        run: async (stop) => {
          io.touch();
          await bound?.tick.run(stop);
        },
      },
    });
    if (r.ended === 'cancelled') throw new JobFailure('cancelled', 'cancelled');
    if (r.ended === 'timeout') throw new JobFailure('timeout', 'gallery-dl took too long');
    if (r.ended === 'missing') throw new JobFailure('tool-missing', 'gallery-dl is not installed');
    bound?.throwIfStopped(r);
    return r.stdout;
  }

  return {
    name: 'gallery-dl',
    accepts: ({ job, head }) => job.kind !== 'pdf' && isPage(job.url, head?.contentType, head === undefined),
    async fetch({ job, dir, maxBytes }, io) {
      const wanted = job.options.items as 'all' | 'first' | undefined;
      if (!wanted) {
        // Listing costs one page fetch: the count decides between an album and the question.
        const listed = (await run(['-g', '--range', `1-${deps.maxItems}`], job.url, io))
          .split('\n')
          .filter((l) => /^https?:\/\//.test(l));
        if (!listed.length) return undefined;
        if (listed.length > ALBUM_SIZE)
          return { question: howManyQuestion({ count: listed.length, title: '' }, deps.maxTotalBytes) };
      }
      const limit = wanted === 'first' ? ALBUM_SIZE : deps.maxItems;
      const out = path.join(dir, 'gallery');
      await mkdir(out, { recursive: true });
      io.touch();
      // Numbered names keep the page's order.
      await run(
        [
          '--quiet',
          '--range',
          `1-${limit}`,
          '--filesize-max',
          String(maxBytes),
          '-f',
          '{num:>03}-{filename}.{extension}',
          '-D',
          out,
        ],
        job.url,
        io,
        boundedBy(out, { perFile: maxBytes, total: Math.min(deps.maxTotalBytes, limit * maxBytes) }),
      );
      const files: LocalFile[] = [];
      for (const name of (await readdir(out)).filter((n) => !n.endsWith('.part')).sort()) {
        const file = path.join(out, name);
        const { size } = await stat(file);
        if (size > 0 && size <= maxBytes) files.push({ file, filename: sanitizeFilename(name), size });
      }
      if (!files.length) {
        await rm(out, { recursive: true, force: true });
        return undefined;
      }
      // Some pictures may have failed while others landed: those are sent.
      return { files: files.slice(0, limit) };
    },
  };
}
