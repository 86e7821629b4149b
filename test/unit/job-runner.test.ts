import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { CancelReason, createJobRunner, IDLE_AFTER_MS, type JobHandler } from '../../src/jobs/job-runner.js';
import { createSqliteStorage } from '../../src/storage/sqlite/index.js';
import type { JobRecord, Storage } from '../../src/storage/types.js';
import { waitUntil } from '../support/spawn-bot.js';

/** Two runners ("processes") on one queue, in this process: what only the queue connects. */
describe('job runner on a shared queue', () => {
  const log = pino({ level: 'silent' });
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  function runner(
    storage: Storage,
    handler: JobHandler,
    opts: { maxRunning?: number; onIdle?: () => void } = {},
  ) {
    const lost: JobRecord[] = [];
    const r = createJobRunner({
      queue: storage.jobs,
      limits: { maxRunning: opts.maxRunning ?? 2, maxPerUser: 1 },
      handler,
      onLost: async (job) => void lost.push(job),
      log,
      wedgedAfterMs: 200,
      leaseMs: 400,
      maxAttempts: 2,
      tickMs: 50,
      onIdle: opts.onIdle,
    });
    stops.push(() => r.drain(0));
    return { r, lost };
  }
  const newJob = async (s: Storage) =>
    (await s.jobs.enqueue(
      { userId: 1, chatId: 1, linkId: null, url: 'https://x/', kind: 'auto', language: 'en' },
      Date.now(),
    ))!;
  const storage = () => createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'runner-')));

  it('stops a job running in one runner when another one cancels it, through the queue, within 2 s', async () => {
    const s = storage();
    let reason: unknown;
    const a = runner(s, (_job, signal, touch) => {
      const beat = setInterval(touch, 20);
      return new Promise<void>((resolve) =>
        signal.addEventListener('abort', () => {
          clearInterval(beat);
          reason = signal.reason;
          resolve();
        }),
      );
    });
    const b = runner(s, async () => {});
    const job = await newJob(s);
    await a.r.start();
    await waitUntil(() => a.r.isRunningHere(job.id), 2000, 'A to run the job');
    const asked = Date.now();
    expect(await b.r.cancel(job.id)).toBe('requested');
    await waitUntil(() => reason !== undefined, 2000, 'the cancel to reach A');
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(reason).toBeInstanceOf(CancelReason);
    expect((reason as CancelReason).by).toBe('user');
  });

  it('says it is idle once, a moment after its last job ended, and not while another runs', async () => {
    const s = storage();
    const idleAt: number[] = [];
    const releases: (() => void)[] = [];
    const work: JobHandler = async (job, _signal, touch) => {
      const beat = setInterval(touch, 20);
      await new Promise<void>((resolve) => releases.push(resolve));
      clearInterval(beat);
      await s.jobs.finish(job.id, 'done', Date.now());
    };
    const a = runner(s, work, { onIdle: () => idleAt.push(Date.now()) });
    await a.r.start();
    const first = await newJob(s);
    await waitUntil(() => a.r.isRunningHere(first.id), 2000, 'the first job to run');
    releases.shift()!();
    // A second job starts within the quiet time: no idle call for the first one's end.
    const second = await s.jobs.enqueue(
      { userId: 2, chatId: 2, linkId: null, url: 'https://y/', kind: 'auto', language: 'en' },
      Date.now(),
    );
    await waitUntil(() => a.r.isRunningHere(second!.id), 2000, 'the second job to run');
    await new Promise((r) => setTimeout(r, IDLE_AFTER_MS + 300));
    expect(idleAt).toEqual([]);
    const ended = Date.now();
    releases.shift()!();
    await waitUntil(() => idleAt.length > 0, IDLE_AFTER_MS + 2000, 'the idle call');
    expect(idleAt[0]! - ended).toBeGreaterThanOrEqual(IDLE_AFTER_MS - 50);
    await new Promise((r) => setTimeout(r, 500));
    expect(idleAt).toHaveLength(1);
  });

  it('claims nothing once shutdown has begun, while the job it runs goes on', async () => {
    const s = storage();
    let finish = () => {};
    const started: string[] = [];
    const a = runner(s, (job) => {
      started.push(job.id);
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    const first = await newJob(s);
    await a.r.start();
    await waitUntil(() => a.r.isRunningHere(first.id), 2000, 'the first job');
    a.r.stopClaiming();
    const second = (await s.jobs.enqueue(
      { userId: 2, chatId: 2, linkId: null, url: 'https://y/', kind: 'auto', language: 'en' },
      Date.now(),
    ))!;
    await a.r.pump();
    finish();
    await waitUntil(() => !a.r.isRunningHere(first.id), 2000, 'the first job to end');
    await a.r.pump();
    expect(started).toEqual([first.id]);
    expect((await s.jobs.get(second.id))?.state).toBe('queued');
  });

  it('takes up a job whose runner stopped renewing its lease, without a restart', async () => {
    const s = storage();
    // A's one job hangs without progress and ignores its signal (a wedged runner): its lease lapses.
    let unstick = () => {};
    const stuck = new Promise<void>((resolve) => {
      unstick = resolve;
    });
    let aborted: unknown;
    const a = runner(
      s,
      (_job, signal) => {
        signal.addEventListener('abort', () => {
          aborted = signal.reason;
        });
        return stuck;
      },
      { maxRunning: 1 },
    );
    const ranOnB: string[] = [];
    const b = runner(s, async (job) => {
      ranOnB.push(job.id);
      await s.jobs.finish(job.id, 'done', Date.now());
    });
    const job = await newJob(s);
    await a.r.start();
    await waitUntil(() => a.r.isRunningHere(job.id), 2000, 'A to run the job');
    await b.r.start();
    await waitUntil(() => ranOnB.length > 0, 5000, 'B to take the job up');
    expect(ranOnB).toEqual([job.id]);
    expect(await s.jobs.get(job.id)).toMatchObject({ state: 'done', attempts: 2 });
    // A stops its own run once it sees the lease lapsed (on its own tick: before or after B).
    await waitUntil(() => aborted !== undefined, 5000, 'A to stop its run');
    expect((aborted as CancelReason).by).toBe('lease-lost');
    expect(b.lost).toEqual([]);
    unstick();
  });

  it('keeps the lease of a job at work while its runner is slow to claim, whatever the lease', async () => {
    const s = storage();
    // A's queue answers claims slowly after its first (a loaded database): 1.5 s, well past its
    // lease of 1 s, which is given no tick of its own. The margins leave room for a loaded machine.
    let claims = 0;
    const slowClaims = {
      ...s.jobs,
      claimNext: async (...a: Parameters<typeof s.jobs.claimNext>) => {
        if (claims++ > 0) await new Promise((r) => setTimeout(r, 1500));
        return s.jobs.claimNext(...a);
      },
    };
    const runs: string[] = [];
    let aborted: unknown;
    const a = createJobRunner({
      queue: slowClaims,
      limits: { maxRunning: 2, maxPerUser: 1 },
      handler: async (job, signal, touch) => {
        runs.push(`A:${job.id}`);
        signal.addEventListener('abort', () => {
          aborted = signal.reason;
        });
        for (let i = 0; i < 60 && !signal.aborted; i++) {
          touch();
          await new Promise((r) => setTimeout(r, 50));
        }
        if (!signal.aborted) await s.jobs.finish(job.id, 'done', Date.now());
      },
      onLost: async () => {},
      log,
      wedgedAfterMs: 5000,
      leaseMs: 1000,
      maxAttempts: 2,
    });
    stops.push(() => a.drain(0));
    const b = runner(s, async (job) => {
      runs.push(`B:${job.id}`);
      await s.jobs.finish(job.id, 'done', Date.now());
    });
    const job = await newJob(s);
    // start() waits for A's slow second claim; the job runs from A's first.
    const started = a.start();
    await waitUntil(() => a.isRunningHere(job.id), 2000, 'A to run the job');
    await b.r.start();
    await waitUntil(async () => (await s.jobs.get(job.id))?.state === 'done', 10_000, 'the job to end');
    await started;
    expect(runs).toEqual([`A:${job.id}`]);
    expect(aborted).toBeUndefined();
  });
});

