import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ResultPromise } from 'execa';
import { type FailureKind, JobFailure } from '../pipeline/types.js';

/**
 * yt-dlp as a child process: never through a shell, the URL after `--` so no link can become an
 * option, its whole process group (ffmpeg included) killed on cancel and timeout, stderr kept
 * to explain failures, progress read from JSON lines.
 */
export interface YtdlpOptions {
  path: string;
  ffmpegPath?: string;
  probeTimeoutMs: number;
  downloadTimeoutMs: number;
  /** Proxy for everything yt-dlp fetches: the guard proxy, or PROXY_URL when allowed. */
  proxy?: string;
  cookiesFile?: string;
  cookieHeader?: string;
  env: Record<string, string>;
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
  function baseArgs(): string[] {
    const args = [
      '--no-playlist',
      '--no-warnings',
      '--ignore-config',
      '--no-cache-dir',
      '--socket-timeout',
      '20',
    ];
    if (opts.proxy) args.push('--proxy', opts.proxy);
    if (opts.cookiesFile) args.push('--cookies', opts.cookiesFile);
    if (opts.cookieHeader) args.push('--add-header', `Cookie:${opts.cookieHeader}`);
    // A bare name is looked up on PATH by yt-dlp itself; --ffmpeg-location wants a real path.
    if (opts.ffmpegPath?.includes('/')) args.push('--ffmpeg-location', opts.ffmpegPath);
    return args;
  }

  async function run(
    args: string[],
    signal: AbortSignal,
    timeoutMs: number,
    onLine?: (line: string) => void,
  ) {
    const { execa } = await import('execa');
    const child = execa(opts.path, args, {
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

  return {
    /** Metadata only (-J): undefined when yt-dlp finds no media at this URL. */
    async probe(url: string, signal: AbortSignal): Promise<VideoInfo | undefined> {
      const r = await run([...baseArgs(), '-J', '--', url], signal, opts.probeTimeoutMs);
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
        ...baseArgs(),
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
      // One item of a page with several (1-based), never the whole list.
      if (format.item !== undefined) args.push('--playlist-items', String(format.item + 1));
      if (format.audioOnly) args.push('-x', '--audio-format', 'm4a');
      else args.push('--merge-output-format', 'mp4', '--remux-video', 'mp4');
      args.push('--', url);
      const r = await run(args, signal, opts.downloadTimeoutMs, (line) => {
        if (line.startsWith(PROGRESS_PREFIX)) {
          try {
            onProgress(JSON.parse(line.slice(PROGRESS_PREFIX.length)) as YtdlpProgress);
          } catch {
            /* a torn line: the next one will do */
          }
        } else if (/^\[(Merger|VideoRemuxer)\]/.test(line)) onProgress({ status: 'merging' });
        else if (/^\[(ExtractAudio|VideoConvertor)\]/.test(line)) onProgress({ status: 'converting' });
      });
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

export function classifyError(stderr: string): FailureKind {
  const s = stderr.toLowerCase();
  if (/unsupported url|no video formats found|unable to extract|is not a valid url/.test(s))
    return 'unsupported';
  if (/private video|video unavailable|has been removed|does not exist|not found|404/.test(s))
    return 'private';
  if (/available in your country|geo.?restrict|geo.?block/.test(s)) return 'geo';
  if (/sign in|login|log in|confirm you.re not a bot|cookies|age.?restrict/.test(s)) return 'login';
  if (/requested format is not available|format not available/.test(s)) return 'format';
  if (/timed out|timeout/.test(s)) return 'timeout';
  if (/403|forbidden|blocked/.test(s)) return 'guard';
  return 'network';
}

function lastErrorLine(stderr: string): string {
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => /error/i.test(l));
  return (lines.at(-1) ?? stderr.trim().split('\n').at(-1) ?? 'yt-dlp failed').slice(0, 300);
}
