import path from 'node:path';
import type { Api } from 'grammy';
import { createAdminNotices } from '../admin/admin-notices.js';
import type { Translator } from '../bot/i18n.js';
import type { Config } from '../config.js';
import { createCookiePool } from '../cookies/cookie-pool.js';
import type { createLifecycle } from '../lifecycle/lifecycle.js';
import type { Logger } from '../logger.js';
import type { NetworkPolicy } from '../net/guard.js';
import { startGuardProxy } from '../net/guard-proxy.js';
import type { Storage } from '../storage/types.js';
import { createYtdlp } from '../video/ytdlp.js';
import type { YtdlpManager } from '../video/ytdlp-manager.js';

/** A site whose cookies all fail is told to the admins at most this often. */
const NOTICE_EVERY_MS = 12 * 3600_000;

/**
 * yt-dlp as the jobs use it: the binary the manager says is in use, the cookie pool, the admins'
 * notice when a site's cookies all fail, an update when an extractor looks outdated, and its own
 * guard proxy (the same checks, then YTDLP_PROXY when set).
 */
export async function createYtdlpSide(deps: {
  config: Config;
  storage: Storage;
  api: Api;
  t: Translator;
  log: Logger;
  lifecycle: ReturnType<typeof createLifecycle>;
  manager: YtdlpManager;
  available: boolean;
  ffmpegAvailable: boolean;
  policy: NetworkPolicy;
  guardProxy: { url: string };
}) {
  const { config, log } = deps;
  const cookies = createCookiePool({
    configured: config.ytdlpCookies,
    dir: path.join(config.dataDir, 'cookies'),
    kv: deps.storage.kv,
  });
  const notices = createAdminNotices({
    api: deps.api,
    t: deps.t,
    adminIds: config.adminIds,
    users: deps.storage.users,
    kv: deps.storage.kv,
    language: config.defaultLanguage,
    log,
  });
  let proxyUrl = deps.guardProxy.url;
  if (config.ytdlpProxy) {
    const own = await startGuardProxy(deps.policy, log, config.ytdlpProxy);
    deps.lifecycle.defer('ytdlp-proxy', () => own.close());
    proxyUrl = own.url;
  }
  const ytdlp = deps.available
    ? createYtdlp({
        binary: deps.manager.current,
        nodePath: process.execPath,
        ffmpegPath: deps.ffmpegAvailable ? config.ffmpegPath : undefined,
        probeTimeoutMs: config.ytdlpTimeoutMs,
        downloadTimeoutMs: config.download.totalTimeoutMs,
        proxy: config.downloadViaProxy && config.proxyUrl ? config.proxyUrl : proxyUrl,
        cookieHeader: config.ytdlpCookieHeader,
        cookies,
        potProviderUrl: config.ytdlpPotProviderUrl,
        env: config.childEnv,
        onAuthExhausted: (site, kind) => {
          void notices.once(`cookies:${site.id}`, NOTICE_EVERY_MS, 'notice-cookies-exhausted', {
            site: site.name,
            kind,
          });
        },
        onExtractorBroken: () => {
          if (config.ytdlpUpdateMs > 0) void deps.manager.update();
        },
      })
    : undefined;
  return { ytdlp, cookies, proxyUrl };
}
