import type { Middleware, MiddlewareFn } from 'grammy';
import type { Logger } from '../logger.js';
import { metrics } from '../metrics/metrics.js';
import { StorageUnavailableError } from '../storage/types.js';
import type { BotContext } from './context.js';

/** An update is held this long at most for the database to come back, then it fails as usual. */
const HOLD_MS = 5 * 60_000;

/**
 * Telegram counts an update as taken once polling moves past it, so an update that meets a
 * database restart would be lost. Instead it waits here (in memory: the runner's sink bounds how
 * many) until the database answers, then runs again from the start.
 */
export function holdWhileStorageDown(
  inner: MiddlewareFn<BotContext>,
  deps: { log: Logger; storageAnswers: () => Promise<boolean>; holdMs?: number; retryMs?: number },
): Middleware<BotContext> {
  return async (ctx, next) => {
    const deadline = Date.now() + (deps.holdMs ?? HOLD_MS);
    for (;;) {
      try {
        return await inner(ctx, next);
      } catch (err) {
        if (!(err instanceof StorageUnavailableError) || Date.now() > deadline) throw err;
        metrics.storageError();
        deps.log.warn(
          { updateId: ctx.update.update_id },
          'database unavailable: update held until it answers',
        );
        while (Date.now() <= deadline && !(await deps.storageAnswers())) {
          await new Promise((r) => setTimeout(r, deps.retryMs ?? 1000));
        }
      }
    }
  };
}
