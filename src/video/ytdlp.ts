import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CookiePool } from '../cookies/cookie-pool.js';
import { metrics } from '../metrics/metrics.js';
import { type FailureKind, JobFailure } from '../pipeline/types.js';
import { type SiteSettings, siteOf } from '../sites/sites.js';
import { runTool, type ToolCall, type ToolResult } from '../tools/run-tool.js';
import { boundedBy } from './bounded-run.js';
import { classifyError, isAuthFailure, lastErrorLine } from './ytdlp-errors.js';
import { supportsJsRuntimes } from './ytdlp-version.js';

/**
 * yt-dlp as a child process (tools/run-tool.ts): never through a shell, the URL after `--` so no
 * link can become an option, its whole process group (ffmpeg included) killed on cancel, timeout
 * or when the job's folder passes the limit, its metadata read within a bound, stderr kept to
 * explain failures, progress read from JSON lines. Cookies reach it only as a copy of a cookies
 * file, bound to their domains.
 */
export interface YtdlpOptions {
  /** The binary in use and its version (the managed release, or the system's); read on every run. */
  binary: () => Promise<{ path: string; version?: string }>;
  /** Our own Node, given to yt-dlp as its JavaScript runtime (YouTube's challenges) when it knows the option. */
  nodePath: string;
  ffmpegPath?: string;
  probeTimeoutMs: number;
  downloadTimeoutMs: number;
  /** Proxy for everything yt-dlp fetches: its guard proxy (the operator's proxy behind it, if any). */
  proxy?: string;
  /** Cookies files per site (YTDLP_COOKIE_HEADER among them), used in turn (see withCookies). */
  cookies?: CookiePool;
  /** A bgutil PO-token HTTP provider, handed to its yt-dlp plugin. */
  potProviderUrl?: string;
  /** A link met a login or bot check and no cookies got past it. */
  onAuthExhausted?: (site: SiteSettings, kind: FailureKind) => void;
  /** A site's extractor failed the way an outdated yt-dlp does. */
  onExtractorBroken?: () => void;
}

/** What -J may print at most: a page's metadata, never a worker's heap. */
export const MAX_METADATA_BYTES = 8 * 1024 * 1024;

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
  url?: string;
  /** How yt-dlp would fetch it: `http`/`https` for one plain file, else m3u8, dash, … */
  protocol?: string;
  http_headers?: Record<string, string>;
}

/** A page's subtitles per language (yt-dlp's `subtitles` and `automatic_captions`). */
export type SubtitleTracks = Record<string, { ext?: string; url?: string }[]>;

export interface VideoInfo {
  /** `playlist` when the page holds several items (then `entries`). */
  _type?: string;
  entries?: (VideoInfo | null)[];
  title?: string;
  duration?: number;
  extractor?: string;
  ext?: string;
  url?: string;
  protocol?: string;
  http_headers?: Record<string, string>;
  width?: number;
  height?: number;
  formats?: VideoFormat[];
  filesize?: number | null;
  filesize_approx?: number | null;
  subtitles?: SubtitleTracks;
  automatic_captions?: SubtitleTracks;
  thumbnail?: string;
  uploader?: string;
  artist?: string;
  album?: string;
}

/** What a download asks of yt-dlp beyond the format. */
export interface DownloadRequest {
  selector: string;
  audioOnly?: boolean;
  maxBytes: number;
  /**
   * The video (or one item of a page with several) as the probe found it: downloaded from that
   * (`--load-info-json`), so the page is not extracted a second time (or again for each item).
   */
  info?: VideoInfo;
  /** Only this part, in seconds: yt-dlp fetches just its range where the format allows. */
  section?: { start: number; end: number };
  /** Subtitles written as .srt beside the media: these languages, manual ones or automatic. */
  subs?: { langs: string[]; automatic: boolean };
  /** Audio: this format, with the page's tags and picture embedded (the picture also kept). */
  audioFormat?: 'm4a' | 'mp3';
}

