import { mkdirSync } from 'node:fs';
import { createFront } from './app/create-front.js';
import { createMtproto } from './app/create-mtproto.js';
import { deliveryLimitFor, networkPolicy } from './app/create-pipelines.js';
import { createWorker } from './app/create-worker.js';
import { createApiClient } from './bot/api-config.js';
import { registerCommands } from './bot/commands.js';
import { API_TIMEOUT_SECONDS } from './bot/create-bot.js';
import { proxyFetchConfig } from './bot/proxy.js';
import { processThrottle } from './bot/throttle.js';
import { loadConfigOrExit, secretsOf } from './config.js';
import { createAdminSessions } from './dashboard/admin-sessions.js';
import { mountDashboard } from './dashboard/dashboard-routes.js';
import { createPresence, PRESENCE_EVERY_MS } from './dashboard/presence.js';
import { botApiDiskUploads } from './delivery/bot-api-disk-uploads.js';
import { mountFileLinks } from './file-links/file-link-routes.js';
import { createMtprotoBytes } from './file-links/mtproto-bytes.js';
import { createBotApiBytes } from './file-links/telegram-bytes.js';
import { createHealth, createHeartbeat, processProbe } from './health/health.js';
import { createHttpHandler, startHttpServer } from './http/server.js';
import { createI18n } from './i18n/i18n.js';
import { localJobControl, remoteJobControl } from './jobs/job-control.js';
import { createLifecycle } from './lifecycle/lifecycle.js';
import { installProcessHandlers } from './lifecycle/process-handlers.js';
import { createLogger } from './logger.js';
import { enableMetrics, mountMetrics } from './metrics/metrics.js';
import { classifyMtprotoError } from './mtproto/classify.js';
import { createRetentionTask } from './retention/retention-task.js';
import { createKeepalive } from './scheduler/keepalive.js';
import { createScheduler } from './scheduler/scheduler.js';
import { openStorage } from './storage/open-storage.js';
import { locateTool, setToolEnvironment } from './tools/run-tool.js';
import { VERSION } from './version.js';
import { createWebhookHandler, registerWebhook, webhookSecret } from './webhook/webhook.js';

/** One upload to the Bot API, up to 2 GB to a local server: an hour. */
const UPLOAD_TIMEOUT_SECONDS = 3600;

const DAY_MS = 86_400_000;

/** Whether /pdf can run here (a front without jobs still says so): looked for once, when first asked. */
function chromiumHere(path: string): () => Promise<boolean> {
  let found: Promise<boolean> | undefined;
  return () => {
    found ??= locateTool(path).then((tool) => tool.available);
    return found;
  };
}

