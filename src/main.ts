import { mkdirSync } from 'node:fs';
import { registerCommands } from './bot/commands.js';
import { createBot } from './bot/create-bot.js';
import { createAccountFeature } from './bot/features/account.js';
import { createFallbackFeature } from './bot/features/fallback.js';
import { createStartFeature } from './bot/features/start.js';
import { createI18n } from './bot/i18n.js';
import { createPollingSupervisor } from './bot/polling-supervisor.js';
import { loadConfigOrExit } from './config.js';
import { createHealth, createHeartbeat, pollingProbe } from './health/health.js';
import { createHttpApp, startHttpServer } from './http/server.js';
import { createLifecycle } from './lifecycle/lifecycle.js';
import { installProcessHandlers } from './lifecycle/process-handlers.js';
import { createLogger } from './logger.js';
import { createScheduler } from './scheduler/scheduler.js';
import { createSqliteStorage } from './storage/sqlite/index.js';
import { VERSION } from './version.js';

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

  const { i18n, t } = createI18n(config.defaultLanguage);
  const bot = createBot({
    token: config.botToken,
    apiRoot: config.apiRoot,
    proxyUrl: config.proxyUrl,
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
    features: [createStartFeature({ maxFileBytes: config.maxFileBytes }), createFallbackFeature()],
  });

  const scheduler = createScheduler(log);
  lifecycle.defer('scheduler', () => scheduler.stop());
  health.register('tasks', () => ({ ok: true, detail: scheduler.stats() }));
  scheduler.add('register-commands', 6 * 3_600_000, () =>
    registerCommands(bot.api, t, config.defaultLanguage, config.adminIds),
  );

  const app = createHttpApp({
    name: 'pishtaz',
    version: VERSION,
    mode: config.mode,
    health,
    queueCounts: () => storage.jobs.counts(),
    startedAt,
  });
  const http = await startHttpServer(app, config.port, config.host);
  lifecycle.defer('http', () => http.close());
  log.info({ port: http.port, mode: config.mode, version: VERSION }, 'http server listening');

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

void main();
