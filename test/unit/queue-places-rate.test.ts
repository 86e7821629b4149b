import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Api } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { createJobSystem } from '../../src/jobs/create-job-system.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import { waitUntil } from '../support/spawn-bot.js';

describe('queue places under churn', () => {
  it('looks at the queue at most four times a second while 60 jobs come and go, and shows the last places', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'places-rate-'));
    const storage = createSqliteStorage(dir);
    const edits: { chatId: number; text: string }[] = [];
    const api = {
      editMessageText: async (chatId: number, _id: number, text: string) => {
        edits.push({ chatId, text });
        return true;
      },
      sendMessage: async () => ({ message_id: 1 }),
      deleteMessage: async () => true,
    } as unknown as Api;
    let looks = 0;
    const jobs = createJobSystem({
      api,
      t: createI18n('en').t,
      queue: storage.jobs,
      links: storage.links,
      log: pino({ level: 'silent' }),
      tmpDir: path.join(dir, 'tmp'),
      progressIntervalMs: 50,
      // Each job takes 50 ms, three at a time: the queue changes some 60 times a second.
      pipeline: async () => {
        await new Promise((r) => setTimeout(r, 50));
        return { size: 1, sent: { method: 'sendDocument', fileId: 'f', messageId: 2 } };
      },
      limits: { maxRunning: 3, maxPerUser: 1 },
      wedgedAfterMs: 60_000,
      leaseMs: 60_000,
      announcesPositions: async () => {
        looks++;
        return true;
      },
    });
    for (let u = 1; u <= 60; u++) {
      const job = (await storage.jobs.enqueue(
        { userId: u, chatId: u, linkId: null, url: `https://x/${u}`, kind: 'auto', language: 'en' },
        Date.now(),
      ))!;
      await storage.jobs.setStatusMessage(job.id, 100 + u);
    }
    const started = Date.now();
    await jobs.start();
    await waitUntil(
      async () => {
        const { queued, running } = await storage.jobs.counts();
        return queued + running === 0;
      },
      20_000,
      'an empty queue',
    );
    const seconds = (Date.now() - started) / 1000;
    await jobs.drain(1000);
    // At most one look per 250 ms, and one more for the change that came during the last look.
    expect(looks).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 2);
    // The places still moved: the last in line saw its place fall, step by step.
    const places = edits
      .filter((e) => e.chatId === 60 && /position/.test(e.text))
      .map((e) => Number(/position (\d+)/.exec(e.text)![1]));
    expect(places[0]).toBeGreaterThan(50);
    expect(places.length).toBeGreaterThan(1);
    expect(places).toEqual([...places].sort((a, b) => b - a));
  });
});
