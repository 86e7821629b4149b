import { mkdirSync } from 'node:fs';
import { createBroadcaster } from './admin/broadcast.js';
import { createApiClient } from './bot/api-config.js';
import { registerCommands } from './bot/commands.js';
import { API_TIMEOUT_SECONDS, createBot } from './bot/create-bot.js';
import { createAccountFeature } from './bot/features/account.js';
import { createAdminFeature } from './bot/features/admin.js';
import { createCancelFeature } from './bot/features/cancel.js';
import { createFallbackFeature } from './bot/features/fallback.js';
import { createHistoryFeature } from './bot/features/history.js';
import { createLinksFeature } from './bot/features/links.js';
import { createPdfFeature } from './bot/features/pdf.js';
import { createQualityFeature } from './bot/features/quality.js';
import { createSettingsFeature } from './bot/features/settings.js';
import { createStartFeature } from './bot/features/start.js';
import { createI18n } from './bot/i18n.js';
import { createPollingSupervisor } from './bot/polling-supervisor.js';
import { proxyFetchConfig } from './bot/proxy.js';
import { createQuota } from './bot/quota.js';
import { loadConfigOrExit } from './config.js';
import { createBotApiUploader } from './delivery/bot-api-uploader.js';
import { createMtprotoUploader } from './delivery/mtproto-uploader.js';
import { createHttpDownloader } from './download/http-download.js';
import { createHealth, createHeartbeat, pollingProbe, processProbe } from './health/health.js';
import { createHttpApp, startHttpServer } from './http/server.js';
import { createJobSystem } from './jobs/create-job-system.js';
import { fetchAndDeliver, type PipelineDeps } from './jobs/fetch-and-deliver.js';
import { createLifecycle } from './lifecycle/lifecycle.js';
import { installProcessHandlers } from './lifecycle/process-handlers.js';
import { createLogger } from './logger.js';
import { detectTool, ffprobePathFor } from './media/tools.js';
import { classifyMtprotoError } from './mtproto/classify.js';
import { createMtprotoClientManager } from './mtproto/client-manager.js';
import { startGuardProxy } from './net/guard-proxy.js';
import { createBrowserHost } from './pdf/browser.js';
import { createPdfPipeline } from './pdf/pdf-pipeline.js';
import { createRetentionTask } from './retention/retention-task.js';
import { createKeepalive } from './scheduler/keepalive.js';
import { createScheduler } from './scheduler/scheduler.js';
import { createSqliteStorage } from './storage/sqlite/index.js';
import { VERSION } from './version.js';
import { createVideoPipeline } from './video/video-pipeline.js';
import { createYtdlp } from './video/ytdlp.js';
import { mountWebhook, registerWebhook, webhookSecret } from './webhook/webhook.js';

