import path from 'node:path';
import type { AdminNotices } from '../admin/admin-notices.js';
import type { Config } from '../config.js';
import { type CookiePool, createCookiePool } from '../cookies/cookie-pool.js';
import type { createLifecycle } from '../lifecycle/lifecycle.js';
import type { Logger } from '../logger.js';
import type { NetworkPolicy } from '../net/guard.js';
import { startGuardProxy } from '../net/guard-proxy.js';
import { siteOf } from '../sites/sites.js';
import type { KvRepo } from '../storage/types.js';
import { createYtdlp } from '../video/ytdlp.js';
import type { YtdlpManager } from '../video/ytdlp-manager.js';

/** The same trouble is told to the admins at most this often. */
export const NOTICE_EVERY_MS = 12 * 3600_000;

/**
 * yt-dlp as the jobs use it: the binary the manager says is in use, the cookie pool, the admins'
 * notice when a site's cookies all fail, an update when an extractor looks outdated, and its own
 * guard proxy (the same checks, then YTDLP_PROXY when set).
 */
export async function createYtdlpSide(deps: {
  config: Config;
  notices: AdminNotices;
  log: Logger;
  lifecycle: ReturnType<typeof createLifecycle>;
  manager: YtdlpManager;
  cookies: CookiePool;
  ffmpegAvailable: boolean;
  policy: NetworkPolicy;
  guardProxy: { url: string };
}) {
  const { config, log, cookies } = deps;
  const { notices } = deps;
  let proxyUrl = deps.guardProxy.url;
  if (config.ytdlpProxy) {
    const own = await startGuardProxy(deps.policy, log, config.ytdlpProxy);
    deps.lifecycle.defer('ytdlp-proxy', () => own.close());
    proxyUrl = own.url;
  }
  // Created whether or not a binary is there now: the manager may install one later.
  const ytdlp = createYtdlp({
    binary: deps.manager.resolved,
    nodePath: process.execPath,
    ffmpegPath: deps.ffmpegAvailable ? config.ffmpegPath : undefined,
    probeTimeoutMs: config.ytdlpTimeoutMs,
    downloadTimeoutMs: config.download.totalTimeoutMs,
    proxy: proxyUrl,
    cookies,
    potProviderUrl: config.ytdlpPotProviderUrl,
    onAuthExhausted: (site, kind) => {
      void notices.once(`cookies:${site.id}`, NOTICE_EVERY_MS, 'notice-cookies-exhausted', {
        site: site.name,
        kind,
      });
    },
    onExtractorBroken: () => {
      if (config.ytdlpUpdateMs > 0) void deps.manager.update();
    },
  });
  return { ytdlp, proxyUrl };
}

/**
 * Whether an item yt-dlp found as a plain file may be fetched without it: only where yt-dlp would
 * bring nothing of its own (no proxy of its own, no cookies for the page's or the file's site).
 */
export const plainFetchAllowed =
  (config: Config, cookies: CookiePool) =>
  async (pageUrl: string, fileUrl: string): Promise<boolean> =>
    !config.ytdlpProxy &&
    !(await cookies.anyFor(siteOf(pageUrl))) &&
    !(await cookies.anyFor(siteOf(fileUrl)));

/** The cookie pool yt-dlp uses: COOKIES files, the cookie header, and what the admins added. */
export function createCookies(config: Config, kv: KvRepo): CookiePool {
  return createCookiePool({
    configured: config.ytdlpCookies,
    header: config.ytdlpCookieHeader && {
      value: config.ytdlpCookieHeader.value,
      domains: config.ytdlpCookieHeader.domains.length
        ? config.ytdlpCookieHeader.domains
        : [...siteOf('https://www.youtube.com/').cookieDomains],
    },
    dir: path.join(config.dataDir, 'cookies'),
    kv,
  });
}
