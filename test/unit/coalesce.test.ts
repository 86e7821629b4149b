import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '../../src/lifecycle/coalesce.js';

describe('coalesce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const counting = (ms: number) => {
    const runs: number[] = [];
    const task = async () => {
      runs.push(Date.now());
      await new Promise((r) => setTimeout(r, ms));
    };
    return { runs, task };
  };

  it('runs the first request at once, and a burst during the run as one more run after the gap', async () => {
    const { runs, task } = counting(10);
    const request = coalesce(task, 250, () => {});
    const t0 = Date.now();
    request();
    expect(runs).toEqual([t0]);
    for (let i = 0; i < 100; i++) request();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([t0, t0 + 250]);
  });

  it('never runs twice at once, and sees a change that came during a long run', async () => {
    const { runs, task } = counting(400);
    const request = coalesce(task, 250, () => {});
    request();
    await vi.advanceTimersByTimeAsync(100);
    request();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    // The second starts as soon as the first ends (its gap is long over).
    expect(runs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toHaveLength(2);
  });

  it('hands a failed run to onError and keeps running', async () => {
    let n = 0;
    const errors: unknown[] = [];
    const request = coalesce(
      async () => {
        n++;
        if (n === 1) throw new Error('no database');
      },
      250,
      (err) => errors.push(err),
    );
    request();
    await vi.advanceTimersByTimeAsync(300);
    request();
    await vi.advanceTimersByTimeAsync(300);
    expect(n).toBe(2);
    expect(errors).toEqual([new Error('no database')]);
  });
});
