import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { LANGUAGE_CODES, type Language } from './i18n/languages.js';

/** The only module that reads process.env. Names and defaults follow CONTRACT.md. */

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const s = v.trim().toLowerCase();
      if (TRUE.includes(s)) return true;
      if (FALSE.includes(s)) return false;
      ctx.addIssue({ code: 'custom', message: `must be one of ${[...TRUE, ...FALSE].join('/')}` });
      return z.NEVER;
    });

const num = <F extends number | undefined>(fallback: F, opts: { min?: number; int?: boolean } = {}) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback as number | F;
      const n = Number(v.trim());
      const min = opts.min ?? 0;
      if (!Number.isFinite(n) || n < min || (opts.int && !Number.isInteger(n))) {
        ctx.addIssue({
          code: 'custom',
          message: `must be ${opts.int ? 'an integer' : 'a number'} >= ${min}`,
        });
        return z.NEVER;
      }
      return n;
    });

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const url = (protocols: string[]) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL (${protocols.join(' ')})` },
  );

const idList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const parts = (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.some((p) => !/^\d{1,15}$/.test(p))) {
      ctx.addIssue({ code: 'custom', message: 'must be comma-separated numeric user ids' });
      return z.NEVER;
    }
    return parts.map(Number);
  });

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const schema = z.object({
  BOT_TOKEN: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .regex(/^\d+:[\w-]+$/, 'does not look like a bot token (digits:secret)'),
  TELEGRAM_API_ROOT: url(['http:', 'https:']).transform((v) =>
    (v ?? 'https://api.telegram.org').replace(/\/+$/, ''),
  ),
  API_ID: optionalString.refine((v) => v === undefined || /^\d+$/.test(v), 'must be numeric'),
  API_HASH: optionalString.refine(
    (v) => v === undefined || /^[0-9a-f]{32}$/i.test(v),
    'must be 32 hex characters',
  ),
  ADMIN_IDS: idList,
  DATA_DIR: optionalString.transform((v) => path.resolve(v ?? './data')),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  ROLE: optionalString.pipe(
    z.enum(['all', 'front', 'worker'], { error: 'must be all, front or worker' }).optional(),
  ),
  PORT: num(8080, { int: true }),
  HOST: optionalString.transform((v) => v ?? '0.0.0.0'),
  MAX_FILE_SIZE_MB: num(2000, { min: 1 }),
  BOT_API_UPLOAD_LIMIT_MB: num(undefined, { min: 1 }),
  BOT_API_LOCAL: bool(false),
  MAX_CONCURRENT_JOBS: num(3, { min: 1, int: true }),
  MAX_JOBS_PER_USER: num(1, { min: 1, int: true }),
  PROGRESS_INTERVAL_SECONDS: num(5),
  PROXY_URL: url(['http:', 'https:', 'socks5:', 'socks5h:', 'socks:']),
  ALLOW_DOWNLOAD_VIA_PROXY: bool(false),
  DIRECT_SEND_ONLY: bool(false),
  YTDLP_PATH: optionalString,
  FFMPEG_PATH: optionalString.transform((v) => v ?? 'ffmpeg'),
  YTDLP_COOKIES: optionalString,
  YTDLP_COOKIE_HEADER: optionalString,
  /** The cookie domains YTDLP_COOKIE_HEADER is for (default: YouTube's). */
  YTDLP_COOKIE_HEADER_DOMAINS: list,
  YTDLP_PROXY: url(['http:', 'https:']),
  YTDLP_UPDATE_HOURS: num(24),
  YTDLP_POT_PROVIDER_URL: url(['http:', 'https:']),
  PLAYLIST_MAX_ITEMS: num(50, { min: 1, int: true }),
  JOB_MAX_TOTAL_MB: num(4000, { min: 1 }),
  SUBS_BURN_MAX_MINUTES: num(10, { min: 0 }),
  /** Set: GET /metrics answers with this bearer token. Unset: no /metrics. */
  METRICS_TOKEN: optionalString,
  ALLOW_PRIVATE_NETWORK: bool(false),
  LINK_RETENTION_DAYS: num(30),
  LINK_WARNING_HOURS: num(24),
  RETENTION_CHECK_MINUTES: num(60),
  HEALTH_STALL_SECONDS: num(90),
  SHUTDOWN_GRACE_SECONDS: num(25),
  BOT_MODE: optionalString.pipe(
    z.enum(['polling', 'webhook'], { error: 'must be polling or webhook' }).optional(),
  ),
  WEBHOOK_URL: url(['https:', 'http:']),
  RENDER_EXTERNAL_URL: url(['https:', 'http:']),
  WEBHOOK_SECRET: optionalString.refine(
    (v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v),
    'must be 1-256 characters A-Z a-z 0-9 _ -',
  ),
  LINK_TTL_HOURS: num(168),
  LINKS_PER_DAY: num(50, { int: true }),
  LINK_GB_PER_DAY: num(20),
  /** The base of the links the bot hands out (file links, player pages, the admin dashboard). */
  PUBLIC_URL: url(['https:', 'http:']),
  KEEPALIVE_URL: url(['http:', 'https:']),
  KEEPALIVE_INTERVAL_SECONDS: num(600),
  DEFAULT_LANGUAGE: optionalString.pipe(
    z
      .enum(LANGUAGE_CODES as [Language, ...Language[]], {
        error: `must be one of ${LANGUAGE_CODES.join(', ')}`,
      })
      .optional(),
  ),
  FORWARD_TO_ADMIN: bool(false),
  LOG_LEVEL: optionalString.pipe(
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'is not a pino level' })
      .optional(),
  ),
  // Beyond the contract: tuning knobs with safe defaults (documented in .env.example).
  USER_LINKS_PER_HOUR: num(0, { int: true }),
  USER_DAILY_QUOTA_MB: num(0),
  DOWNLOAD_CONNECT_TIMEOUT_SECONDS: num(15),
  DOWNLOAD_IDLE_TIMEOUT_SECONDS: num(60),
  DOWNLOAD_TOTAL_TIMEOUT_SECONDS: num(3600),
  YTDLP_TIMEOUT_SECONDS: num(60),
  /** Where yt-dlp releases come from (tests serve their own), the asset, and the key that signs them. */
  YTDLP_RELEASE_URL: url(['http:', 'https:']).transform(
    (v) => v ?? 'https://github.com/yt-dlp/yt-dlp/releases/latest/download',
  ),
  YTDLP_RELEASE_ASSET: optionalString.transform(
    (v) => v ?? (process.arch === 'arm64' ? 'yt-dlp_linux_aarch64' : 'yt-dlp_linux'),
  ),
  YTDLP_RELEASE_KEY: optionalString.transform(
    (v) => v ?? fileURLToPath(new URL('../assets/yt-dlp-release-key.asc', import.meta.url)),
  ),
  /** Test and intranet escape hatch: these exact IPs pass the network guard even when private. */
  NETWORK_ALLOWLIST: list,
  CHROMIUM_PATH: optionalString.transform((v) => v ?? '/usr/bin/chromium'),
  GALLERY_DL_PATH: optionalString.transform((v) => v ?? 'gallery-dl'),
  PDF_CONCURRENCY: num(1, { min: 1, int: true }),
  PDF_BROWSER_IDLE_SECONDS: num(120),
  PDF_NAVIGATION_TIMEOUT_SECONDS: num(30, { min: 1 }),
  MTPROTO_PARTS_IN_FLIGHT: num(8, { min: 1, int: true }),
  JOB_LEASE_SECONDS: num(20, { min: 1 }),
  PATH: optionalString,
  HOME: optionalString,
  TMPDIR: optionalString,
});

export type Config = ReturnType<typeof finish>;

/** Every variable the configuration reads. */
export const VARIABLES: readonly string[] = Object.keys(schema.shape);

function finish(env: z.infer<typeof schema>) {
  const mb = 1024 * 1024;
  return {
    botToken: env.BOT_TOKEN,
    apiRoot: env.TELEGRAM_API_ROOT,
    mtproto: env.API_ID && env.API_HASH ? { apiId: Number(env.API_ID), apiHash: env.API_HASH } : undefined,
    adminIds: env.ADMIN_IDS,
    dataDir: env.DATA_DIR,
    /** PostgreSQL shared by every process; unset: SQLite in DATA_DIR, one process. */
    databaseUrl: env.DATABASE_URL,
    /** all: everything in one process; front: updates and chat; worker: runs jobs. */
    role: env.ROLE ?? 'all',
    tmpDir: path.join(env.DATA_DIR, 'tmp'),
    port: env.PORT,
    host: env.HOST,
    maxFileBytes: Math.floor(env.MAX_FILE_SIZE_MB * mb),
    /** TELEGRAM_API_ROOT is a `telegram-bot-api --local` server on this disk: files go by path. */
    botApiLocal: env.BOT_API_LOCAL,
    botApiUploadLimitBytes: Math.floor((env.BOT_API_UPLOAD_LIMIT_MB ?? (env.BOT_API_LOCAL ? 2000 : 50)) * mb),
    maxConcurrentJobs: env.MAX_CONCURRENT_JOBS,
    maxJobsPerUser: env.MAX_JOBS_PER_USER,
    progressIntervalMs: env.PROGRESS_INTERVAL_SECONDS * 1000,
    proxyUrl: env.PROXY_URL,
    downloadViaProxy: env.ALLOW_DOWNLOAD_VIA_PROXY,
    directSendOnly: env.DIRECT_SEND_ONLY,
    ytdlpPath: env.YTDLP_PATH ?? 'yt-dlp',
    galleryDlPath: env.GALLERY_DL_PATH,
    /** YTDLP_PATH was set: that binary is used as it is, never replaced. */
    ytdlpExplicit: env.YTDLP_PATH !== undefined,
    ytdlpProxy: env.YTDLP_PROXY,
    ytdlpUpdateMs: env.YTDLP_UPDATE_HOURS * 3600_000,
    ytdlpPotProviderUrl: env.YTDLP_POT_PROVIDER_URL,
    ytdlpRelease: {
      baseUrl: env.YTDLP_RELEASE_URL,
      asset: env.YTDLP_RELEASE_ASSET,
      keyFile: env.YTDLP_RELEASE_KEY,
    },
    ffmpegPath: env.FFMPEG_PATH,
    ytdlpCookies: env.YTDLP_COOKIES,
    ytdlpCookieHeader: env.YTDLP_COOKIE_HEADER
      ? {
          value: env.YTDLP_COOKIE_HEADER,
          /** Empty: YouTube's cookie domains (sites/sites.ts). */
          domains: env.YTDLP_COOKIE_HEADER_DOMAINS.map((d) => d.toLowerCase().replace(/^\./, '')),
        }
      : undefined,
    ytdlpTimeoutMs: env.YTDLP_TIMEOUT_SECONDS * 1000,
    /** Most items sent for one link (a post, a page with several videos, a playlist). */
    playlistMaxItems: env.PLAYLIST_MAX_ITEMS,
    /** What all the files of one job (a list's items, a gallery) may take together. */
    jobMaxTotalBytes: Math.floor(env.JOB_MAX_TOTAL_MB * mb),
    /** Longest video re-encoded (subtitles burned in, an exact cut, VP9/AV1 made H.264). */
    reencodeMaxSeconds: env.SUBS_BURN_MAX_MINUTES * 60,
    metricsToken: env.METRICS_TOKEN,
    allowPrivateNetwork: env.ALLOW_PRIVATE_NETWORK,
    networkAllowlist: env.NETWORK_ALLOWLIST,
    linkRetentionMs: env.LINK_RETENTION_DAYS * 86_400_000,
    linkWarningMs: env.LINK_WARNING_HOURS * 3_600_000,
    retentionCheckMs: env.RETENTION_CHECK_MINUTES * 60_000,
    healthStallMs: env.HEALTH_STALL_SECONDS * 1000,
    shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
    mode: env.BOT_MODE ?? 'polling',
    webhookUrl: env.WEBHOOK_URL ?? env.RENDER_EXTERNAL_URL,
    webhookSecret: env.WEBHOOK_SECRET,
    fileLinks: {
      /** 0: links never expire. */
      ttlMs: env.LINK_TTL_HOURS * 3_600_000,
      perDay: env.LINKS_PER_DAY,
      bytesPerDay: Math.floor(env.LINK_GB_PER_DAY * 1024 ** 3),
    },
    publicUrl: (
      env.PUBLIC_URL ??
      [env.WEBHOOK_URL, env.RENDER_EXTERNAL_URL].map((u) => u && new URL(u).origin).find(Boolean) ??
      `http://127.0.0.1:${env.PORT}`
    ).replace(/\/+$/, ''),
    keepaliveUrl: env.KEEPALIVE_URL,
    keepaliveIntervalMs: env.KEEPALIVE_INTERVAL_SECONDS * 1000,
    defaultLanguage: env.DEFAULT_LANGUAGE ?? 'fa',
    forwardToAdmin: env.FORWARD_TO_ADMIN,
    logLevel: env.LOG_LEVEL ?? 'info',
    userLinksPerHour: env.USER_LINKS_PER_HOUR,
    userDailyQuotaBytes: Math.floor(env.USER_DAILY_QUOTA_MB * mb),
    chromiumPath: env.CHROMIUM_PATH,
    pdfConcurrency: env.PDF_CONCURRENCY,
    pdfBrowserIdleMs: env.PDF_BROWSER_IDLE_SECONDS * 1000,
    /** How long a page may take to load before /pdf gives up on it. */
    pdfNavigationMs: env.PDF_NAVIGATION_TIMEOUT_SECONDS * 1000,
    mtprotoPartsInFlight: env.MTPROTO_PARTS_IN_FLIGHT,
    /** A running job's lease: a job whose runner died is taken up again this long after. */
    jobLeaseMs: env.JOB_LEASE_SECONDS * 1000,
    /** The whole environment of every child process (tools/run-tool.ts): no secrets. */
    childEnv: {
      PATH: env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: env.HOME ?? '/tmp',
      LANG: 'C.UTF-8',
      TMPDIR: env.TMPDIR ?? '/tmp',
    },
    download: {
      connectTimeoutMs: env.DOWNLOAD_CONNECT_TIMEOUT_SECONDS * 1000,
      idleTimeoutMs: env.DOWNLOAD_IDLE_TIMEOUT_SECONDS * 1000,
      totalTimeoutMs: env.DOWNLOAD_TOTAL_TIMEOUT_SECONDS * 1000,
    },
  };
}