/** The composition root: every service is created here, wired by hand, and closed in reverse. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger({
    level: config.logLevel,
    secrets: secretsOf(config),
  });
  setToolEnvironment(config.childEnv);
  const lifecycle = createLifecycle(log);
  const startedAt = Date.now();
  const takesUpdates = config.role !== 'worker';
  const runsJobs = config.role !== 'front';

  let exiting = false;
  const exit = async (code: number, reason: string) => {
    if (exiting) return;
    exiting = true;
    (code === 0 ? log.info : log.fatal).call(log, { code }, reason);
    await lifecycle.close();
    process.exit(code);
  };
  installProcessHandlers(log, (code) => void exit(code, 'uncaught exception'));
  // Installed first: a SIGTERM during start-up (a deploy) also closes what is already open.
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

  mkdirSync(config.tmpDir, { recursive: true });
  const storage = await openStorage(config, log);
  lifecycle.defer('database', () => storage.close());
  processThrottle.shareSchedule(storage.sendSchedule);
  const { coordination } = storage;

  const health = createHealth();
  const heartbeat = createHeartbeat();
  health.register('database', async () => {
    await storage.ping();
    return { ok: true, detail: { kind: storage.kind } };
  });
  health.register('process', processProbe);

  const i18n = createI18n(config.defaultLanguage);
  const { t } = i18n;
  const fetchConfig = await proxyFetchConfig(config.proxyUrl);
  const apiClient = (
    timeoutSeconds: number,
    retries: boolean,
    more?: Pick<Parameters<typeof createApiClient>[1], 'lane' | 'transport'>,
  ) =>
    createApiClient(config.botToken, {
      apiRoot: config.apiRoot,
      timeoutSeconds,
      retries,
      baseFetchConfig: fetchConfig,
      ...more,
    });
  const api = apiClient(API_TIMEOUT_SECONDS, true);

  const mtproto = createMtproto({ config, log, health, lifecycle });
  // File links read through a local Bot API server (any size), else the MTProto client (4 GB),
  // else the Bot API's getFile (20 MB).
  const telegramBytes =
    !config.botApiLocal && mtproto
      ? createMtprotoBytes({
          session: () => mtproto.get(),
          classify: classifyMtprotoError,
          ahead: 4,
        })
      : createBotApiBytes(api, config);
  const worker = runsJobs
    ? await createWorker({
        mtproto,
        config,
        storage,
        api,
        statusApi: apiClient(15, false),
        positionsApi: apiClient(15, false, { lane: 'waiting' }),
        uploadApi: apiClient(UPLOAD_TIMEOUT_SECONDS, true, {
          transport: botApiDiskUploads({
            apiRoot: config.apiRoot,
            token: config.botToken,
            timeoutSeconds: UPLOAD_TIMEOUT_SECONDS,
            agent: fetchConfig.agent,
          }),
        }),
        t,
        log,
        health,
        lifecycle,
      })
    : undefined;
  const front = takesUpdates
    ? createFront({
        config,
        storage,
        api,
        i18n,
        fetchConfig,
        log,
        heartbeat,
        health,
        jobs: worker ? localJobControl(worker.runner) : remoteJobControl(storage.jobs),
        policy: worker?.pipelines.policy ?? networkPolicy(config),
        pdfAvailable: worker?.pipelines.pdfAvailable ?? chromiumHere(config.chromiumPath),
        deliveryLimit: worker?.pipelines.deliveryLimit ?? deliveryLimitFor(config),
        telegramBytes,
        ytdlp: worker
          ? { manager: worker.pipelines.ytdlpManager, cookies: worker.pipelines.cookies }
          : undefined,
        startedAt,
        onFatal: (reason) => void exit(1, reason),
      })
    : undefined;

  // Periodic work runs in whichever process holds its lock: once, however many processes run.
  const scheduler = createScheduler(log);
  lifecycle.defer('scheduler', () => scheduler.stop());
  health.register('tasks', () => ({ ok: true, detail: scheduler.stats() }));
  const once = (
    name: string,
    intervalMs: number,
    lock: string,
    task: (signal: AbortSignal) => Promise<unknown>,
  ) =>
    scheduler.add(name, intervalMs, async (signal) => {
      if (!(await coordination.holds(lock))) return;
      await task(signal);
      log.debug({ task: name }, 'periodic task ran here');
    });
  once('register-commands', 6 * 3_600_000, 'periodic', () =>
    registerCommands(api, t, config.defaultLanguage, config.adminIds),
  );
  const retention = createRetentionTask({
    links: storage.links,
    users: storage.users,
    api,
    t,
    adminIds: config.adminIds,
    language: config.defaultLanguage,
    retentionMs: config.linkRetentionMs,
    warningMs: config.linkWarningMs,
    log,
  });
  once('link-retention', config.retentionCheckMs, 'periodic', retention);
  // kv values past their time (notices, questions), and file_ids not sent for 90 days.
  once('storage-prune', 3_600_000, 'periodic', async () => {
    const now = Date.now();
    const pruned = {
      kv: await storage.kv.prune(now),
      fileCache: await storage.fileCache.prune(now - 90 * DAY_MS),
    };
    if (pruned.kv || pruned.fileCache) log.info(pruned, 'expired kv values and file_ids removed');
  });
  if (front) scheduler.add('broadcast', 10_000, () => front.broadcaster.resume());
  // Each process keeps its own yt-dlp (its own disk): not a once-across-processes task.
  const ytdlpManager = worker?.pipelines.ytdlpManager;
  if (ytdlpManager && config.ytdlpUpdateMs > 0 && !config.ytdlpExplicit)
    scheduler.add('ytdlp-update', config.ytdlpUpdateMs, async (signal) => {
      await ytdlpManager.update(signal);
    });
  if (worker) {
    const publish = createPresence({
      kv: storage.kv,
      role: config.role,
      version: VERSION,
      startedAt,
      running: () => worker.runner.runningHere(),
      ytdlp: worker.pipelines.ytdlpManager,
      cookies: worker.pipelines.cookies,
    });
    scheduler.add('presence', PRESENCE_EVERY_MS, () => publish());
  }
  if (config.keepaliveUrl) {
    scheduler.add('keepalive', config.keepaliveIntervalMs, createKeepalive(config.keepaliveUrl, log));
  }

  const secret =
    front && config.mode === 'webhook' ? await webhookSecret(config.webhookSecret, storage.kv) : undefined;
  const metricsToken = config.metricsToken;
  const registry = metricsToken
    ? await enableMetrics({ queue: () => storage.jobs.counts(), role: config.role })
    : undefined;
  const handler = createHttpHandler({
    name: 'pishtaz',
    version: VERSION,
    mode: config.mode,
    role: config.role,
    health,
    queueCounts: () => storage.jobs.counts(),
    startedAt,
    mount: (routes) => {
      if (metricsToken && registry) mountMetrics(routes, { token: metricsToken, registry });
      mountFileLinks(routes, {
        links: storage.fileLinks,
        users: storage.users,
        bytes: telegramBytes,
        adminIds: config.adminIds,
        bytesPerDay: config.fileLinks.bytesPerDay,
        t,
        defaultLanguage: config.defaultLanguage,
        log,
      });
      mountDashboard(routes, {
        storage,
        sessions: createAdminSessions(storage.kv),
        adminIds: config.adminIds,
        t,
        defaultLanguage: config.defaultLanguage,
        secureCookie: config.publicUrl.startsWith('https:'),
        log,
      });
    },
    webhook:
      front && secret
        ? createWebhookHandler({ bot: front.bot, secret, log, ready: () => front.bot.isInited() })
        : undefined,
  });
  const http = await startHttpServer(handler, config.port, config.host);
  lifecycle.defer('http', () => http.close());
  log.info(
    {
      port: http.port,
      mode: config.mode,
      role: config.role,
      storage: storage.kind,
      version: VERSION,
      node: process.version,
    },
    'http server listening',
  );

  if (worker) {
    // The tools are still being looked for; start-up fails if the pipeline cannot be built.
    worker.pipelines.ready.catch(
      (err: unknown) => void exit(1, `start-up failed: ${(err as Error).message}`),
    );
    await worker.start();
    lifecycle.defer(
      'jobs',
      () => worker.drain(Math.max(0, config.shutdownGraceMs - 3000)),
      config.shutdownGraceMs,
    );
  }
  if (front) {
    if (secret && config.webhookUrl) {
      const base = config.webhookUrl;
      once('webhook-register', 600_000, 'webhook', () => registerWebhook(front.bot, base, secret));
    } else {
      front.startPolling();
    }
    lifecycle.defer('polling', () => front.stop());
  }
  // Closed first: once shutdown begins no job is claimed here, while polling stops and jobs drain.
  if (worker) lifecycle.defer('job-claims', () => worker.stopClaiming());
  log.info({ role: config.role }, 'bot started');
}

/** The password in DATABASE_URL, so the log scrubber hides it wherever it would appear. */
main().catch((err: unknown) => {
  // Start-up failed before the bot could serve: exit non-zero so the host restarts us.
  process.stderr.write(`Start-up failed: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
