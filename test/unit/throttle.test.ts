import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api } from 'grammy';
import { describe, expect, it, vi } from 'vitest';
import { configureApi, createApiClient } from '../../src/bot/api-config.js';
import { createThrottle, type Lane } from '../../src/bot/throttle.js';

/** A stand-in Telegram that answers every call and records the chat ids in the order they came. */
async function chatsInOrder() {
  const order: number[] = [];
  const telegram = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      order.push(Number((JSON.parse(body || '{}') as { chat_id?: number }).chat_id));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } }),
      );
    });
  });
  await new Promise<void>((r) => telegram.listen(0, '127.0.0.1', r));
  return { order, telegram, apiRoot: `http://127.0.0.1:${(telegram.address() as AddressInfo).port}` };
}

describe('the Bot API throttle', () => {
  it('is one for the whole process: the bot, status and upload clients together keep to 30 messages a second', async () => {
    const arrivals: number[] = [];
    const telegram = createServer((_req, res) => {
      arrivals.push(Date.now());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } }),
      );
    });
    await new Promise<void>((r) => telegram.listen(0, '127.0.0.1', r));
    const apiRoot = `http://127.0.0.1:${(telegram.address() as AddressInfo).port}`;
    const bot = new Api('1:x', { apiRoot });
    configureApi(bot, { stallMs: 90_000 });
    const status = createApiClient('1:x', { apiRoot, timeoutSeconds: 5, retries: false });
    const upload = createApiClient('1:x', { apiRoot, timeoutSeconds: 5, retries: true });
    const t0 = Date.now();
    await Promise.all(
      [bot, status, upload].flatMap((api, i) =>
        Array.from({ length: 20 }, (_, j) => api.sendMessage(1000 + i * 100 + j, 'x')),
      ),
    );
    telegram.close();
    expect(arrivals).toHaveLength(60);
    // 60 messages at 30 a second take at least 59/30 s, however fast or loaded the machine is.
    expect(Math.max(...arrivals) - t0).toBeGreaterThanOrEqual(1900);
  });

  it('answers a user before the background work already queued: a burst of status edits does not hold up a reply', async () => {
    const { order, telegram, apiRoot } = await chatsInOrder();
    const status = createApiClient('1:x', { apiRoot, timeoutSeconds: 5, retries: false });
    const bot = new Api('1:x', { apiRoot });
    configureApi(bot, { stallMs: 90_000 });
    const backlog = Array.from({ length: 60 }, (_, i) => status.sendMessage(2000 + i, 'edit'));
    const reply = bot.sendMessage(7, 'Hello');
    await Promise.all([...backlog, reply]);
    telegram.close();
    expect(order).toHaveLength(61);
    // Queued after 60 background calls (two seconds of them), the reply went out among the first.
    expect(order.indexOf(7)).toBeLessThan(10);
  });

  it('keeps queue places from holding up a running job: 20 place edits queued first, the upload goes out among the first', async () => {
    const { order, telegram, apiRoot } = await chatsInOrder();
    const places = createApiClient('1:x', { apiRoot, timeoutSeconds: 30, retries: false, lane: 'waiting' });
    const upload = createApiClient('1:x', { apiRoot, timeoutSeconds: 30, retries: false });
    const backlog = Array.from({ length: 20 }, (_, i) => places.sendMessage(3000 + i, 'place'));
    await new Promise((r) => setTimeout(r, 50));
    const sent = upload.sendMessage(9, 'the file');
    await sent;
    // The places go out a few a second; the upload did not wait for the twenty of them.
    expect(order.indexOf(9)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(9)).toBeLessThan(5);
    await Promise.all(backlog);
    telegram.close();
    expect(order).toHaveLength(21);
  }, 30_000);

  it('keeps answers and background work to 26 a second together, answers first but never all of it', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const throttle = createThrottle();
      const sent: { at: number; lane: Lane }[] = [];
      const send = (lane: Lane, chatId: number) =>
        throttle[lane](
          async () => {
            sent.push({ at: Date.now(), lane });
            return { ok: true, result: true } as never;
          },
          'sendMessage',
          { chat_id: chatId } as never,
        );
      const backlog = Array.from({ length: 30 }, (_, i) => send('background', 100 + i));
      await vi.advanceTimersByTimeAsync(100);
      const answers = Array.from({ length: 30 }, (_, i) => send('interactive', 200 + i));
      await vi.runAllTimersAsync();
      await Promise.all([...backlog, ...answers]);
      expect(sent).toHaveLength(60);
      // In no second did more than 26 go out (the other 4 of Telegram's 30 are the queue places').
      const busiest = Math.max(
        ...sent.map((s) => sent.filter((u) => u.at >= s.at && u.at < s.at + 1000).length),
      );
      expect(busiest).toBeLessThanOrEqual(26);
      // The answers took the next slots once they came, three of every four while the backlog
      // waited: they did not wait behind it, nor did it stop.
      expect(sent.map((s) => s.lane[0]).join('')).toMatch(/^b{1,4}(iiib){9}iiib*$/);
    } finally {
      vi.useRealTimers();
    }
  });
  it('lets a call cancelled while it waits for its slot leave at once, without taking the slot', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const throttle = createThrottle();
      const sent: number[] = [];
      const telegram = async (_method: string, _payload: unknown, signal?: AbortSignal) => {
        if (signal?.aborted) throw new Error('cancelled');
        sent.push(Date.now());
        return { ok: true, result: true } as never;
      };
      // Every third edit is of a job that ends meanwhile.
      const ended = new AbortController();
      const edits = Array.from({ length: 30 }, (_, i) =>
        throttle
          .background(
            telegram as never,
            'editMessageText',
            { chat_id: i } as never,
            (i % 3 === 0 ? ended.signal : undefined) as never,
          )
          .then(
            () => 'sent',
            () => 'cancelled',
          ),
      );
      await vi.advanceTimersByTimeAsync(50);
      ended.abort();
      await vi.advanceTimersByTimeAsync(0);
      // The nine still waiting are answered now, not when their slots would have come.
      expect(
        (await Promise.all(edits.filter((_, i) => i % 3 === 0 && i > 0))).every((r) => r === 'cancelled'),
      ).toBe(true);
      await vi.runAllTimersAsync();
      expect(sent).toHaveLength(21);
      // The 21 took 21 slots of 1000/26 ms: the last went out 20 slots after the first.
      expect(Math.max(...sent)).toBeLessThan(21 * (1000 / 26));
      await Promise.all(edits);
    } finally {
      vi.useRealTimers();
    }
  });
});
