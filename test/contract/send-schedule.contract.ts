import { describe, expect, it } from 'vitest';
import type { SendSchedule } from '../../src/storage/types.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The send schedule: the same behaviour from every implementation. `twoProcesses` gives the
 * schedules two processes of one bot would use (for SQLite, one process, the same one twice).
 */
export function describeSendScheduleContract(
  name: string,
  twoProcesses: () => Promise<[SendSchedule, SendSchedule]>,
) {
  const SPACING = 100;

  describe(`send schedule contract: ${name}`, () => {
    it('gives every slot once, a spacing apart, whichever process takes it', async () => {
      const [a, b] = await twoProcesses();
      // Where each slot lands on this clock: the answer's arrival plus the wait it gave.
      const at = (s: SendSchedule) => s.next(SPACING, 0).then((wait) => Date.now() + wait);
      const slots = (await Promise.all(Array.from({ length: 20 }, (_, i) => at(i % 2 ? a : b)))).sort(
        (x, y) => x - y,
      );
      // Twenty slots take nineteen spacings; calls that answered late only push slots later.
      expect(slots.at(-1)! - slots[0]!).toBeGreaterThanOrEqual(19 * SPACING - 5);
    });

    it('keeps no slots that passed while nothing was sent, but makes up a stall of up to `burst`', async () => {
      const [a] = await twoProcesses();
      expect(await a.next(SPACING, 0)).toBeLessThan(SPACING / 2);
      expect(await a.next(SPACING, 0)).toBeGreaterThan(SPACING / 2);
      await sleep(6 * SPACING);
      const waits = [];
      for (let i = 0; i < 4; i++) waits.push(await a.next(SPACING, 0));
      // After a pause: one now, then a spacing apart.
      expect(waits[0]).toBeLessThan(SPACING / 2);
      expect(waits[3]).toBeGreaterThan(2.5 * SPACING);
      await sleep(8 * SPACING);
      const caught = [];
      for (let i = 0; i < 4; i++) caught.push(await a.next(SPACING, 2));
      // Up to two slots behind: three now, the fourth a spacing on.
      expect(caught.slice(0, 3).every((w) => w < SPACING / 2)).toBe(true);
      expect(caught[3]).toBeGreaterThan(SPACING / 2);
    });
  });
}
