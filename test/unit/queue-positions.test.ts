import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { createPositionAnnouncer } from '../../src/jobs/queue-positions.js';
import type { StatusReporter } from '../../src/jobs/status-reporter.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';

describe('queue positions', () => {
  it('shows every move near the front, bounds the edits of a long queue and forgets jobs that left it', async () => {
    const { jobs } = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'positions-')));
    const shown = new Map<string, string[]>();
    const left: string[] = [];
    const announce = createPositionAnnouncer({
      queue: jobs,
      t: createI18n('en').t,
      reporterFor: (jobId) =>
        ({
          set: (text: string) => shown.set(jobId, [...(shown.get(jobId) ?? []), text]),
          flush: async () => {},
          close: () => {},
        }) satisfies StatusReporter,
      leftQueue: (jobId) => left.push(jobId),
    });
    const ids: string[] = [];
    for (let u = 1; u <= 100; u++) {
      const job = (await jobs.enqueue(
        { userId: u, chatId: u, linkId: null, url: `https://x/${u}`, kind: 'auto', language: 'en' },
        1000 + u,
      ))!;
      await jobs.setStatusMessage(job.id, u);
      ids.push(job.id);
    }
    await announce();
    // The queue drains one job at a time, as workers take them.
    for (let i = 0; i < 100; i++) {
      await jobs.claimNext({ maxRunning: 100, maxPerUser: 1 }, { owner: 'w', ms: 60_000 }, 5000 + i);
      await announce();
    }
    const last = ids.at(-1)!;
    const places = shown.get(last)!.map((text) => Number(text.match(/position (\d+)/)![1]));
    // The last in line saw its place fall from 100 to 1: every step from 10 on, bigger steps before.
    expect(places[0]).toBe(100);
    expect(places.slice(-10)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(places.length).toBeLessThan(25);
    const edits = [...shown.values()].reduce((n, texts) => n + texts.length, 0);
    expect(edits).toBeLessThan(100 * 25);
    expect(left.sort()).toEqual([...ids].sort());
  });

  it('shows a place once its status message is known, with one read of the queue per look', async () => {
    const { jobs } = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'positions-')));
    let reads = 0;
    // Every call the announcer makes to the queue counts as one read of the database.
    const counted = new Proxy(jobs, {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        return typeof value === 'function'
          ? (...args: unknown[]) => {
              reads++;
              return value.apply(target, args);
            }
          : value;
      },
    });
    const shown = new Map<string, string[]>();
    const announce = createPositionAnnouncer({
      queue: counted,
      t: createI18n('en').t,
      reporterFor: (jobId, chatId, messageId) =>
        ({
          set: (text: string) =>
            shown.set(jobId, [...(shown.get(jobId) ?? []), `${chatId}/${messageId}: ${text}`]),
          flush: async () => {},
          close: () => {},
        }) satisfies StatusReporter,
      leftQueue: () => {},
    });
    // A burst of links: their "queued" messages are still on their way (Telegram paces them).
    const ids: string[] = [];
    for (let u = 1; u <= 50; u++)
      ids.push(
        (await jobs.enqueue(
          { userId: u, chatId: u, linkId: null, url: `https://x/${u}`, kind: 'auto', language: 'en' },
          1000 + u,
        ))!.id,
      );
    for (let look = 0; look < 3; look++) await announce();
    expect(shown.size).toBe(0);
    expect(reads).toBe(3);
    await jobs.setStatusMessage(ids[0]!, 500);
    await jobs.setStatusMessage(ids[49]!, 549);
    await announce();
    expect(reads).toBe(4);
    expect(shown.get(ids[0]!)).toEqual(['1/500: ⏳ In the queue: position 1']);
    expect(shown.get(ids[49]!)?.[0]).toMatch(/^50\/549: .*position 50$/);
  });
});
