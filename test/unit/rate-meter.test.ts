import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createRateMeter } from '../../src/pipeline/rate-meter.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('rate meter', () => {
  it('measures over its window, however many chunks arrive in it', () => {
    const rate = createRateMeter(3000);
    let last: number | undefined;
    // 10 MB a second in 64 KiB chunks for 8 s, then 1 MB a second for 4 s.
    let done = 0;
    for (let at = 0; at <= 8000; at += 6.5536) {
      done = Math.round(at * 10_000);
      last = rate(done, at);
    }
    expect(last! / 10_000_000).toBeCloseTo(1, 2);
    for (let at = 8000; at <= 12_000; at += 65.536) last = rate(done + Math.round((at - 8000) * 1000), at);
    expect(last! / 1_000_000).toBeCloseTo(1, 1);
  });

  it('keeps a few dozen samples however fast the chunks come', () => {
    const rate = createRateMeter(3000);
    gc();
    const before = process.memoryUsage().heapUsed;
    // 200,000 chunks in 3 s (a GiB a second of 16 KiB chunks): kept, they would be megabytes.
    let last: number | undefined;
    for (let i = 0; i < 200_000; i++) last = rate(i * 16_384, i * 0.015);
    gc();
    expect(last).toBeGreaterThan(1e9);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(1024 * 1024);
    expect(rate(200_000 * 16_384, 3000)).toBeGreaterThan(1e9); // the meter is still in use
  });
});