export class ConfigError extends Error {}

/** Parses an environment (process.env merged over `.env`); throws ConfigError with one line. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name} ${issue.message}`);
  }
  if (result.data.ROLE && result.data.ROLE !== 'all' && !result.data.DATABASE_URL) {
    throw new ConfigError(
      `ROLE=${result.data.ROLE} needs DATABASE_URL: fronts and workers share their state through PostgreSQL`,
    );
  }
  if (
    result.data.ALLOW_DOWNLOAD_VIA_PROXY &&
    result.data.PROXY_URL &&
    !/^https?:/.test(result.data.PROXY_URL)
  ) {
    throw new ConfigError(
      'ALLOW_DOWNLOAD_VIA_PROXY needs an http:// or https:// PROXY_URL: downloads go through the network guard, which speaks to http(s) proxies only',
    );
  }
  if (result.data.BOT_MODE === 'webhook' && !result.data.WEBHOOK_URL && !result.data.RENDER_EXTERNAL_URL) {
    throw new ConfigError('WEBHOOK_URL is required when BOT_MODE=webhook (or set RENDER_EXTERNAL_URL)');
  }
  return finish(result.data);
}

export function readEnvironment(cwd = process.cwd()): Record<string, string | undefined> {
  const file = path.join(cwd, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...process.env };
}

/** Loads the configuration or prints one line naming the variable and exits with code 2. */
export function loadConfigOrExit(): Config {
  try {
    return parseConfig(readEnvironment());
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Configuration error: ${err.message}\n`);
    process.exit(2);
  }
}

type Variable = keyof typeof schema.shape;

/**
 * One variable on its own, with the same default and validation as the whole configuration:
 * doctor checks each of them even when another one is wrong.
 */
export function parseVariable<K extends Variable>(
  name: K,
  env: Record<string, string | undefined>,
): { ok: true; value: z.output<(typeof schema.shape)[K]> } | { ok: false; error: string } {
  const result = schema.shape[name].safeParse(env[name]);
  return result.success
    ? { ok: true, value: result.data as z.output<(typeof schema.shape)[K]> }
    : { ok: false, error: `${name} ${result.error.issues[0]!.message}` };
}

/** For tools that only need the data folder (import-links): no token required. */
export function dataDirFromEnvironment(): string {
  const dataDir = parseVariable('DATA_DIR', readEnvironment());
  return dataDir.ok ? dataDir.value : path.resolve('./data');
}

/**
 * Every secret the configuration holds, for the log scrubber: the token, the MTProto hash, the
 * webhook secret, the passwords in DATABASE_URL and the proxies' URLs, and the cookie header
 * with each of its values.
 */
export function secretsOf(config: Config): string[] {
  const password = (url: string | undefined) => {
    try {
      return url ? decodeURIComponent(new URL(url).password) : undefined;
    } catch {
      return undefined;
    }
  };
  const proxies = [config.proxyUrl, config.ytdlpProxy].filter((u) => password(u));
  const header = config.ytdlpCookieHeader?.value;
  const cookieValues = header ? header.split(';').map((p) => p.slice(p.indexOf('=') + 1).trim()) : [];
  return [
    config.botToken,
    config.mtproto?.apiHash,
    config.webhookSecret,
    config.metricsToken,
    password(config.databaseUrl),
    ...proxies,
    ...proxies.map(password),
    header,
    ...cookieValues,
  ].filter((s): s is string => Boolean(s));
}
