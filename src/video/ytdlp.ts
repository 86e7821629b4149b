import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ResultPromise } from 'execa';
import type { CookiePool } from '../cookies/cookie-pool.js';
import { type FailureKind, JobFailure } from '../pipeline/types.js';
import { type SiteSettings, siteOf } from '../sites/sites.js';
import { classifyError, isAuthFailure, lastErrorLine } from './ytdlp-errors.js';
import { supportsJsRuntimes } from './ytdlp-version.js';

/**
 * yt-dlp as a child process: never through a shell, the URL after `--` so no link can become an
 * option, its whole process group (ffmpeg included) killed on cancel and timeout, stderr kept
 * to explain failures, progress read from JSON lines.
 */
export interface YtdlpOptions {
  /** The binary in use and its version (the managed release, or the system's); read on every run. */
  binary: () => { path: string; version?: string };
  /** Our own Node, given to yt-dlp as its JavaScript runtime (YouTube's challenges) when it knows the option. */
  nodePath: string;
  ffmpegPath?: string;
  probeTimeoutMs: number;
  downloadTimeoutMs: number;
  /** Proxy for everything yt-dlp fetches: the guard proxy, or PROXY_URL when allowed. */
  proxy?: string;
  cookieHeader?: string;
  /** Cookies files per site, used in turn (see withCookies). */
  cookies?: CookiePool;
  /** A bgutil PO-token HTTP provider, handed to its yt-dlp plugin. */
  potProviderUrl?: string;
  env: Record<string, string>;
  /** A link met a login or bot check and no cookies got past it. */
  onAuthExhausted?: (site: SiteSettings, kind: FailureKind) => void;
  /** A site's extractor failed the way an outdated yt-dlp does. */
  onExtractorBroken?: () => void;
}

interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface VideoFormat {
  format_id: string;
  ext?: string;
  height?: number | null;
  width?: number | null;
  vcodec?: string;
  acodec?: string;
  filesize?: number | null;
  filesize_approx?: number | null;
  tbr?: number | null;
}

export interface VideoInfo {
  /** `playlist` when the page holds several items (then `entries`). */
  _type?: string;
  entries?: (VideoInfo | null)[];
  title?: string;
  duration?: number;
  extractor?: string;
  ext?: string;
  width?: number;
  height?: number;
  formats?: VideoFormat[];
  filesize?: number | null;
  filesize_approx?: number | null;
}

export interface YtdlpProgress {
  status?: string;
  downloaded_bytes?: number;
  total_bytes?: number | null;
  total_bytes_estimate?: number | null;
  speed?: number | null;
  fragment_index?: number;
  fragment_count?: number;
}

const PROGRESS_PREFIX = 'PISHTAZ-PROGRESS ';

