import type { JobId, QueuePlace } from './types.js';

/** What the fair scheduler needs to know of a queued job. */
export interface QueuedJob {
  id: number;
  userId: number;
}

/**
 * All a claim reads of a queued job: the fair order's fields, the kind for its caps, and `rank`, its
 * place among its user's queued jobs (0: next). A claim reads only each user's first job of each
 * kind: the limits look at nothing else, so no later job of the same kind can be picked first.
 */
export interface ClaimCandidate extends QueuedJob {
  kind: string;
  rank: number;
}

/**
 * Round-robin between users: the user served longest ago goes first, then each user's jobs
 * interleave with everyone else's, so one user's ten links never hold the others back.
 * `queued` comes in arrival order; a job's `rank` among its user's jobs is its place in that
 * order unless given. `lastServed` maps a user to when their last job started.
 */
export function fairOrder<T extends QueuedJob & { rank?: number }>(
  queued: T[],
  lastServed: Map<number, number>,
): T[] {
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
  const turn = new Map(users.map((u, i) => [u, i]));
  const rank = new Map<T, number>();
  for (const list of byUser.values()) {
    list.forEach((job, i) => {
      rank.set(job, job.rank ?? i);
    });
  }
  return [...queued].sort((a, b) => rank.get(a)! - rank.get(b)! || turn.get(a.userId)! - turn.get(b.userId)!);
}

/** Each queued job's place in `ordered` (fair order), with where it is shown. */
export function placesOf(ordered: (QueuedJob & Omit<QueuePlace, 'position'>)[]): Map<JobId, QueuePlace> {
  return new Map(
    ordered.map((j, i) => [
      String(j.id),
      { position: i + 1, chatId: j.chatId, language: j.language, statusMessageId: j.statusMessageId },
    ]),
  );
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
