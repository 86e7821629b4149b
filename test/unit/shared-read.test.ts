import { describe, expect, it } from 'vitest';
import { sharedRead } from '../../src/storage/shared-read.js';

/** A store whose reads take a turn of the event loop and count themselves. */
function store() {
  let written = 0;
  let reads = 0;
  const read = async () => {
    reads++;
    const seen = written;
    await new Promise((r) => setImmediate(r));
    return seen;
  };
  return { write: () => ++written, read, reads: () => reads };
}

describe('sharedRead', () => {
  it('serves a burst of callers with two reads, each seeing every write before its call', async () => {
    const s = store();
    const places = sharedRead(s.read);
    const calls = Array.from({ length: 100 }, () => {
      const wrote = s.write();
      return places().then((seen) => ({ wrote, seen }));
    });
    const results = await Promise.all(calls);
    expect(s.reads()).toBe(2);
    for (const { wrote, seen } of results) expect(seen).toBeGreaterThanOrEqual(wrote);
  });

  it('reads afresh after a quiet moment, and passes a failed read to its callers only', async () => {
    let fail = true;
    const places = sharedRead(async () => {
      const away = fail;
      await new Promise((r) => setImmediate(r));
      if (away) throw new Error('database away');
      return 'places';
    });
    const failed = places();
    const waiting = places();
    fail = false;
    await expect(failed).rejects.toThrow('database away');
    await expect(waiting).resolves.toBe('places');
    await expect(places()).resolves.toBe('places');
  });
});
