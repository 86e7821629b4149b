import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { BotContext } from '../bot/context.js';
import { ALLOWED_UPDATES } from '../bot/polling-supervisor.js';
import type { Logger } from '../logger.js';
import type { KvRepo } from '../storage/types.js';

/** The configured secret, or one generated once and kept in the database. */
export async function webhookSecret(configured: string | undefined, kv: KvRepo): Promise<string> {
  if (configured) return configured;
  // Fronts starting together all end up with the one secret that was stored first.
  return (
    (await kv.get('webhook-secret')) ??
    kv.setIfAbsent('webhook-secret', randomBytes(32).toString('base64url'))
  );
}

/** Updates handled at once at most, as many as polling's runner takes; beyond, Telegram retries. */
export const MAX_UPDATES_IN_FLIGHT = 100;
/** Telegram's updates are small; a larger body is not one. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * POST /webhook: the secret header is checked in constant time (401 otherwise), the update is
 * acknowledged at once and handled in the background by the same handlers, so Telegram never
 * waits on a download and never re-sends an update because we were slow. At most `maxInFlight`
 * updates are handled at once: beyond that the answer is 503 and Telegram sends it again later,
 * so a flood cannot grow memory without bound.
 */
export function mountWebhook(
  app: Hono,
  deps: { bot: Bot<BotContext>; secret: string; log: Logger; ready: () => boolean; maxInFlight?: number },
) {
  const expected = Buffer.from(deps.secret);
  const maxInFlight = deps.maxInFlight ?? MAX_UPDATES_IN_FLIGHT;
  let inFlight = 0;
  app.post('/webhook', bodyLimit({ maxSize: MAX_BODY_BYTES }), async (c) => {
    const given = Buffer.from(c.req.header('x-telegram-bot-api-secret-token') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return c.json({ error: 'unauthorized' }, 401);
    if (!deps.ready()) return c.json({ error: 'starting' }, 503);
    let update: Update;
    try {
      update = (await c.req.json()) as Update;
    } catch {
      return c.json({ error: 'bad request' }, 400);
    }
    if (typeof update?.update_id !== 'number') return c.json({ error: 'bad request' }, 400);
    if (inFlight >= maxInFlight) return c.json({ error: 'busy' }, 503);
    inFlight++;
    deps.bot
      .handleUpdate(update)
      .catch((err) => deps.log.error({ err, updateId: update.update_id }, 'webhook update failed'))
      .finally(() => {
        inFlight--;
      });
    return c.json({ ok: true });
  });
}

/** Registers the webhook with Telegram; run at start and then periodically (idempotent). */
export async function registerWebhook(bot: Bot<BotContext>, baseUrl: string, secret: string): Promise<void> {
  await bot.init();
  await bot.api.setWebhook(`${baseUrl.replace(/\/+$/, '')}/webhook`, {
    secret_token: secret,
    allowed_updates: [...ALLOWED_UPDATES],
  });
}