/** The composition root: every service is created here, wired by hand, and closed in reverse. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger({
    level: config.logLevel,
    secrets: [config.botToken, config.mtproto?.apiHash, config.webhookSecret],
  });
  const lifecycle = createLifecycle(log);
  const startedAt = Date.now();

  let exiting = false;
  const exit = async (code: number, reason: string) => {
    if (exiting) return;
    exiting = true;
    (code === 0 ? log.info : log.fatal).call(log, { code }, reason);
    await lifecycle.close();
    process.exit(code);
  };
  installProcessHandlers(log, (code) => void exit(code, 'uncaught exception'));

  mkdirSync(config.tmpDir, { recursive: true });
  const storage = createSqliteStorage(config.dataDir);
  lifecycle.defer('database', () => storage.close());

  const health = createHealth();
  const heartbeat = createHeartbeat();
  health.register('database', () => {
    storage.ping();
    return { ok: true };
  });
  if (config.mode === 'polling') health.register('polling', pollingProbe(heartbeat, config.healthStallMs));
  health.register('process', processProbe);

  const { i18n, t } = createI18n(config.defaultLanguage);
  const fetchConfig = await proxyFetchConfig(config.proxyUrl);
  const api = createApiClient(config.botToken, {
    apiRoot: config.apiRoot,
    timeoutSeconds: API_TIMEOUT_SECONDS,
    retries: true,
    baseFetchConfig: fetchConfig,
  });
  const statusApi = createApiClient(config.botToken, {
    apiRoot: config.apiRoot,
    timeoutSeconds: 15,
    retries: false,
    baseFetchConfig: fetchConfig,
  });
  const uploadApi = createApiClient(config.botToken, {
    apiRoot: config.apiRoot,
    timeoutSeconds: 3600,
    retries: true,
    baseFetchConfig: fetchConfig,
  });

  const [ffmpeg, ffprobe, ytdlpTool, chromium] = await Promise.all([
    detectTool(config.ffmpegPath, ['-version']),
    detectTool(ffprobePathFor(config.ffmpegPath), ['-version']),
    detectTool(config.ytdlpPath, ['--version']),
    detectTool(config.chromiumPath, ['--version']),
  ]);
  const tools = { 'yt-dlp': ytdlpTool, ffmpeg, ffprobe, chromium };
  const missing = Object.entries(tools)
    .filter(([, tool]) => !tool.available)
    .map(([name]) => name);
  health.register('tools', () => ({ ok: true, detail: { ...tools, missing } }));
  if (missing.length) log.warn({ missing }, 'tools missing: page links fall back to direct downloads');

  const policy = { allowPrivate: config.allowPrivateNetwork, allowlist: config.networkAllowlist };
  const downloader = createHttpDownloader({
    policy,
    ...config.download,
    proxyUrl: config.downloadViaProxy ? config.proxyUrl : undefined,
  });
  lifecycle.defer('downloader', () => downloader.close());
  const guardProxy = await startGuardProxy(policy, log);
  lifecycle.defer('guard-proxy', () => guardProxy.close());
  const ytdlp = ytdlpTool.available
    ? createYtdlp({
        path: config.ytdlpPath,
        ffmpegPath: ffmpeg.available ? config.ffmpegPath : undefined,
        probeTimeoutMs: config.ytdlpTimeoutMs,
        downloadTimeoutMs: config.download.totalTimeoutMs,
        proxy: config.downloadViaProxy && config.proxyUrl ? config.proxyUrl : guardProxy.url,
        cookiesFile: config.ytdlpCookies,
        cookieHeader: config.ytdlpCookieHeader,
        env: config.childEnv,
      })
    : undefined;
  const pipelineDeps: PipelineDeps = {
    api,
    t,
    fileCache: storage.fileCache,
    downloader,
    botApiUploader: createBotApiUploader(uploadApi),
    tmpDir: config.tmpDir,
    maxFileBytes: config.maxFileBytes,
    botApiLimitBytes: config.botApiUploadLimitBytes,
    directSendOnly: config.directSendOnly,
    ffmpeg: ffmpeg.available ? ffmpeg.path : undefined,
    ffprobe: ffprobe.available ? ffprobe.path : undefined,
  };
  const mtproto = config.mtproto;
  if (mtproto) {
    const manager = createMtprotoClientManager({
      // mtcute is loaded on the first large upload: most bots never pay its memory.
      connect: async (signal) => {
        const { connectMtcute } = await import('./mtproto/mtcute-session.js');
        return connectMtcute({
          ...mtproto,
          botToken: config.botToken,
          dataDir: config.dataDir,
          proxyUrl: config.proxyUrl,
          signal,
        });
      },
      connectTimeoutMs: 30_000,
      log,
    });
    lifecycle.defer('mtproto', () => manager.close());
    health.register('mtproto', manager.probe);
    pipelineDeps.largeUploader = createMtprotoUploader({
      manager,
      inFlight: config.mtprotoPartsInFlight,
      classify: classifyMtprotoError,
    });
  }
  const browser = chromium.available
    ? createBrowserHost({
        executablePath: config.chromiumPath,
        proxyUrl: guardProxy.url,
        idleMs: config.pdfBrowserIdleMs,
        log,
      })
    : undefined;
  if (browser) lifecycle.defer('browser', () => browser.close());
  pipelineDeps.offerPdf = !!browser;
  const pdfPipeline = browser && createPdfPipeline({ browser, policy }, () => pipelineDeps);
  if (ytdlp) pipelineDeps.video = createVideoPipeline({ ytdlp, api, t, kv: storage.kv }, () => pipelineDeps);
  const jobs = createJobSystem({
    api: statusApi,
    t,
    queue: storage.jobs,
    links: storage.links,
    log,
    tmpDir: config.tmpDir,
    limits: {
      maxRunning: config.maxConcurrentJobs,
      maxPerUser: config.maxJobsPerUser,
      perKind: { pdf: config.pdfConcurrency },
    },
    progressIntervalMs: config.progressIntervalMs,
    wedgedAfterMs: Math.max(config.download.idleTimeoutMs * 3, 300_000),
    pipelineFor: (job) =>
      job.kind === 'pdf' && pdfPipeline ? pdfPipeline : (j, io) => fetchAndDeliver(pipelineDeps, j, io),
  });
  health.register('jobs', jobs.runner.probe);
  const links = createLinksFeature({
    links: storage.links,
    queue: storage.jobs,
    runner: jobs.runner,
    policy,
    admission: createQuota({
      links: storage.links,
      linksPerHour: config.userLinksPerHour,
      dailyBytes: config.userDailyQuotaBytes,
    }),
  });
  const broadcaster = createBroadcaster({
    kv: storage.kv,
    users: storage.users,
    api,
    t,
    log,
  });
  const bot = createBot({
    token: config.botToken,
    apiRoot: config.apiRoot,
    baseFetchConfig: fetchConfig,
    log,
    heartbeat,
    stallMs: config.healthStallMs,
    i18n,
    account: createAccountFeature({
      log,
      users: storage.users,
      adminIds: config.adminIds,
      defaultLanguage: config.defaultLanguage,
      forwardToAdmin: config.forwardToAdmin,
    }),
    features: [
      createStartFeature({ maxFileBytes: config.maxFileBytes }),
      createCancelFeature({ queue: storage.jobs, runner: jobs.runner, links: storage.links }),
      createSettingsFeature({ users: storage.users }),
      createHistoryFeature({ links: storage.links, retentionMs: config.linkRetentionMs }),
      createAdminFeature({
        users: storage.users,
        links: storage.links,
        queue: storage.jobs,
        broadcaster,
        startedAt,
      }),
      createQualityFeature({
        queue: storage.jobs,
        kv: storage.kv,
        submit: (ctx, j) => links.submitLink(ctx, j.url, 'auto', j.options, j.linkId),
      }),
      createPdfFeature({
        available: !!browser,
        queue: storage.jobs,
        submit: (ctx, url, options) => links.submitLink(ctx, url, 'pdf', options),
      }),
      links.composer,
      createFallbackFeature(),
    ],
  });

  const scheduler = createScheduler(log);
  lifecycle.defer('scheduler', () => scheduler.stop());
  health.register('tasks', () => ({ ok: true, detail: scheduler.stats() }));
  scheduler.add('register-commands', 6 * 3_600_000, () =>
    registerCommands(bot.api, t, config.defaultLanguage, config.adminIds),
  );
  scheduler.add(
    'link-retention',
    config.retentionCheckMs,
    createRetentionTask({
      links: storage.links,
      users: storage.users,
      api,
      t,
      adminIds: config.adminIds,
      language: config.defaultLanguage,
      retentionMs: config.linkRetentionMs,
      warningMs: config.linkWarningMs,
      log,
    }),
  );
  broadcaster.resume();

  const secret = config.mode === 'webhook' ? webhookSecret(config.webhookSecret, storage.kv) : undefined;
  const app = createHttpApp({
    name: 'pishtaz',
    version: VERSION,
    mode: config.mode,
    health,
    queueCounts: () => storage.jobs.counts(),
    startedAt,
    mount: (routes) => {
      if (secret) mountWebhook(routes, { bot, secret, log, ready: () => bot.isInited() });
    },
  });
  if (config.keepaliveUrl) {
    scheduler.add('keepalive', config.keepaliveIntervalMs, createKeepalive(config.keepaliveUrl, log));
  }
  const http = await startHttpServer(app, config.port, config.host);
  lifecycle.defer('http', () => http.close());
  log.info({ port: http.port, mode: config.mode, version: VERSION }, 'http server listening');

  await jobs.start();
  lifecycle.defer(
    'jobs',
    () => jobs.drain(Math.max(0, config.shutdownGraceMs - 3000)),
    config.shutdownGraceMs,
  );

  if (secret && config.webhookUrl) {
    const base = config.webhookUrl;
    scheduler.add('webhook-register', 600_000, () => registerWebhook(bot, base, secret));
  } else {
    const polling = createPollingSupervisor({
      bot,
      log,
      heartbeat,
      stallMs: config.healthStallMs,
      maxDownMs: Math.max(60_000, config.healthStallMs * 10),
      onFatal: (reason) => void exit(1, reason),
    });
    polling.start();
    lifecycle.defer('polling', () => polling.stop());
  }
  log.info('bot started');

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    void exit(0, `${signal}: shutting down`);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((err: unknown) => {
  // Start-up failed before the bot could serve: exit non-zero so the host restarts us.
  process.stderr.write(`Start-up failed: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
