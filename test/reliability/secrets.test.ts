import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness, user } from '../support/pipeline-harness.js';
import { freePort, startBot, TEST_TOKEN, waitUntil } from '../support/spawn-bot.js';

const SECRET = TEST_TOKEN.split(':')[1]!;

describe('secrets', () => {
  it('never logs the token, even in errors that embed the API URL, nor serves it over HTTP', async () => {
    // Telegram unreachable: every call fails with an error that carries the URL with the token.
    const dead = await freePort();
    const bot = await startBot({
      apiRoot: `http://127.0.0.1:${dead}`,
      name: 'secrets-unreachable',
      env: { LOG_LEVEL: 'debug', HEALTH_STALL_SECONDS: '2' },
    });
    await bot.waitForLog(/polling|getUpdates|deleteWebhook/i);
    // Asked while it is failing: errors (with the token in their URLs) are what could leak.
    await waitUntil(async () => (await bot.health()).status === 503, 15_000, 'health to see the stall');
    for (const p of ['/', '/health', '/ping', '/nope', `/bot${TEST_TOKEN}/getMe`]) {
      const body = await (await fetch(`${bot.baseUrl}${p}`)).text();
      expect(body).not.toContain(SECRET);
    }
    await bot.stop();
    expect(bot.logs().length).toBeGreaterThan(500);
    expect(bot.logs()).not.toContain(SECRET);

    // A failing job and a handler error through the double, for good measure.
    const h = await createHarness();
    await h.start({ API_HASH: '0123456789abcdef0123456789abcdef', API_ID: '12345' }, 'secrets-job');
    h.api.faults = (method) =>
      method === 'sendDocument'
        ? { type: 'error', code: 400, description: `Bad Request: token ${TEST_TOKEN}` }
        : undefined;
    h.api.sendText(user(9901), `${h.web.url}/gen?size=1000&name=a.bin`);
    await h.waitForText(9901, /❌/);
    const logs = h.bot!.logs();
    await h.close();
    expect(logs).not.toContain(SECRET);
    expect(logs).not.toContain('0123456789abcdef0123456789abcdef');
    expect(logs).toContain('[REDACTED]');
  });

  it('finds the token in none of the bot logs written so far in this run', () => {
    const dir = path.resolve(import.meta.dirname, '../../test-artifacts/logs');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(path.join(dir, f), 'utf8'), f).not.toContain(SECRET);
  });
});
