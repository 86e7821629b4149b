import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';

describe('webhook mode and keep-alive', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.close());

  it('handles an update with the right secret, refuses others with 401, and is healthy without getUpdates', async () => {
    const bot = await h.start(
      { BOT_MODE: 'webhook', WEBHOOK_URL: 'https://pishtaz.example.com', WEBHOOK_SECRET: 'hook-secret_123' },
      'webhook',
    );
    await waitUntil(
      () => h.api.webhookInfo().url === 'https://pishtaz.example.com/webhook',
      10_000,
      'setWebhook',
    );
    expect(h.api.webhookInfo().secret_token).toBe('hook-secret_123');
    const u = user(6001);
    const update = (id: number, text: string) => ({
      update_id: id,
      message: {
        message_id: id,
        date: 0,
        chat: { id: u.id, type: 'private', first_name: 'W' },
        from: { ...u, is_bot: false },
        text,
        entities: [{ type: 'bot_command', offset: 0, length: text.length }],
      },
    });
    const post = (body: unknown, secret?: string) =>
      fetch(`${bot.baseUrl}/webhook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
        body: JSON.stringify(body),
      });
    expect((await post(update(1, '/help'))).status).toBe(401);
    expect((await post(update(2, '/help'), 'wrong')).status).toBe(401);
    const t0 = Date.now();
    const ok = await post(update(3, '/start'), 'hook-secret_123');
    expect(ok.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1000);
    await h.waitForText(u.id, /Hello User6001/);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.api.messagesTo(u.id)).toHaveLength(1);
    const health = await bot.health();
    expect(health.status).toBe(200);
    expect(h.api.callsTo('getUpdates')).toHaveLength(0);
  });

  it('pings KEEPALIVE_URL at the set interval, and an unreachable one is logged and harmless', async () => {
    let pings = 0;
    h.web.route('/alive', (_req, res) => {
      pings++;
      res.end('ok');
    });
    await h.start({ KEEPALIVE_URL: `${h.web.url}/alive`, KEEPALIVE_INTERVAL_SECONDS: '0.3' }, 'keepalive');
    await new Promise((r) => setTimeout(r, 2000));
    expect(pings).toBeGreaterThanOrEqual(4);
    expect(pings).toBeLessThanOrEqual(9);
    await h.bot!.stop();
    const bot = await h.start(
      { KEEPALIVE_URL: 'http://127.0.0.1:1/', KEEPALIVE_INTERVAL_SECONDS: '0.3' },
      'keepalive-bad',
    );
    await bot.waitForLog(/keep-alive ping failed/);
    const u = user(6002);
    h.api.sendText(u, '/start');
    await h.waitForText(u.id, /Hello/);
    expect((await bot.health()).status).toBe(200);
  });
});
