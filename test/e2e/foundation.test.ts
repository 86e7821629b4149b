import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiDouble, startBotApiDouble } from '../support/bot-api-double.js';
import { type RunningBot, startBot, TEST_TOKEN, waitUntil } from '../support/spawn-bot.js';

const fa = { id: 501, first_name: 'Sara', language_code: 'fa' };
const en = { id: 502, first_name: 'John', language_code: 'en-US' };

describe('bot core against the Bot API double', () => {
  let api: BotApiDouble;
  let bot: RunningBot | undefined;

  beforeEach(async () => {
    api = await startBotApiDouble({ token: TEST_TOKEN });
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await api.close();
  });

  it('answers /start in Persian and English, and gives plain text the hint', async () => {
    bot = await startBot({ apiRoot: api.url, name: 'start' });
    api.sendText(fa, '/start');
    api.sendText(en, '/start');
    api.sendText(en, 'hello there');
    const faReply = await api.waitForCall((c) => c.method === 'sendMessage' && c.params.chat_id === fa.id);
    // Persian reads right to left: the name sits in a directional isolate (U+2068 … U+2069).
    expect(faReply.params.text).toContain('سلام \u2068Sara\u2069');
    // The two updates are handled concurrently: their replies may come in either order.
    const enReplies = await waitUntil(() => {
      const r = api.messagesTo(en.id);
      return r.length >= 2 && r;
    });
    const welcome = enReplies.find((m) => m.text?.includes('Hello John'));
    expect(welcome).toBeDefined();
    // No MTProto keys and no local Bot API server: the Bot API's 50 MB is the limit in force.
    expect(welcome!.text).toContain('Files up to 50.0 MB are supported');
    expect(enReplies.filter((m) => m.text?.includes('Please send a valid link'))).toHaveLength(1);
    // Commands are registered in each language.
    const langs = api.callsTo('setMyCommands').map((c) => c.params.language_code);
    expect(langs).toEqual(expect.arrayContaining(['fa', 'en']));
  });

  it('states the 2,000 MB limit on /start once MTProto keys are set', async () => {
    bot = await startBot({
      apiRoot: api.url,
      name: 'start-mtproto',
      env: { API_ID: '12345', API_HASH: '0123456789abcdef0123456789abcdef' },
    });
    api.sendText(en, '/start');
    const reply = await waitUntil(() => api.messagesTo(en.id)[0]);
    expect(reply.text).toContain('Files up to 2.0 GB are supported');
  });

  it('turns /health 503 when getUpdates fails, then hangs, and recovers without a restart', async () => {
    bot = await startBot({ apiRoot: api.url, name: 'stall', env: { HEALTH_STALL_SECONDS: '3' } });
    await waitUntil(async () => (await bot!.health()).status === 200, 10_000, 'healthy at start');

    let phase: 'fail' | 'hang' | 'ok' = 'fail';
    api.faults = (method) => {
      if (method !== 'getUpdates' || phase === 'ok') return undefined;
      return phase === 'fail' ? { type: 'error', code: 502, description: 'Bad Gateway' } : { type: 'hang' };
    };
    const sick = await waitUntil(
      async () => {
        const h = await bot!.health();
        return h.status === 503 && h;
      },
      10_000,
      '503 while getUpdates fails',
    );
    expect(sick.body.status).toBe('unhealthy');
    expect(sick.body.reasons!.join(' ')).toMatch(/getUpdates/);

    phase = 'hang';
    await new Promise((r) => setTimeout(r, 4000));
    expect((await bot.health()).status).toBe(503);

    phase = 'ok';
    await waitUntil(async () => (await bot!.health()).status === 200, 20_000, 'healthy again');
    api.sendText(en, '/start');
    const reply = await api.waitForCall(
      (c) => c.method === 'sendMessage' && c.params.chat_id === en.id,
      20_000,
    );
    expect(reply.params.text).toContain('Hello John');
    expect(bot.proc.exitCode).toBeNull();
  });

  it('sends exactly one reply to each of 50 /start from 10 users while 30% of calls fail', async () => {
    bot = await startBot({ apiRoot: api.url, name: 'faults' });
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    api.faults = (method) => {
      if (method === 'setMyCommands' || method === 'deleteWebhook') return undefined;
      const r = rand();
      if (r >= 0.3) return undefined;
      if (r < 0.1)
        return { type: 'error', code: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 };
      if (r < 0.2) return { type: 'error', code: r < 0.15 ? 500 : 502, description: 'Internal Server Error' };
      return { type: 'drop' };
    };
    const users = Array.from({ length: 10 }, (_, i) => ({
      id: 700 + i,
      first_name: `U${i}`,
      language_code: 'en',
    }));
    const updates: number[] = [];
    for (let round = 0; round < 5; round++) for (const u of users) updates.push(api.sendText(u, '/start'));
    await waitUntil(() => api.callsTo('sendMessage').length >= 50, 45_000, '50 replies');
    await bot.handled(updates, 30_000);
    for (const u of users) expect(api.messagesTo(u.id)).toHaveLength(5);
    expect(api.callsTo('sendMessage')).toHaveLength(50);
  });

  it('exits 0 on SIGTERM within the grace period', async () => {
    bot = await startBot({ apiRoot: api.url, name: 'sigterm', env: { SHUTDOWN_GRACE_SECONDS: '5' } });
    const t0 = Date.now();
    const { code } = await bot.stop();
    expect(code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('exits 1 with a clear message when Telegram rejects the token', async () => {
    bot = await startBot({ apiRoot: api.url, name: 'unauthorized' });
    api.faults = (method) =>
      method === 'getUpdates' ? { type: 'error', code: 401, description: 'Unauthorized' } : undefined;
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.logs()).toMatch(/rejected BOT_TOKEN \(401/);
  });
});
