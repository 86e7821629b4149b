import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import { ALLOWED_UPDATES } from '../bot/polling-supervisor.js';
import { type RawHandler, sendJson } from '../http/server.js';
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
 * so a flood cannot grow memory without bound. A body over 1 MiB is refused (413) as it arrives.
 */
export function createWebhookHandler(deps: {
  bot: Bot<BotContext>;
  secret: string;
  log: Logger;
  ready: () => boolean;
  maxInFlight?: number;
}): RawHandler {
  const expected = Buffer.from(deps.secret);
  const maxInFlight = deps.maxInFlight ?? MAX_UPDATES_IN_FLIGHT;
  let inFlight = 0;
  return async (req, res) => {
    const header = req.headers['x-telegram-bot-api-secret-token'];
    const given = Buffer.from(typeof header === 'string' ? header : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return refuse(req, res, 401, 'unauthorized');
    if (!deps.ready()) return refuse(req, res, 503, 'starting');
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too large') return refuse(req, res, 413, 'payload too large');
    let update: Update;
    try {
      update = JSON.parse(body.toString('utf8')) as Update;
    } catch {
      return sendJson(res, 400, { error: 'bad request' });
    }
    if (typeof update?.update_id !== 'number') return sendJson(res, 400, { error: 'bad request' });
    if (inFlight >= maxInFlight) return sendJson(res, 503, { error: 'busy' });
    inFlight++;
    deps.bot
      .handleUpdate(update)
      .catch((err) => deps.log.error({ err, updateId: update.update_id }, 'webhook update failed'))
      .finally(() => {
        inFlight--;
      });
    sendJson(res, 200, { ok: true });
  };
}

/** Answers before the body is read; the connection closes rather than take in the rest. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string) {
  res.shouldKeepAlive = false;
  sendJson(res, status, { error });
  req.resume();
}

/**
 * The whole body, or 'too large' as soon as it passes `max` bytes (or declares more). The rest of
 * a body too large is read and dropped, so the answer still reaches the sender.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too large'> {
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.resolve('too large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > max) return;
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      chunks.length = 0;
      resolve('too large');
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('close', () => reject(new Error('the sender went away')));
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
