import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClaimCandidate, fairOrder, pickNext, type RunningJob } from '../../src/storage/fair-order.js';

const KINDS = ['auto', 'pdf', 'video'] as const;

describe('fair order', () => {
  it("picks the same job from each user's first job of each kind (with its rank) as from the whole queue", () => {
    const fields = { userId: fc.integer({ min: 1, max: 5 }), kind: fc.constantFrom(...KINDS) };
    const job = fc.record(fields);
    fc.assert(
      fc.property(
        fc.array(job, { maxLength: 40 }),
        fc.array(fc.record({ ...fields, owner: fc.constantFrom('a', 'b') }), { maxLength: 6 }),
        fc.record({
          maxRunning: fc.integer({ min: 1, max: 6 }),
          maxPerUser: fc.integer({ min: 1, max: 3 }),
          perKind: fc.record({ pdf: fc.integer({ min: 0, max: 2 }), video: fc.integer({ min: 0, max: 3 }) }),
        }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }),
        (jobs, running, limits, served) => {
          const lastServed = new Map(served.map((at, i) => [i + 1, at]));
          // The whole queue, in arrival order, each job ranked among its user's.
          const seen = new Map<number, number>();
          const all: ClaimCandidate[] = jobs.map((j, i) => {
            const rank = seen.get(j.userId) ?? 0;
            seen.set(j.userId, rank + 1);
            return { id: i + 1, ...j, rank };
          });
          const firsts = all.filter(
            (j) => !all.some((k) => k.id < j.id && k.userId === j.userId && k.kind === j.kind),
          );
          const pick = (list: ClaimCandidate[]) =>
            pickNext(fairOrder(list, lastServed), running as RunningJob[], limits, 'a')?.id;
          expect(pick(firsts)).toBe(pick(all));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('interleaves users, the one served longest ago first', () => {
    const queued = [
      { id: 1, userId: 7 },
      { id: 2, userId: 7 },
      { id: 3, userId: 8 },
      { id: 4, userId: 9 },
      { id: 5, userId: 8 },
    ];
    const lastServed = new Map([
      [7, 500],
      [8, 100],
    ]);
    expect(fairOrder(queued, lastServed).map((j) => j.id)).toEqual([4, 3, 1, 5, 2]);
  });
});
