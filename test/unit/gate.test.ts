import { describe, expect, it } from 'vitest';
import { createGate } from '../../src/lifecycle/gate.js';

describe('a gate', () => {
  it('runs at most its permits at once, the rest in the order they came, and frees a failed turn', async () => {
    const gate = createGate(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) =>
      gate.run(async () => {
        started.push(n);
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (n === 1) throw new Error('task 1 failed');
        return n;
      });
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map(task));
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => r.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(await gate.run(async () => 'free again')).toBe('free again');
  });
});
