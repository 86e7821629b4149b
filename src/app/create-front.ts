import type { Api } from 'grammy';
import { createBroadcaster } from '../admin/broadcast.js';
import { createBot } from '../bot/create-bot.js';
import { createAccountFeature } from '../bot/features/account.js';
import { createPollingSupervisor } from '../bot/polling-supervisor.js';
import type { Config } from '../config.js';
import type { CookiePool } from '../cookies/cookie-pool.js';
import type { TelegramBytes } from '../file-links/telegram-bytes.js';
import { type Health, type Heartbeat, pollingProbe } from '../health/health.js';
import type { I18n } from '../i18n/i18n.js';
import type { JobControl } from '../jobs/job-control.js';
import type { Logger } from '../logger.js';
import type { NetworkPolicy } from '../net/guard.js';
import type { Storage } from '../storage/types.js';
import type { YtdlpManager } from '../video/ytdlp-manager.js';
import { createFeatures } from './create-features.js';
import { downloadTelegramFile } from './telegram-file.js';

/** How often a front checks that it still has (or can take) its turn at polling. */
const POLLING_TURN_MS = 5000;

/**
 * The chat side (ROLE=front, or part of ROLE=all): the bot with its features and the broadcaster.
 * In polling mode only the front holding the `polling` lock polls (Telegram allows one poller);
 * the others stand by and take over when it goes. Webhook fronts all take updates.
 */
export function createFront(deps: {
  config: Config;
  storage: Storage;
  api: Api;
  i18n: I18n;
  fetchConfig: Parameters<typeof createBot>[0]['baseFetchConfig'];
  log: Logger;
  heartbeat: Heartbeat;
  health: Health;
  jobs: JobControl;
  policy: NetworkPolicy;
  /** Whether /pdf can run (Chromium found); asked when a PDF is wanted. */
  pdfAvailable: () => Promise<boolean>;
  deliveryLimit: number;
  /** Where file links get their bytes. */
  telegramBytes: TelegramBytes;
  /** yt-dlp and its cookie pool, when this process runs jobs too (ROLE=all). */
  ytdlp?: { manager: YtdlpManager; cookies: CookiePool };
  startedAt: number;
  onFatal: (reason: string) => void;
}) {
  const { config, storage, log } = deps;
  const broadcaster = createBroadcaster({
    kv: storage.kv,
    users: storage.users,
    api: deps.api,
    t: deps.i18n.t,
    log,
    mayRun: () => storage.coordination.holds('broadcast'),
  });
  const bot = createBot({
    token: config.botToken,
    apiRoot: config.apiRoot,
    baseFetchConfig: deps.fetchConfig,
    log,
    heartbeat: deps.heartbeat,
    stallMs: config.healthStallMs,
    i18n: deps.i18n,
    account: createAccountFeature({
      log,
      users: storage.users,
      adminIds: config.adminIds,
      defaultLanguage: config.defaultLanguage,
      forwardToAdmin: config.forwardToAdmin,
    }),
    features: createFeatures({
      ...deps,
      t: deps.i18n.t,
      broadcaster,
      downloadFile: (fileId, maxBytes) => downloadTelegramFile(deps.api, config, fileId, maxBytes),
      telegramBytes: deps.telegramBytes,
    }),
    storageAnswers: () =>
      storage.ping().then(
        () => true,
        () => false,
      ),
  });

  let poller: ReturnType<typeof createPollingSupervisor> | undefined;
  let turnTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  async function takeTurn() {
    const mine = await storage.coordination.holds('polling');
    if (stopped) return;
    if (mine && !poller) {
      deps.heartbeat.beat();
      poller = createPollingSupervisor({
        bot,
        log,
        heartbeat: deps.heartbeat,
        stallMs: config.healthStallMs,
        maxDownMs: Math.max(60_000, config.healthStallMs * 10),
        onFatal: deps.onFatal,
      });
      poller.start();
      log.info('this front takes the updates (polling)');
    } else if (!mine && poller) {
      // Lost the database or the lock: stop, so no update is taken that cannot be recorded.
      const p = poller;
      poller = undefined;
      await p.stop();
      log.warn('polling stopped: this front no longer holds the polling turn');
    }
  }
  const turns = () =>
    void takeTurn()
      .catch((err) => log.error({ err }, 'polling turn check failed'))
      .finally(() => {
        if (!stopped) turnTimer = setTimeout(turns, POLLING_TURN_MS);
      });

  return {
    bot,
    broadcaster,
    /** Polling mode: starts taking turns at polling (at once when this is the only front). */
    startPolling() {
      const probe = pollingProbe(deps.heartbeat, config.healthStallMs);
      deps.health.register('polling', async () => {
        if (poller) return probe();
        return { ok: true, detail: { standby: 'another front polls' } };
      });
      turns();
    },
    async stop() {
      stopped = true;
      clearTimeout(turnTimer);
      await poller?.stop();
    },
  };
}
