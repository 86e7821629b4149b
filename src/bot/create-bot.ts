import { Bot, Composer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Heartbeat } from '../health/health.js';
import type { I18n } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { StorageUnavailableError } from '../storage/types.js';
import { configureApi } from './api-config.js';
import type { BotContext } from './context.js';
import { createGroupGate } from './group-gate.js';
import { holdWhileStorageDown } from './hold-while-storage-down.js';
import { i18nMiddleware } from './i18n-middleware.js';

export interface BotDeps {
  token: string;
  apiRoot: string;
  baseFetchConfig?: object;
  log: Logger;
  heartbeat?: Heartbeat;
  stallMs: number;
  i18n: I18n;
  /** Runs before the error boundary: sets ctx.log, ctx.lang, the account. */
  account: Composer<BotContext>;
  /** Feature composers in order; the catch-all comes last. */
  features: Composer<BotContext>[];
  /** For offline tests: skips getMe. */
  botInfo?: UserFromGetMe;
  /** Whether the database answers now: an update that met an outage waits for it. */
  storageAnswers?: () => Promise<boolean>;
}

/** Request timeout for ordinary calls; uploads use their own Api with long timeouts. */
export const API_TIMEOUT_SECONDS = 30;

export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    botInfo: deps.botInfo,
    client: {
      apiRoot: deps.apiRoot,
      timeoutSeconds: API_TIMEOUT_SECONDS,
      baseFetchConfig: deps.baseFetchConfig,
    },
  });
  configureApi(bot.api, { heartbeat: deps.heartbeat, stallMs: deps.stallMs });

  // One line per update once every handler is done (debug): how long it took, and a barrier
  // end-to-end tests wait on before asserting that something did not happen.
  bot.use(async (ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      (ctx.log ?? deps.log.child({ updateId: ctx.update.update_id })).debug(
        { ms: Math.round(performance.now() - started) },
        'update handled',
      );
    }
  });
  const handling = new Composer<BotContext>();
  handling.use(i18nMiddleware(deps.i18n));
  handling.use(createGroupGate());
  handling.use(deps.account);
  handling.errorBoundary(apologize, ...deps.features);
  bot.use(
    holdWhileStorageDown(handling.middleware(), {
      log: deps.log,
      storageAnswers: deps.storageAnswers ?? (async () => true),
    }),
  );

  // Last resort: nothing may reach the polling loop, not even a failing apology.
  bot.catch((err) => {
    deps.log.error(
      { err: err.error, updateId: err.ctx.update.update_id },
      'update failed outside the boundary',
    );
  });
  return bot;
}

async function apologize(err: { error: unknown; ctx: BotContext }): Promise<void> {
  // Not the handler's fault: the update is held and run again once the database answers.
  if (err.error instanceof StorageUnavailableError) throw err.error;
  const { ctx } = err;
  const log = ctx.log ?? console;
  log.error({ err: err.error, updateId: ctx.update.update_id }, 'handler failed');
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('error-generic') });
    else if (ctx.chat) await ctx.reply(ctx.t('error-generic'));
  } catch (replyErr) {
    log.warn({ err: replyErr }, 'could not send the apology');
  }
}
