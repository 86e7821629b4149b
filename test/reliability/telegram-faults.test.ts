import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, user } from '../support/pipeline-harness.js';
import { waitUntil } from '../support/spawn-bot.js';
import { p99, rssMiB, saveFigures, seeded } from './figures.js';

const STALL_S = 3;

describe('reliability: 30% of Telegram calls failing, and getUpdates down for a stretch', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('delivers 50 links from 10 users exactly once, keeps answering, and /health tells the truth', async () => {
    const bot = await h.start(
      { HEALTH_STALL_SECONDS: String(STALL_S), MAX_CONCURRENT_JOBS: '3' },
      'rel-telegram-faults',
    );
    const rss0 = rssMiB(bot.proc.pid!);
    const rand = seeded(42);
    let getUpdatesDown = false;
    const injected: Record<string, number> = {};
    h.api.faults = (method) => {
      if (method === 'getUpdates')
        return getUpdatesDown ? { type: 'error', code: 502, description: 'Bad Gateway' } : undefined;
      if (method === 'setMyCommands' || method === 'deleteWebhook' || method === 'getMe') return undefined;
      const r = rand();
      if (r >= 0.3) return undefined;
      const fault =
        r < 0.08
          ? ({
              type: 'error',
              code: 429,
              description: 'Too Many Requests: retry after 1',
              retryAfter: 1,
            } as const)
          : r < 0.16
            ? ({ type: 'error', code: r < 0.12 ? 500 : 502, description: 'Internal Server Error' } as const)
            : r < 0.24
              ? ({ type: 'drop' } as const)
              : ({ type: 'delay', ms: 1500 } as const);
      const key = fault.type === 'error' ? String(fault.code) : fault.type;
      injected[key] = (injected[key] ?? 0) + 1;
      return fault;
    };

    // /health sampled against the double's own record of successful getUpdates.
    const samples: { at: number; doneAt: number; status: number }[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const at = Date.now();
        const { status } = await bot.health();
        samples.push({ at, doneAt: Date.now(), status });
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    const users = Array.from({ length: 10 }, (_, i) => user(8000 + i));
    for (let i = 0; i < 5; i++)
      for (const u of users) h.api.sendText(u, `${h.web.url}/gen?size=200000&name=u${u.id}-${i}.bin`);

    // Once deliveries flow, a stretch with getUpdates failing (6 s: twice the stall limit).
    await waitUntil(() => users.some((u) => h.files(u.id).length > 0), 60_000, 'the first delivery');
    getUpdatesDown = true;
    await new Promise((r) => setTimeout(r, 2 * STALL_S * 1000));
    getUpdatesDown = false;

    // The bot keeps answering: ping /start and time the replies.
    const latencies: number[] = [];
    const pinger = user(8999);
    for (let i = 0; i < 8; i++) {
      const before = h.api.messagesTo(pinger.id).length;
      const t0 = Date.now();
      h.api.sendText(pinger, '/start');
      await waitUntil(() => h.api.messagesTo(pinger.id).length > before, 30_000, 'reply to /start');
      latencies.push(Date.now() - t0);
    }
    await waitUntil(() => users.every((u) => h.files(u.id).length >= 5), 120_000, 'all 50 deliveries');
    // No job left that could still send a duplicate.
    await waitUntil(
      async () => {
        const { queue } = (await (await fetch(bot.baseUrl)).json()) as {
          queue: { queued: number; running: number };
        };
        return queue.queued === 0 && queue.running === 0;
      },
      30_000,
      'every job ended',
    );
    sampling = false;
    await sampler;

    let duplicates = 0;
    let lost = 0;
    for (const u of users) {
      const names = h.files(u.id).map((m) => m.file!.filename);
      for (let i = 0; i < 5; i++) {
        const n = names.filter((x) => x === `u${u.id}-${i}.bin`).length;
        if (n === 0) lost++;
        if (n > 1) duplicates += n - 1;
      }
    }
    // Health truth: 503 whenever no getUpdates succeeded for clearly longer than the stall
    // limit, 200 whenever one succeeded clearly within it.
    const okPolls = h.api.calls.filter((c) => c.method === 'getUpdates').map((c) => c.at);
    let lies = 0;
    const contradictions: { age: number; ageDone: number; status: number }[] = [];
    let unhealthySeen = 0;
    // The bot answered at some moment between asking and the answer: a status is a lie only
    // when the state contradicts it at both ends (under load an answer can take seconds).
    const ageAt = (t: number) => {
      const earlier = okPolls.filter((p) => p <= t);
      return earlier.length ? (t - Math.max(...earlier)) / 1000 : undefined;
    };
    for (const s of samples) {
      const [age, ageDone] = [ageAt(s.at), ageAt(s.doneAt)];
      if (age === undefined || ageDone === undefined) continue; // start-up: the first poll is on its way
      if (s.status === 503) unhealthySeen++;
      const stale = age > STALL_S + 1.5 && ageDone > STALL_S + 1.5;
      const fresh = age < STALL_S - 1.5 && ageDone < STALL_S - 1.5;
      if ((stale && s.status !== 503) || (fresh && s.status !== 200)) {
        lies++;
        contradictions.push({ age, ageDone, status: s.status });
      }
    }
    const figures = {
      links: 50,
      delivered: 50 - lost,
      lost,
      duplicates,
      faultsInjected: injected,
      healthSamples: samples.length,
      unhealthySamples: unhealthySeen,
      healthContradictions: lies,
      contradictions,
      replyLatencyP99Ms: p99(latencies),
      rssStartMiB: Math.round(rss0),
      rssEndMiB: Math.round(rssMiB(bot.proc.pid!)),
    };
    saveFigures('telegram-faults', figures);
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
    expect(unhealthySeen).toBeGreaterThan(0);
    expect(lies).toBe(0);
    expect(bot.proc.exitCode).toBeNull();
  }, 240_000);
});
