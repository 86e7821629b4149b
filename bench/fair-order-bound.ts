import { type ClaimCandidate, fairOrder, pickNext, type RunningJob } from '../src/storage/fair-order.js';

/** A link of the workload: whose it is and how long its paced download takes. */
export interface WorkItem {
  userId: number;
  seconds: number;
}

/**
 * How long `workers` (each running `perWorker` jobs at once) take over `items` when a job costs
 * nothing but its download: jobs are claimed by the queue's own fair order and limits, every link
 * is queued at the start, and a slot is taken the moment it frees. The ratio of two such runs is
 * the most this workload lets more workers gain, whatever the machine.
 */
export function fairOrderSeconds(items: WorkItem[], workers: number, perWorker: number, maxPerUser: number) {
  const queued = items.map((item, id) => ({ ...item, id, kind: 'auto' }));
  const running: (RunningJob & { id: number; endsAt: number })[] = [];
  const lastServed = new Map<number, number>();
  const limits = { maxRunning: perWorker, maxPerUser };
  let now = 0;
  for (;;) {
    for (let w = 0; w < workers; w++) {
      for (;;) {
        // What a claim reads: each user's first queued job.
        const firsts = new Map<number, ClaimCandidate>();
        for (const job of queued) if (!firsts.has(job.userId)) firsts.set(job.userId, { ...job, rank: 0 });
        const next = pickNext(fairOrder([...firsts.values()], lastServed), running, limits, `w${w}`);
        if (!next) break;
        const job = queued.splice(
          queued.findIndex((j) => j.id === next.id),
          1,
        )[0]!;
        lastServed.set(job.userId, now);
        running.push({
          id: job.id,
          userId: job.userId,
          kind: job.kind,
          owner: `w${w}`,
          endsAt: now + job.seconds,
        });
      }
    }
    if (running.length === 0) return now;
    running.sort((a, b) => a.endsAt - b.endsAt);
    now = running.shift()!.endsAt;
  }
}
