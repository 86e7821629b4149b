import type { Bot } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { startHttpServer } from '../../src/http/server.js';
import { createWebhookHandler } from '../../src/webhook/webhook.js';
import { rawRequest } from '../support/raw-http.js';

describe('POST /webhook under a flood', () => {
  it('handles a bounded number of updates at once and answers 503 beyond it, so Telegram sends them again', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const handled: number[] = [];
    const bot = {
      handleUpdate: async (u: { update_id: number }) => {
        await gate;
        handled.push(u.update_id);
      },
    } as unknown as Bot<BotContext>;
    const handler = createWebhookHandler({
      bot,
      secret: 's3cret',
      log: pino({ level: 'silent' }),
      ready: () => true,
      maxInFlight: 5,
    });
    const server = await startHttpServer(handler, 0, '127.0.0.1');
    const post = (id: number, body?: string) =>
      fetch(`http://127.0.0.1:${server.port}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's3cret' },
        body: body ?? JSON.stringify({ update_id: id }),
      });
    const first = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((id) => post(id)));
    expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 503, 503]);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(handled).toEqual([1, 2, 3, 4, 5]);
    // Room again: the updates Telegram sends again are taken.
    expect((await post(6)).status).toBe(200);
    // A body far larger than any update is refused before it is read whole.
    expect((await post(8, JSON.stringify({ update_id: 8, pad: 'x'.repeat(2 * 1024 * 1024) }))).status).toBe(
      413,
    );
    // A body that says it is larger than it is allowed to be is refused before it is sent.
    const declared = await rawRequest(
      server.port,
      'POST /webhook HTTP/1.1\r\nhost: x\r\nx-telegram-bot-api-secret-token: s3cret\r\ncontent-length: 5000000\r\n\r\n{',
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413 /);
    expect((await post(9, '{"update_id":')).status).toBe(400);
    expect((await post(10, '{"no_update_id":1}')).status).toBe(400);
    await server.close();
  });
});
