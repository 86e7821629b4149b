import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFilename } from '../download/filename.js';
import { JobFailure, type LocalFile } from '../pipeline/types.js';
import type { Source } from './source.js';
import { isPage } from './ytdlp-source.js';

const TIMEOUT_MS = 10 * 60_000;

/**
 * Gallery pages (pictures yt-dlp does not see) through gallery-dl: after yt-dlp found nothing,
 * before the page itself would be downloaded. Same limits as yt-dlp: every request through the
 * guard proxy, at most `maxItems` files of at most the delivery limit each, the URL after `--`,
 * no config files; finds nothing (undefined) when gallery-dl gets no file.
 */
export function createGalleryDlSource(deps: {
  path: string;
  proxy: string;
  maxItems: number;
  env: Record<string, string>;
}): Source {
  return {
    name: 'gallery-dl',
    accepts: ({ job, head }) => job.kind !== 'pdf' && isPage(job.url, head?.contentType, head === undefined),
    async fetch({ job, dir, maxBytes }, io) {
      const out = path.join(dir, 'gallery');
      await mkdir(out, { recursive: true });
      const { execa } = await import('execa');
      await execa(
        deps.path,
        [
          '--ignore-config',
          '--quiet',
          '-o',
          'extractor.generic.enabled=true',
          '--proxy',
          deps.proxy,
          '--range',
          `1-${deps.maxItems}`,
          '--filesize-max',
          String(maxBytes),
          '-D',
          out,
          '--',
          job.url,
        ],
        {
          reject: false,
          stdin: 'ignore',
          timeout: TIMEOUT_MS,
          cancelSignal: io.signal,
          forceKillAfterDelay: 2000,
          extendEnv: false,
          env: deps.env,
        },
      );
      if (io.signal.aborted) throw new JobFailure('cancelled', 'cancelled');
      const names = (await readdir(out)).filter((n) => !/\.part$/.test(n)).sort();
      const files: LocalFile[] = [];
      for (const name of names.slice(0, deps.maxItems)) {
        const file = path.join(out, name);
        const { size } = await stat(file);
        if (size > 0 && size <= maxBytes) files.push({ file, filename: sanitizeFilename(name), size });
      }
      if (!files.length) {
        await rm(out, { recursive: true, force: true });
        return undefined;
      }
      io.touch();
      // Some pictures may have failed (exit code non-zero) while others landed: send those.
      return { files };
    },
  };
}
