import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAwaitedStatus } from '../../src/jobs/awaited-status.js';
import type { StatusReporter } from '../../src/jobs/status-reporter.js';

/** A job whose front reply is recorded at `recordAt` (ms from now), with a notice or silently. */
function awaiting(opts: { slowLookMs?: number } = {}) {
  let recorded: number | null = null;
  let notify = () => {};
  const built: { at: number; id: number | null }[] = [];
  const looks: number[] = [];
  const t0 = Date.now();
  const status = createAwaitedStatus({
    dueAt: t0 + 10_000,
    lookup: async () => {
      looks.push(Date.now() - t0);
      const seen = recorded;
      if (opts.slowLookMs) await new Promise((r) => setTimeout(r, opts.slowLookMs));
      return seen;
    },
    listen: (heard) => {
      notify = heard;
      return () => {
        notify = () => {};
      };
    },
    build: async (id) => {
      built.push({ at: Date.now() - t0, id });
      return { set() {}, async flush() {}, close() {} } satisfies StatusReporter;
    },
  });
  return {
    status,
    built,
    looks,
    record: (id: number, notice: boolean) => {
      recorded = id;
      if (notice) notify();
    },
  };
}

describe('a status awaited from the front', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes the front message as soon as the notice of it comes, between two looks', async () => {
    const job = awaiting();
    await vi.advanceTimersByTimeAsync(700);
    job.record(42, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(job.built).toEqual([{ at: 700, id: 42 }]);
  });

  it('looks again at once when the notice comes while a look is under way', async () => {
    const job = awaiting({ slowLookMs: 30 });
    await vi.advanceTimersByTimeAsync(10);
    job.record(43, true);
    // The first look (0-30 ms) read before the record; the second starts as it ends.
    await vi.advanceTimersByTimeAsync(50);
    expect(job.looks).toEqual([0, 30]);
    expect(job.built).toEqual([{ at: 60, id: 43 }]);
  });

  it('still finds a message whose notice was lost, by looking now and then', async () => {
    const job = awaiting();
    await vi.advanceTimersByTimeAsync(700);
    job.record(44, false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(job.built.map((b) => b.id)).toEqual([44]);
    expect(job.built[0]!.at).toBeGreaterThan(700);
  });

  it('sends its own after the due time when no message came', async () => {
    const job = awaiting();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(job.built).toEqual([{ at: 10_000, id: null }]);
    await job.status.shown;
  });
});
