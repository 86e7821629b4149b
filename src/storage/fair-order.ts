/** What the fair scheduler needs to know of a queued job. */
export interface QueuedJob {
  id: number;
  userId: number;
}

/** All a claim reads of each queued job: the fair order's fields and the kind, for its caps. */
export interface ClaimCandidate extends QueuedJob {
  kind: string;
}

/**
 * Round-robin between users: the user served longest ago goes first, then each user's jobs
 * interleave with everyone else's, so one user's ten links never hold the others back.
 * `queued` comes in arrival order; `lastServed` maps a user to when their last job started.
 */
export function fairOrder<T extends QueuedJob>(queued: T[], lastServed: Map<number, number>): T[] {
  const byUser = new Map<number, T[]>();
  for (const job of queued) {
    const list = byUser.get(job.userId) ?? [];
    list.push(job);
    byUser.set(job.userId, list);
  }
  const users = [...byUser.keys()].sort(
    (a, b) =>
      (lastServed.get(a) ?? 0) - (lastServed.get(b) ?? 0) || byUser.get(a)![0]!.id - byUser.get(b)![0]!.id,
  );
  const order: T[] = [];
  for (let rank = 0; order.length < queued.length; rank++) {
    for (const u of users) {
      const job = byUser.get(u)![rank];
      if (job) order.push(job);
    }
  }
  return order;
}

/** The running jobs' counts that the limits are checked against. */
export interface RunningJob {
  userId: number;
  kind: string;
  owner: string | null;
}

/**
 * The first job in fair order that fits the limits: `maxRunning` per owner (one process),
 * `maxPerUser` and the per-kind caps across everyone. Users with fewer running jobs go first.
 */
export function pickNext<T extends ClaimCandidate>(
  ordered: T[],
  running: RunningJob[],
  limits: { maxRunning: number; maxPerUser: number; perKind?: Partial<Record<string, number>> },
  owner: string,
): T | undefined {
  if (running.filter((r) => r.owner === owner).length >= limits.maxRunning) return undefined;
  const perUser = new Map<number, number>();
  const perKind = new Map<string, number>();
  for (const r of running) {
    perUser.set(r.userId, (perUser.get(r.userId) ?? 0) + 1);
    perKind.set(r.kind, (perKind.get(r.kind) ?? 0) + 1);
  }
  const candidates = [...ordered].sort((a, b) => (perUser.get(a.userId) ?? 0) - (perUser.get(b.userId) ?? 0));
  return candidates.find((c) => {
    if ((perUser.get(c.userId) ?? 0) >= limits.maxPerUser) return false;
    const cap = limits.perKind?.[c.kind];
    return cap === undefined || (perKind.get(c.kind) ?? 0) < cap;
  });
}