export function createYtdlp(opts: YtdlpOptions) {
  function baseArgs(site: SiteSettings, version: string | undefined): string[] {
    const args = [
      '--no-playlist',
      '--no-warnings',
      '--ignore-config',
      '--no-cache-dir',
      '--socket-timeout',
      '20',
    ];
    if (opts.proxy) args.push('--proxy', opts.proxy);
    if (supportsJsRuntimes(version)) args.push('--js-runtimes', `node:${opts.nodePath}`);
    if (opts.potProviderUrl)
      args.push('--extractor-args', `youtubepot-bgutilhttp:base_url=${opts.potProviderUrl}`);
    if (opts.cookieHeader) args.push('--add-header', `Cookie:${opts.cookieHeader}`);
    for (const [name, value] of Object.entries(site.headers ?? {}))
      args.push('--add-header', `${name}:${value}`);
    // A bare name is looked up on PATH by yt-dlp itself; --ffmpeg-location wants a real path.
    if (opts.ffmpegPath?.includes('/')) args.push('--ffmpeg-location', opts.ffmpegPath);
    return args;
  }

  async function run(
    args: string[],
    signal: AbortSignal,
    timeoutMs: number,
    onLine?: (line: string) => void,
  ): Promise<RunResult> {
    const { execa } = await import('execa');
    const child = execa(opts.binary().path, args, {
      detached: true,
      reject: false,
      stdin: 'ignore',
      buffer: { stdout: !onLine, stderr: true },
      maxBuffer: 64 * 1024 * 1024,
      // Only what yt-dlp needs: the bot token and other secrets stay in this process.
      extendEnv: false,
      env: { ...opts.env, PYTHONUNBUFFERED: '1' },
    });
    return supervise(child, signal, timeoutMs, onLine);
  }

  /**
   * Runs yt-dlp for a link with the site's cookies files in turn: one that meets a login or bot
   * check is set aside and the next tried; then, where the site allows, once without cookies
   * (stale cookies can be worse than none). When nothing got past, the admins hear of it.
   */
  async function withCookies(
    url: string,
    attempt: (args: string[]) => Promise<RunResult>,
  ): Promise<RunResult> {
    const site = siteOf(url);
    const { version } = opts.binary();
    const base = baseArgs(site, version);
    const files = (await opts.cookies?.usableFor(site)) ?? [];
    let r: RunResult | undefined;
    for (const f of files) {
      r = await attempt([...base, '--cookies', f.path]);
      if (r.exitCode === 0) {
        await opts.cookies?.succeeded(f.id);
        return r;
      }
      if (!isAuthFailure(classifyError(r.stderr))) return r;
      await opts.cookies?.setAside(f.id);
    }
    if (!r || site.retryWithoutCookies) r = await attempt(base);
    if (r.exitCode !== 0) {
      const kind = classifyError(r.stderr);
      if (isAuthFailure(kind)) opts.onAuthExhausted?.(site, kind);
      if (kind === 'extractor-broken') opts.onExtractorBroken?.();
    }
    return r;
  }

  return {
    /** Metadata only (-J): undefined when yt-dlp finds no media at this URL. */
    async probe(url: string, signal: AbortSignal): Promise<VideoInfo | undefined> {
      const r = await withCookies(url, (base) =>
        run([...base, '-J', '--', url], signal, opts.probeTimeoutMs),
      );
      if (r.exitCode === 0) return JSON.parse(r.stdout) as VideoInfo;
      const kind = classifyError(r.stderr);
      if (kind === 'unsupported') return undefined;
      throw new JobFailure(kind, lastErrorLine(r.stderr));
    },

    /** Downloads with a format selector into `dir`; returns the produced file. */
    async download(
      url: string,
      dir: string,
      format: { selector: string; audioOnly?: boolean; maxBytes: number; item?: number },
      signal: AbortSignal,
      onProgress: (p: YtdlpProgress) => void,
    ): Promise<string> {
      const args = [
        '-f',
        format.selector,
        '--max-filesize',
        String(format.maxBytes),
        '--newline',
        '--progress-template',
        `download:${PROGRESS_PREFIX}%(progress)j`,
        '-o',
        path.join(dir, 'media.%(ext)s'),
      ];
      const sort = siteOf(url).formatSort;
      if (sort) args.push('-S', sort);
      // One item of a page with several (1-based), never the whole list.
      if (format.item !== undefined) args.push('--playlist-items', String(format.item + 1));
      if (format.audioOnly) args.push('-x', '--audio-format', 'm4a');
      else args.push('--merge-output-format', 'mp4', '--remux-video', 'mp4');
      args.push('--', url);
      const onLine = (line: string) => {
        if (line.startsWith(PROGRESS_PREFIX)) {
          try {
            onProgress(JSON.parse(line.slice(PROGRESS_PREFIX.length)) as YtdlpProgress);
          } catch {
            /* a torn line: the next one will do */
          }
        } else if (/^\[(Merger|VideoRemuxer)\]/.test(line)) onProgress({ status: 'merging' });
        else if (/^\[(ExtractAudio|VideoConvertor)\]/.test(line)) onProgress({ status: 'converting' });
      };
      const r = await withCookies(url, (base) =>
        run([...base, ...args], signal, opts.downloadTimeoutMs, onLine),
      );
      if (r.exitCode !== 0) throw new JobFailure(classifyError(r.stderr), lastErrorLine(r.stderr));
      const produced = (await readdir(dir)).filter(
        (f) => f.startsWith('media.') && !/\.(part|ytdl|temp)$/.test(f),
      );
      if (
        /max-filesize|File is larger than max-filesize/i.test(r.stdout + r.stderr) ||
        produced.length === 0
      ) {
        throw new JobFailure('format', 'no format fits the size limit', { limit: format.maxBytes });
      }
      return path.join(dir, produced.sort()[0]!);
    },
  };
}

export type Ytdlp = ReturnType<typeof createYtdlp>;

/** Kills the whole process group on cancel or timeout and resolves with what it printed. */
async function supervise(
  child: ResultPromise,
  signal: AbortSignal,
  timeoutMs: number,
  onLine?: (line: string) => void,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let timedOut = false;
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, timeoutMs);
  if (signal.aborted) killGroup();
  else signal.addEventListener('abort', killGroup, { once: true });
  if (onLine && child.stdout) {
    let rest = '';
    child.stdout.on('data', (d: Buffer) => {
      const lines = (rest + d.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) onLine(l.trim());
    });
  }
  try {
    const r = await child;
    if (signal.aborted) throw new JobFailure('cancelled', 'cancelled');
    if (timedOut) throw new JobFailure('timeout', 'yt-dlp took too long');
    if ((r as { code?: string }).code === 'ENOENT')
      throw new JobFailure('tool-missing', 'yt-dlp is not installed');
    return { exitCode: r.exitCode ?? 1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', killGroup);
    killGroup();
  }
}