describe('an idle runner on a queue that tells of its changes', () => {
  const log = pino({ level: 'silent' });

  it('looks at the queue only when woken or at the idle tick, and renews a claimed job every tick', async () => {
    const s = createSqliteStorage(mkdtempSync(path.join(tmpdir(), 'idle-runner-')));
    let wake = () => {};
    const calls = { reclaim: 0, claim: 0, renew: 0 };
    const queue = {
      ...s.jobs,
      onChange: (listener: () => void) => {
        wake = listener;
        return () => {};
      },
      reclaimExpired: (...a: Parameters<typeof s.jobs.reclaimExpired>) => {
        calls.reclaim++;
        return s.jobs.reclaimExpired(...a);
      },
      claimNext: (...a: Parameters<typeof s.jobs.claimNext>) => {
        calls.claim++;
        return s.jobs.claimNext(...a);
      },
      renew: (...a: Parameters<typeof s.jobs.renew>) => {
        calls.renew++;
        return s.jobs.renew(...a);
      },
    };
    let finish = () => {};
    const r = createJobRunner({
      queue,
      limits: { maxRunning: 1, maxPerUser: 1 },
      handler: (_job, _signal, touch) => {
        const beat = setInterval(touch, 20);
        return new Promise<void>((resolve) => {
          finish = () => {
            clearInterval(beat);
            resolve();
          };
        });
      },
      onLost: async () => {},
      log,
      wedgedAfterMs: 5000,
      leaseMs: 400,
      maxAttempts: 2,
      tickMs: 50,
      idleTickMs: 60_000,
    });
    await r.start();
    const idle = { ...calls };
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Ten ticks' time with nothing running: not one more look at the queue.
    expect(calls).toEqual(idle);
    const job = (await s.jobs.enqueue(
      { userId: 1, chatId: 1, linkId: null, url: 'https://x/', kind: 'auto', language: 'en' },
      Date.now(),
    ))!;
    wake();
    await waitUntil(() => r.isRunningHere(job.id), 1000, 'the job to start on the wake-up');
    // Running, its lease (400 ms) is renewed every tick, not at the idle tick a minute away.
    await waitUntil(() => calls.renew >= 5, 1000, 'renewals every tick');
    expect((await s.jobs.get(job.id))?.state).toBe('running');
    finish();
    await r.drain(0);
    await s.close();
  });
});
