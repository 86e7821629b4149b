import { describe, expect, it } from 'vitest';
import {
  type JobQueue,
  type Lease,
  type NewJob,
  QUIET_STATUS,
  type QueueLimits,
} from '../../src/storage/types.js';

/**
 * The job queue's contract, for every implementation (SQLite today, PostgreSQL next). Time is an
 * argument of every call, so leases expire without anyone sleeping.
 */
export function describeQueueContract(name: string, makeQueue: () => Promise<JobQueue>) {
  const limits: QueueLimits = { maxRunning: 10, maxPerUser: 1 };
  const a: Lease = { owner: 'worker-a', ms: 10_000 };
  const b: Lease = { owner: 'worker-b', ms: 10_000 };
  const job = (userId: number, url = `https://example.com/${userId}`): NewJob => ({
    userId,
    chatId: userId,
    linkId: null,
    url,
    kind: 'auto',
    language: 'en',
  });
  const enqueue = async (q: JobQueue, j: NewJob, now: number) => (await q.enqueue(j, now))!;
  const claimAll = async (q: JobQueue, l: QueueLimits, lease: Lease, now: number) => {
    const out: string[] = [];
    for (let next = await q.claimNext(l, lease, now); next; next = await q.claimNext(l, lease, now))
      out.push(next.url);
    return out;
  };

  describe(`job queue contract: ${name}`, () => {
    it('gives opaque string ids and keeps what a job carries', async () => {
      const q = await makeQueue();
      const j = await enqueue(q, { ...job(1), options: { format: '720' } }, 1000);
      expect(typeof j.id).toBe('string');
      expect(await q.get(j.id)).toMatchObject({ state: 'queued', attempts: 0, options: { format: '720' } });
      await q.setStatusMessage(j.id, 77);
      expect((await q.get(j.id))?.statusMessageId).toBe(77);
      expect(await q.get('no-such-job')).toBeUndefined();
    });

    it("refuses a user's job past their cap of waiting and running ones, and gives an update's job back however full", async () => {
      const q = await makeQueue();
      const keyed = (key: string): NewJob => ({ ...job(5), updateKey: key });
      const first = (await q.enqueue(keyed('u1'), 1000, 2))!;
      await q.enqueue(keyed('u2'), 1001, 2);
      expect(await q.enqueue(keyed('u3'), 1002, 2)).toBeUndefined();
      // Another user is not held back; the same update, run again, gets its own job back.
      expect(await q.enqueue(job(6), 1003, 2)).toMatchObject({ userId: 6, state: 'queued' });
      expect((await q.enqueue(keyed('u1'), 1004, 2))?.id).toBe(first.id);
      // A running job counts; an ended one does not.
      expect((await q.claimNext(limits, a, 1100))?.id).toBe(first.id);
      expect(await q.enqueue(keyed('u3'), 1200, 2)).toBeUndefined();
      await q.finish(first.id, 'done', 1300);
      expect(await q.enqueue(keyed('u3'), 1400, 2)).toMatchObject({ userId: 5, state: 'queued' });
    });

    it('forgets jobs that ended over a week before a job is added, and keeps newer ones', async () => {
      const q = await makeQueue();
      const day = 86_400_000;
      const old = await enqueue(q, job(7), 1000);
      const recent = await enqueue(q, job(8), 1000);
      await q.requestCancel(old.id, 2000);
      await q.requestCancel(recent.id, 2000 + 2 * day);
      await enqueue(q, job(9), 2001 + 7 * day);
      expect(await q.get(old.id)).toBeUndefined();
      expect(await q.get(recent.id)).toMatchObject({ state: 'cancelled' });
    });

    it('hands a worker the whole job it claims: what the user asked for, running, one attempt', async () => {
      const q = await makeQueue();
      const j = await enqueue(
        q,
        { ...job(4, 'https://example.com/v'), kind: 'video', language: 'fa', options: { format: '720' } },
        1000,
      );
      await q.setStatusMessage(j.id, 91);
      expect(await q.claimNext(limits, a, 2000)).toEqual({
        ...j,
        state: 'running',
        attempts: 1,
        statusMessageId: 91,
      });
    });

    it('serves users fairly, one job each at a time, and shows the same order as positions', async () => {
      const q = await makeQueue();
      for (const [user, n] of [
        [1, 3],
        [2, 2],
        [3, 1],
      ] as const)
        for (let i = 0; i < n; i++) await enqueue(q, job(user, `u${user}-${i}`), 1000 + i);
      const positions = await q.queuePlaces();
      expect(positions.size).toBe(6);
      expect(await claimAll(q, limits, a, 2000)).toEqual(['u1-0', 'u2-0', 'u3-0']);
      expect((await q.counts()).running).toBe(3);
      const first = (await q.activeByUser(1)).find((j) => j.state === 'running')!;
      await q.finish(first.id, 'done', 3000);
      // User 1 was served, so the next job of user 1 runs; users 2 and 3 still hold their slot.
      expect(await claimAll(q, limits, a, 3000)).toEqual(['u1-1']);
      expect((await q.queuePlaces()).size).toBe(2);
    });

    it('keeps the overall and per-kind limits', async () => {
      const q = await makeQueue();
      for (let u = 1; u <= 5; u++) await enqueue(q, job(u), 1000);
      await enqueue(q, { ...job(6), kind: 'pdf' }, 1000);
      await enqueue(q, { ...job(7), kind: 'pdf' }, 1000);
      const claimed = await claimAll(q, { maxRunning: 3, maxPerUser: 1 }, a, 2000);
      expect(claimed).toHaveLength(3);
      const rest = await claimAll(q, { maxRunning: 10, maxPerUser: 1, perKind: { pdf: 1 } }, a, 2000);
      expect(rest.filter((u) => u.endsWith('/6') || u.endsWith('/7'))).toHaveLength(1);
    });

    it('passes over a kind at its cap in fair order, however many of one user wait behind it', async () => {
      const q = await makeQueue();
      const capped: QueueLimits = { maxRunning: 10, maxPerUser: 1, perKind: { pdf: 1 } };
      await enqueue(q, { ...job(3, 'u3-pdf'), kind: 'pdf' }, 900);
      expect((await q.claimNext(capped, a, 1000))?.url).toBe('u3-pdf');
      await enqueue(q, { ...job(1, 'u1-pdf'), kind: 'pdf' }, 1001);
      await enqueue(q, { ...job(2, 'u2-pdf'), kind: 'pdf' }, 1002);
      await enqueue(q, { ...job(1, 'u1-pdf2'), kind: 'pdf' }, 1003);
      await enqueue(q, job(2, 'u2-auto'), 1004);
      await enqueue(q, job(1, 'u1-auto'), 1005);
      // Fair order: u1-pdf, u2-pdf, u1-pdf2, u2-auto, u1-auto; the pdfs wait for the running one.
      expect(await claimAll(q, capped, a, 2000)).toEqual(['u2-auto', 'u1-auto']);
    });

    it('lets a lease run out, so another worker claims the job again and the first one hears it lost it', async () => {
      const q = await makeQueue();
      const queued = await enqueue(q, job(1), 0);
      const claimed = await q.claimNext(limits, a, 1000);
      expect(claimed).toMatchObject({ id: queued.id, attempts: 1 });
      // Renewed in time: still A's.
      expect(await q.renew([queued.id], a, 9000)).toEqual({ lost: [], cancelRequested: [] });
      expect(await q.reclaimExpired(2, 18_000)).toEqual({ requeued: [], failed: [] });
      expect(await q.claimNext(limits, b, 18_000)).toBeUndefined();
      // A goes silent; its lease (9 s + 10 s) runs out at 19 s, and a late renewal cannot save it.
      expect(await q.renew([queued.id], a, 19_001)).toEqual({ lost: [queued.id], cancelRequested: [] });
      const reclaimed = await q.reclaimExpired(2, 19_001);
      expect(reclaimed.requeued.map((j) => j.id)).toEqual([queued.id]);
      expect(await q.claimNext(limits, b, 19_002)).toMatchObject({ id: queued.id, attempts: 2 });
      expect(await q.renew([queued.id], a, 19_003)).toEqual({ lost: [queued.id], cancelRequested: [] });
      expect(await q.renew([queued.id], b, 19_003)).toEqual({ lost: [], cancelRequested: [] });
    });

    it('fails a job whose lease ran out on its last try, and says so once', async () => {
      const q = await makeQueue();
      const queued = await enqueue(q, job(1), 0);
      await q.claimNext(limits, a, 1000);
      await q.reclaimExpired(2, 12_000);
      await q.claimNext(limits, b, 12_000);
      const { requeued, failed } = await q.reclaimExpired(2, 23_000);
      expect(requeued).toEqual([]);
      expect(failed.map((j) => [j.id, j.state])).toEqual([[queued.id, 'failed']]);
      expect((await q.get(queued.id))?.state).toBe('failed');
      expect(await q.reclaimExpired(2, 50_000)).toEqual({ requeued: [], failed: [] });
    });

    it('cancels a queued job at once and asks the owner of a running one to stop', async () => {
      const q = await makeQueue();
      const waiting = await enqueue(q, job(1, 'wait'), 0);
      const other = await enqueue(q, job(2, 'run'), 0);
      await enqueue(q, job(1, 'later'), 1);
      const running = await q.claimNext({ maxRunning: 1, maxPerUser: 1 }, a, 1000);
      expect(running?.url).toBe('wait');
      expect(await q.requestCancel(other.id, 1100)).toBe('cancelled');
      expect((await q.get(other.id))?.state).toBe('cancelled');
      expect(await q.requestCancel(waiting.id, 1200)).toBe('requested');
      expect(await q.renew([waiting.id], a, 1300)).toEqual({ lost: [], cancelRequested: [waiting.id] });
      await q.finish(waiting.id, 'cancelled', 1400, 'cancelled');
      expect(await q.requestCancel(waiting.id, 1500)).toBe('none');
      expect(await q.requestCancel('no-such-job', 1500)).toBe('none');
    });

    it('ends as cancelled, not runs again, a job whose owner died after its cancel was asked', async () => {
      const q = await makeQueue();
      const queued = await enqueue(q, job(1), 0);
      await q.claimNext(limits, a, 1000);
      expect(await q.requestCancel(queued.id, 2000)).toBe('requested');
      // A dies before its next renewal; the lease runs out at 11 s.
      const { requeued, failed } = await q.reclaimExpired(2, 11_001);
      expect(requeued).toEqual([]);
      expect(failed.map((j) => [j.id, j.state])).toEqual([[queued.id, 'cancelled']]);
      expect((await q.get(queued.id))?.state).toBe('cancelled');
      expect(await q.claimNext(limits, b, 11_002)).toBeUndefined();
    });

    it('puts a job released at shutdown back without using up a try', async () => {
      const q = await makeQueue();
      const queued = await enqueue(q, job(1), 0);
      await q.claimNext(limits, a, 1000);
      await q.release(queued.id);
      expect(await q.get(queued.id)).toMatchObject({ state: 'queued', attempts: 0 });
      expect(await q.claimNext(limits, b, 1100)).toMatchObject({ attempts: 1 });
      expect(await q.renew([queued.id], a, 1200)).toEqual({ lost: [queued.id], cancelRequested: [] });
    });

    it('refuses a job over the per-user cap, also when many arrive at once', async () => {
      const q = await makeQueue();
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => q.enqueue(job(1, `u1-${i}`), 1000 + i, 20)),
      );
      expect(results.filter(Boolean)).toHaveLength(20);
      expect(await q.activeByUser(1)).toHaveLength(20);
      expect(await q.enqueue(job(2), 2000, 20)).toBeDefined();
    });

    it('keeps the per-user limit and serves everyone when many workers claim at once', async () => {
      const q = await makeQueue();
      for (let i = 0; i < 4; i++) for (let u = 1; u <= 5; u++) await enqueue(q, job(u, `u${u}-${i}`), 1000);
      const workers = Array.from({ length: 6 }, (_, i): Lease => ({ owner: `w${i}`, ms: 10_000 }));
      const claimed: string[] = [];
      for (let round = 0; round < 4; round++) {
        const got = await Promise.all(
          workers.map((w) => q.claimNext({ maxRunning: 2, maxPerUser: 1 }, w, 2000 + round)),
        );
        const running = got.filter((j) => j !== undefined);
        // Every user has one job running, never two, whichever worker took it.
        expect(running.map((j) => j.userId).sort()).toEqual([1, 2, 3, 4, 5]);
        claimed.push(...running.map((j) => j.url));
        for (const j of running) await q.finish(j.id, 'done', 3000 + round);
      }
      expect(new Set(claimed).size).toBe(20);
      expect(await q.counts()).toEqual({ queued: 0, running: 0, oldestQueuedAt: null });
    });

    it('lets a job start before its status message, which the worker then finds on the record', async () => {
      const q = await makeQueue();
      const shown = (await q.enqueue({ ...job(1, 'shown'), statusWithinMs: 10_000 }, 1000))!;
      const waiting = (await q.enqueue({ ...job(2, 'waiting'), statusWithinMs: 10_000 }, 1000))!;
      const plain = (await q.enqueue(job(3, 'plain'), 1000))!;
      // Claimable at once: the download need not wait for the front's message.
      const started = await q.claimNext(limits, a, 1001);
      expect(started).toMatchObject({ id: shown.id, statusMessageId: null, statusDueAt: 11_000 });
      // A job still queued shows no place before its message exists.
      expect([...(await q.queuePlaces())].map(([id, p]) => [id, p.statusMessageId])).toEqual([
        [waiting.id, null],
        [plain.id, null],
      ]);
      await q.setStatusMessage(shown.id, 5);
      expect(await q.get(shown.id)).toMatchObject({ statusMessageId: 5, statusDueAt: 0 });
      await q.setStatusMessage(waiting.id, 6);
      // A place carries where it is shown, so showing places needs no read per job.
      expect([...(await q.queuePlaces())]).toEqual([
        [waiting.id, { position: 1, chatId: 2, language: 'en', statusMessageId: 6 }],
        [plain.id, { position: 2, chatId: 3, language: 'en', statusMessageId: null }],
      ]);
      // A job no front announces is due at once: its worker sends its own message.
      expect((await q.get(plain.id))?.statusDueAt).toBe(0);
    });

    it('keeps the first status message a job gets, and takes none once the job has ended', async () => {
      const q = await makeQueue();
      const first = await enqueue(q, job(1, 'first'), 1000);
      expect(await q.setStatusMessage(first.id, 5)).toBe(true);
      // A second message (a late front reply, or a worker that gave up waiting) is refused.
      expect(await q.setStatusMessage(first.id, 6)).toBe(false);
      await q.claimNext(limits, a, 2000);
      expect(await q.setStatusMessage(first.id, 7)).toBe(false);
      expect((await q.get(first.id))?.statusMessageId).toBe(5);
      // A group job's quiet status gives way to the message its worker shows after a while.
      const quiet = await enqueue(q, job(2, 'quiet'), 1000);
      expect(await q.setStatusMessage(quiet.id, QUIET_STATUS)).toBe(true);
      expect(await q.setStatusMessage(quiet.id, 8)).toBe(true);
      expect((await q.get(quiet.id))?.statusMessageId).toBe(8);
      // A job that ended before its message was recorded takes none: nothing would ever remove it.
      const ended = await enqueue(q, job(3, 'ended'), 1000);
      expect(await q.requestCancel(ended.id, 1500)).toBe('cancelled');
      expect(await q.setStatusMessage(ended.id, 9)).toBe(false);
      expect((await q.get(ended.id))?.statusMessageId).toBeNull();
    });

    it('counts queued and running jobs, and lists a user’s active ones', async () => {
      const q = await makeQueue();
      await enqueue(q, job(1, 'x'), 0);
      await enqueue(q, job(1, 'y'), 1);
      await q.claimNext(limits, a, 1000);
      expect(await q.counts()).toEqual({ queued: 1, running: 1, oldestQueuedAt: 1 });
      expect((await q.activeByUser(1)).map((j) => [j.url, j.state])).toEqual([
        ['x', 'running'],
        ['y', 'queued'],
      ]);
      expect(await q.activeByUser(2)).toEqual([]);
    });
  });
}
