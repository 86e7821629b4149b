import { mkdirSync } from 'node:fs';
import { createBroadcaster } from './admin/broadcast.js';
import { createFeatures } from './app/create-features.js';
import { createPipelines } from './app/create-pipelines.js';
import { createApiClient } from './bot/api-config.js';
import { registerCommands } from './bot/commands.js';
import { API_TIMEOUT_SECONDS, createBot } from './bot/create-bot.js';
import { createAccountFeature } from './bot/features/account.js';
import { createI18n } from './bot/i18n.js';
import { createPollingSupervisor } from './bot/polling-supervisor.js';
import { proxyFetchConfig } from './bot/proxy.js';
import { loadConfigOrExit } from './config.js';
import { createHealth, createHeartbeat, pollingProbe, processProbe } from './health/health.js';
import { createHttpApp, startHttpServer } from './http/server.js';
import { createJobSystem } from './jobs/create-job-system.js';
import { createLifecycle } from './lifecycle/lifecycle.js';
import { installProcessHandlers } from './lifecycle/process-handlers.js';
import { createLogger } from './logger.js';
import { createRetentionTask } from './retention/retention-task.js';
import { createKeepalive } from './scheduler/keepalive.js';
import { createScheduler } from './scheduler/scheduler.js';
import { createSqliteStorage } from './storage/sqlite/index.js';
import { VERSION } from './version.js';
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
  const storage = createSqliteStorage(config.dataDir);
  lifecycle.defer('database', () => storage.close());

  const health = createHealth();
  const heartbeat = createHeartbeat();
  health.register('database', async () => {
    await storage.ping();
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

  const pipelines = await createPipelines({ config, storage, api, uploadApi, t, log, health, lifecycle });
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
    leaseMs: config.jobLeaseMs,
    pipeline: pipelines.pipeline,
  });
  health.register('jobs', jobs.runner.probe);
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
    features: createFeatures({
      config,
      storage,
      runner: jobs.runner,
      policy: pipelines.policy,
      pdfAvailable: pipelines.pdfAvailable,
      deliveryLimit: pipelines.deliveryLimit,
      broadcaster,
      startedAt,
    }),
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
  await broadcaster.resume();

  const secret =
    config.mode === 'webhook' ? await webhookSecret(config.webhookSecret, storage.kv) : undefined;
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
  log.info(
    { port: http.port, mode: config.mode, version: VERSION, node: process.version },
    'http server listening',
  );

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
}

main().catch((err: unknown) => {
  // Start-up failed before the bot could serve: exit non-zero so the host restarts us.
  process.stderr.write(`Start-up failed: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