/** The files a download made: the media, its subtitles, the picture written for it. */
export interface Downloaded {
  file: string;
  subtitles: string[];
  thumbnail?: string;
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
    for (const [name, value] of Object.entries(site.headers ?? {}))
      args.push('--add-header', `${name}:${value}`);
    // A bare name is looked up on PATH by yt-dlp itself; --ffmpeg-location wants a real path.
    if (opts.ffmpegPath?.includes('/')) args.push('--ffmpeg-location', opts.ffmpegPath);
    return args;
  }

  async function run(args: string[], call: Omit<ToolCall, 'args'>, what: string): Promise<ToolResult> {
    const { path: binary } = await opts.binary();
    const r = await runTool(binary, { ...call, args, env: { PYTHONUNBUFFERED: '1' } });
    if (r.ended === 'cancelled') throw new JobFailure('cancelled', 'cancelled');
    if (r.ended === 'timeout') throw new JobFailure('timeout', `yt-dlp took too long (${what})`);
    if (r.ended === 'missing') throw new JobFailure('tool-missing', 'yt-dlp is not installed');
    if (r.ended === 'output-too-large')
      throw new JobFailure('page-too-large', "the page's metadata is too large");
    return r;
  }

  /**
   * Runs yt-dlp for a link with the site's cookies files in turn (each as a copy in `dir`): one
   * that meets a login or bot check is set aside and the next tried; then, where the site allows,
   * once without cookies (stale cookies can be worse than none). When nothing got past, the
   * admins hear of it.
   */
  async function withCookies(
    url: string,
    dir: string,
    attempt: (args: string[]) => Promise<ToolResult>,
  ): Promise<ToolResult> {
    const site = siteOf(url);
    const { version } = await opts.binary();
    const base = baseArgs(site, version);
    const files = (await opts.cookies?.usableFor(site)) ?? [];
    let r: ToolResult | undefined;
    for (const f of files) {
      const copy = await opts.cookies!.copyFor(f, dir);
      try {
        r = await attempt([...base, '--cookies', copy]);
      } finally {
        await rm(copy, { force: true });
      }
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
      metrics.ytdlpFailure(kind);
      if (isAuthFailure(kind)) opts.onAuthExhausted?.(site, kind);
      if (kind === 'extractor-broken') opts.onExtractorBroken?.();
    }
    return r;
  }

  return {
    /** Metadata only (-J, at most MAX_METADATA_BYTES): undefined when yt-dlp finds no media here. */
    async probe(url: string, dir: string, signal: AbortSignal): Promise<VideoInfo | undefined> {
      const r = await withCookies(url, dir, (base) =>
        run(
          [...base, '-J', '--', url],
          { signal, timeoutMs: opts.probeTimeoutMs, maxStdoutBytes: MAX_METADATA_BYTES },
          'metadata',
        ),
      );
      if (r.exitCode === 0) return JSON.parse(r.stdout) as VideoInfo;
      const kind = classifyError(r.stderr);
      if (kind === 'unsupported') return undefined;
      throw new JobFailure(kind, lastErrorLine(r.stderr));
    },

    /**
     * Downloads with a format selector into `dir`; returns the produced file. Stopped, with a
     * `too-large` failure, as soon as the folder or the reported bytes pass `maxBytes`: yt-dlp's
     * own --max-filesize cannot see a file without a Content-Length, fragments or a live stream.
     */
    async download(
      url: string,
      dir: string,
      format: DownloadRequest,
      signal: AbortSignal,
      onProgress: (p: YtdlpProgress) => void,
    ): Promise<Downloaded> {
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
      if (format.audioOnly)
        args.push(
          ...['-x', '--audio-format', format.audioFormat ?? 'm4a', '--embed-metadata', '--embed-thumbnail'],
          ...['--write-thumbnail', '--convert-thumbnails', 'jpg'],
        );
      else args.push('--merge-output-format', 'mp4', '--remux-video', 'mp4');
      if (format.section) args.push('--download-sections', `*${format.section.start}-${format.section.end}`);
      if (format.subs?.langs.length)
        args.push(
          format.subs.automatic ? '--write-auto-subs' : '--write-subs',
          '--sub-langs',
          format.subs.langs.join(','),
          '--convert-subs',
          'srt',
        );
      if (format.info) {
        const infoFile = path.join(dir, 'probed.info.json');
        await writeFile(infoFile, JSON.stringify(format.info));
        args.push('--load-info-json', infoFile);
      } else args.push('--', url);
      const bound = boundedBy(dir, { perFile: format.maxBytes });
      const onLine = (line: string) => {
        if (line.startsWith(PROGRESS_PREFIX)) {
          try {
            const p = JSON.parse(line.slice(PROGRESS_PREFIX.length)) as YtdlpProgress;
            bound.reported(p.downloaded_bytes);
            onProgress(p);
          } catch {
            /* a torn line: the next one will do */
          }
        } else if (/^\[(Merger|VideoRemuxer)\]/.test(line)) {
          bound.postProcessing();
          onProgress({ status: 'merging' });
        } else if (/^\[(ExtractAudio|VideoConvertor)\]/.test(line)) {
          bound.postProcessing();
          onProgress({ status: 'converting' });
        }
      };
      const r = await withCookies(url, dir, (base) =>
        run(
          [...base, ...args],
          { signal, timeoutMs: opts.downloadTimeoutMs, onLine, tick: bound.tick },
          'download',
        ),
      );
      bound.throwIfStopped(r);
      if (r.exitCode !== 0) throw new JobFailure(classifyError(r.stderr), lastErrorLine(r.stderr));
      const names = (await readdir(dir)).filter((f) => f.startsWith('media.'));
      const sidecar = /\.(srt|vtt|ass|jpg|webp|png)$/;
      const produced = names.filter((f) => !/\.(part|ytdl|temp)$/.test(f) && !sidecar.test(f));
      if (
        /max-filesize|File is larger than max-filesize/i.test(r.stdout + r.stderr) ||
        produced.length === 0
      ) {
        throw new JobFailure('format', 'no format fits the size limit', { limit: format.maxBytes });
      }
      const thumbnail = names.find((f) => /\.jpg$/.test(f));
      return {
        file: path.join(dir, produced.sort()[0]!),
        subtitles: names.filter((f) => f.endsWith('.srt')).map((f) => path.join(dir, f)),
        thumbnail: format.audioOnly && thumbnail ? path.join(dir, thumbnail) : undefined,
      };
    },
  };
}

export type Ytdlp = ReturnType<typeof createYtdlp>;
