import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Heartbeat } from '../health/health.js';
import type { Logger } from '../logger.js';
import { pollTimings } from './api-config.js';
import type { BotContext } from './context.js';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/**
 * Keeps long polling alive. The runner ends its task on 401, 409 and after its own retry time:
 * 401 is fatal (a wrong token never heals), anything else is restarted with capped backoff. A
 * watchdog exits the process when no getUpdates has succeeded for `maxDownMs`, so the host
 * restarts us instead of showing a live page over a dead bot.
 */
export function createPollingSupervisor(deps: {
  bot: Bot<BotContext>;
  log: Logger;
  heartbeat: Heartbeat;
  stallMs: number;
  maxDownMs: number;
  onFatal: (reason: string) => void;
}) {
  const { bot, log, heartbeat } = deps;
  const { pollSeconds } = pollTimings(deps.stallMs);
  let handle: RunnerHandle | undefined;
  let stopped = false;
  const wake = new AbortController();
  let loop: Promise<void> | undefined;
  let watchdog: NodeJS.Timeout | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake.signal.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      });
    });

  async function supervise(): Promise<void> {
    let backoffMs = 500;
    while (!stopped) {
      const beatAtStart = heartbeat.lastBeat();
      handle = run(bot, {
        runner: {
          fetch: { timeout: pollSeconds, allowed_updates: [...ALLOWED_UPDATES] },
          retryInterval: 1000,
          maxRetryTime: deps.maxDownMs,
          silent: true,
        },
        sink: { concurrency: 100 },
      });
      try {
        await handle.task();
        if (stopped) return;
        log.warn('polling ended by itself; restarting');
      } catch (err) {
        if (stopped) return;
        const code = (err as { error_code?: number }).error_code;
        if (code === 401) {
          deps.onFatal('Telegram rejected BOT_TOKEN (401 Unauthorized): check the token with @BotFather');
          return;
        }
        if (code === 409) {
          log.warn(
            { err },
            'getUpdates conflict (409): another instance polls with this token, or a webhook is set',
          );
          await bot.api.deleteWebhook().catch(() => {});
        } else {
          log.error({ err }, 'polling failed; restarting');
        }
      }
      if (heartbeat.lastBeat() > beatAtStart) backoffMs = 500;
      await sleep(backoffMs);
      backoffMs = Math.min(backoffMs * 2, 30_000);
    }
  }

  return {
    start() {
      loop = (async () => {
        await bot.api
          .deleteWebhook()
          .catch((err) => log.warn({ err }, 'deleteWebhook failed; polling anyway'));
        await supervise();
      })();
      watchdog = setInterval(
        () => {
          const down = Date.now() - heartbeat.lastBeat();
          if (!stopped && down > deps.maxDownMs) {
            deps.onFatal(
              `polling has not recovered for ${Math.round(down / 1000)} s; exiting so the host restarts us`,
            );
          }
        },
        Math.min(5000, deps.maxDownMs / 4),
      );
      watchdog.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(watchdog);
      wake.abort();
      await handle?.stop().catch(() => {});
      await loop;
    },
  };
}
