import type { Db } from '../database.js';
import { type ClaimCandidate, fairOrder, pickNext, placesOf, type RunningJob } from '../fair-order.js';
import { type JobRow, newJobValues, toJobRecord } from '../job-row.js';
import { QUEUE_SQL } from '../queue-sql.js';
import type { JobId, JobQueue, JobRecord, Lease, NewJob, QueueLimits } from '../types.js';
import { toAsync } from './to-async.js';

type Row = JobRow<string>;

const toJob = (r: Row): JobRecord => toJobRecord(r, (o) => JSON.parse(o) as Record<string, unknown>);

export function createSqliteJobQueue(db: Db): JobQueue {
  const insert =
    db.prepare(`INSERT INTO jobs (user_id, chat_id, link_id, url, kind, options, language, state, created_at, ready_at, update_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) RETURNING *`);
  const byUpdate = db.prepare('SELECT * FROM jobs WHERE update_key = ?');
  const setStatus = db.prepare(
    `UPDATE jobs SET status_message_id = ?, ready_at = 0 WHERE id = ? AND ${QUEUE_SQL.takesStatus}`,
  );
  const claimable = db.prepare(QUEUE_SQL.claimable);
  const queued = db.prepare(QUEUE_SQL.places);
  const running = db.prepare(QUEUE_SQL.running);
  const served = db.prepare(QUEUE_SQL.lastServed);
  const lastServed = () =>
    new Map((served.all() as { user_id: number; last: number }[]).map((r) => [r.user_id, r.last]));
  const start = db.prepare(
    "UPDATE jobs SET state = 'running', attempts = attempts + 1, started_at = ?, owner = ?, lease_until = ?, cancel_requested = 0 WHERE id = ? RETURNING *",
  );
  const extend = db.prepare(
    "UPDATE jobs SET lease_until = ? WHERE id = ? AND state = 'running' AND owner = ? AND lease_until >= ? RETURNING cancel_requested",
  );
  const end = db.prepare(
    "UPDATE jobs SET state = ?, finished_at = ?, error = ?, owner = NULL, lease_until = NULL WHERE id = ? AND state IN ('queued', 'running')",
  );
  const byId = db.prepare('SELECT * FROM jobs WHERE id = ?');
  const active = db.prepare(
    "SELECT * FROM jobs WHERE user_id = ? AND state IN ('queued', 'running') ORDER BY id",
  );
  const counts = db.prepare(
    "SELECT SUM(state = 'queued') AS queued, SUM(state = 'running') AS running, MIN(CASE WHEN state = 'queued' THEN created_at END) AS oldest FROM jobs WHERE state IN ('queued', 'running')",
  );
  // A lease never written (a row from before leases) counts as run out.
  const expired = db.prepare(
    "SELECT * FROM jobs WHERE state = 'running' AND (lease_until IS NULL OR lease_until < ?)",
  );
  const requeue = db.prepare(
    "UPDATE jobs SET state = 'queued', owner = NULL, lease_until = NULL WHERE id = ?",
  );
  const release = db.prepare(
    "UPDATE jobs SET state = 'queued', attempts = MAX(attempts - 1, 0), owner = NULL, lease_until = NULL WHERE id = ? AND state = 'running'",
  );
  const cancelQueued = db.prepare(
    "UPDATE jobs SET state = 'cancelled', finished_at = ?, error = 'cancelled' WHERE id = ? AND state = 'queued'",
  );
  const askCancel = db.prepare("UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND state = 'running'");
  const prune = db.prepare(
    "DELETE FROM jobs WHERE state IN ('done', 'failed', 'cancelled') AND finished_at < ?",
  );

  const activeCount = db.prepare(
    "SELECT COUNT(*) AS n FROM jobs WHERE user_id = ? AND state IN ('queued', 'running')",
  );
  const add = db.transaction((job: NewJob, now: number, maxActivePerUser?: number) => {
    const made = job.updateKey && (byUpdate.get(job.updateKey) as Row | undefined);
    if (made) return toJob(made);
    if (
      maxActivePerUser !== undefined &&
      (activeCount.get(job.userId) as { n: number }).n >= maxActivePerUser
    )
      return undefined;
    const row = insert.get(...newJobValues(job, now)) as Row;
    prune.run(now - 7 * 86_400_000);
    return toJob(row);
  });

  const claim = db.transaction((limits: QueueLimits, lease: Lease, now: number) => {
    const ordered = fairOrder(claimable.all() as ClaimCandidate[], lastServed());
    const next = pickNext(ordered, running.all() as RunningJob[], limits, lease.owner);
    if (!next) return undefined;
    return toJob(start.get(now, lease.owner, now + lease.ms, next.id) as Row);
  });

  const renew = db.transaction((ids: JobId[], lease: Lease, now: number) => {
    const lost: JobId[] = [];
    const cancelRequested: JobId[] = [];
    for (const id of ids) {
      const row = extend.get(now + lease.ms, id, lease.owner, now) as
        | { cancel_requested: number }
        | undefined;
      if (!row) lost.push(id);
      else if (row.cancel_requested) cancelRequested.push(id);
    }
    return { lost, cancelRequested };
  });

  const reclaim = db.transaction((maxAttempts: number, now: number) => {
    const requeued: JobRecord[] = [];
    const failed: JobRecord[] = [];
    for (const row of expired.all(now) as (Row & { cancel_requested: number })[]) {
      if (row.cancel_requested) {
        end.run('cancelled', now, 'cancelled', row.id);
        failed.push(toJob({ ...row, state: 'cancelled' }));
      } else if (row.attempts < maxAttempts) {
        requeue.run(row.id);
        requeued.push(toJob({ ...row, state: 'queued' }));
      } else {
        end.run('failed', now, 'interrupted', row.id);
        failed.push(toJob({ ...row, state: 'failed' }));
      }
    }
    return { requeued, failed };
  });

  const statusListeners = new Set<(id: JobId) => void>();
  const queue = toAsync<Omit<JobQueue, 'onChange' | 'onStatusMessage'>>({
    enqueue: (job, now, maxActivePerUser) => add(job, now, maxActivePerUser),
    setStatusMessage(id, messageId) {
      const taken = setStatus.run(messageId, id).changes > 0;
      if (taken) for (const l of statusListeners) queueMicrotask(() => l(id));
      return taken;
    },
    claimNext: (limits, lease, now) => claim(limits, lease, now),
    renew: (ids, lease, now) => renew(ids, lease, now),
    reclaimExpired: (maxAttempts, now) => reclaim(maxAttempts, now),
    finish: (id, state, now, error) => void end.run(state, now, error ?? null, id),
    release: (id) => void release.run(id),
    requestCancel(id, now) {
      if (cancelQueued.run(now, id).changes) return 'cancelled';
      return askCancel.run(id).changes ? 'requested' : 'none';
    },
    get(id) {
      const row = byId.get(id) as Row | undefined;
      return row && toJob(row);
    },
    queuePlaces: () => placesOf(fairOrder(queued.all() as Parameters<typeof placesOf>[0], lastServed())),
    activeByUser: (userId) => (active.all(userId) as Row[]).map(toJob),
    counts() {
      const c = counts.get() as { queued: number | null; running: number | null; oldest: number | null };
      return { queued: c.queued ?? 0, running: c.running ?? 0, oldestQueuedAt: c.oldest };
    },
  });
  // The database file belongs to this one process: no other process can change the queue.
  return {
    ...queue,
    onChange: () => () => {},
    onStatusMessage(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
  };
}
