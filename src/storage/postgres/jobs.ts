import type pg from 'pg';
import {
  type ClaimCandidate,
  fairOrder,
  pickNext,
  placesOf,
  type QueuedJob,
  type RunningJob,
} from '../fair-order.js';
import { type JobRow, newJobValues, toJobRecord } from '../job-row.js';
import { QUEUE_SQL } from '../queue-sql.js';
import { sharedRead } from '../shared-read.js';
import type { JobId, JobQueue, JobRecord, QueuePlace } from '../types.js';
import { inTransaction, LOCK } from './pool.js';
import { QUEUE_CHANNEL, STATUS_NOTICE } from './session.js';

type Row = JobRow<Record<string, unknown>>;

const toJob = (r: Row): JobRecord => toJobRecord(r, (o) => o);

/** Ids are ours (bigserial); anything else names no job. */
const idOf = (id: JobId) => (/^\d{1,15}$/.test(id) ? Number(id) : undefined);
const NOTIFY = `SELECT pg_notify('${QUEUE_CHANNEL}', '')`;
type Query = Pick<pg.Pool, 'query'>;

/** Several statements in one round trip (the simple protocol, which takes no parameters). */
async function readAll(db: Query, statements: string[]): Promise<pg.QueryResult[]> {
  const results = (await db.query(statements.join(';\n'))) as unknown as pg.QueryResult | pg.QueryResult[];
  return Array.isArray(results) ? results : [results];
}

/**
 * Takes the job a claim picked, if no other claim committed since it read the generation: the
 * generation's row serialises claims only for this one statement, so a worker that stalls between
 * its read and its claim (a busy machine, a module loading) holds up no one. A claim that loses
 * reads again. Only claims need to move the generation: a job that ends or is put back only
 * loosens the limits. The places of everyone behind it moved: whoever shows them hears it.
 */
const CLAIM = `WITH bumped AS (UPDATE queue_generation SET gen = gen + 1 WHERE gen = $1 RETURNING gen),
  claimed AS (UPDATE jobs SET state = 'running', attempts = attempts + 1, started_at = $3, owner = $4,
    lease_until = $5, cancel_requested = false
    WHERE id = $2 AND state = 'queued' AND EXISTS (SELECT 1 FROM bumped) RETURNING *)
  SELECT claimed.*, pg_notify('${QUEUE_CHANNEL}', '') FROM claimed`;

/** A claim that keeps losing to others ends; their NOTIFYs wake this worker again. */
const CLAIM_TRIES = 20;

/** `queued` in fair order, given the time each user was last served. */
function inFairOrder<T extends QueuedJob>(queued: pg.QueryResult, served: pg.QueryResult): T[] {
  const last = new Map((served.rows as { user_id: number; last: number }[]).map((r) => [r.user_id, r.last]));
  return fairOrder(queued.rows as T[], last);
}

/**
 * Adds a job in one round trip, once the user's enqueue lock is held (a statement of its own, so
 * that this one's snapshot sees every job committed before): the job an update already made, or
 * none when the user has `$11` jobs waiting or running, or the new one (with a NOTIFY). Jobs that
 * ended a week ago go on the way.
 */
const ENQUEUE = `WITH made AS (SELECT * FROM jobs WHERE $10::text IS NOT NULL AND update_key = $10),
  active AS (SELECT COUNT(*) AS n FROM jobs WHERE user_id = $1 AND state IN ('queued', 'running')),
  added AS (INSERT INTO jobs (user_id, chat_id, link_id, url, kind, options, language, state, created_at, ready_at, update_key)
    SELECT $1, $2, $3, $4, $5, $6, $7, 'queued', $8, $9, $10
    WHERE NOT EXISTS (SELECT 1 FROM made) AND ($11::int IS NULL OR (SELECT n FROM active) < $11)
    RETURNING *),
  woke AS (SELECT pg_notify('${QUEUE_CHANNEL}', '') FROM added),
  pruned AS (DELETE FROM jobs WHERE state IN ('done', 'failed', 'cancelled') AND finished_at < $12)
  SELECT * FROM made UNION ALL SELECT added.* FROM added, (SELECT count(*) FROM woke) w`;

/**
 * The job queue in PostgreSQL, shared by every worker. Claims are serialised by the queue's
 * generation (see CLAIM), so the per-user and per-kind limits hold exactly across all workers and
 * the order is the same fair round-robin as with SQLite. Every change that frees, adds or takes
 * work NOTIFYs, so idle workers claim at once and queue places are shown anew.
 */
export function createPostgresJobQueue(
  pool: pg.Pool,
  listen: Pick<JobQueue, 'onChange' | 'onStatusMessage'>,
): JobQueue {
  return {
    enqueue: (job, now, maxActivePerUser) =>
      inTransaction(pool, async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2::text))', [LOCK.enqueue, job.userId]);
        const { rows } = await c.query<Row>(ENQUEUE, [
          ...newJobValues(job, now),
          maxActivePerUser ?? null,
          now - 7 * 86_400_000,
        ]);
        return rows[0] && toJob(rows[0]);
      }),
    async setStatusMessage(id, messageId) {
      // `woke` and `told` are selected only so that their NOTIFYs run: an unread CTE that modifies
      // nothing is skipped. A queued job's place can now be shown; a worker may be waiting for it.
      const { rows } = await pool.query<{ set: number }>(
        `WITH held AS (UPDATE jobs SET status_message_id = $2, ready_at = 0
           WHERE id = $1 AND ${QUEUE_SQL.takesStatus} RETURNING id, state),
         woke AS (SELECT pg_notify('${QUEUE_CHANNEL}', '') FROM held WHERE state = 'queued'),
         told AS (SELECT pg_notify('${QUEUE_CHANNEL}', '${STATUS_NOTICE}' || id) FROM held)
         SELECT (SELECT count(*) FROM held)::int AS set, (SELECT count(*) FROM woke) AS woke,
           (SELECT count(*) FROM told) AS told`,
        [idOf(id) ?? 0, messageId],
      );
      return rows[0]!.set > 0;
    },
    async claimNext(limits, lease, now) {
      for (let attempt = 0; attempt < CLAIM_TRIES; attempt++) {
        // The generation first: a claim that commits after it is read makes the claim below fail.
        const [generation, running, queued, served] = await readAll(pool, [
          'SELECT gen FROM queue_generation',
          QUEUE_SQL.running,
          QUEUE_SQL.claimable,
          QUEUE_SQL.lastServed,
        ]);
        const ordered = inFairOrder<ClaimCandidate>(queued!, served!);
        const next = pickNext(ordered, running!.rows as RunningJob[], limits, lease.owner);
        if (!next) return undefined;
        const { rows } = await pool.query<Row>(CLAIM, [
          (generation!.rows[0] as { gen: number }).gen,
          next.id,
          now,
          lease.owner,
          now + lease.ms,
        ]);
        if (rows[0]) return toJob(rows[0]);
      }
      return undefined;
    },
    async renew(ids, lease, now) {
      const { rows } = await pool.query<{ id: number; cancel_requested: boolean }>(
        `UPDATE jobs SET lease_until = $1 WHERE id = ANY($2::bigint[]) AND state = 'running' AND owner = $3
           AND lease_until >= $4 RETURNING id, cancel_requested`,
        [now + lease.ms, ids.map(idOf).filter((n) => n !== undefined), lease.owner, now],
      );
      const kept = new Map(rows.map((r) => [String(r.id), r.cancel_requested]));
      return {
        lost: ids.filter((id) => !kept.has(id)),
        cancelRequested: ids.filter((id) => kept.get(id) === true),
      };
    },
    reclaimExpired: (maxAttempts, now) =>
      inTransaction(pool, async (c) => {
        // SKIP LOCKED: two processes reclaiming at once each take a job once, and say so once.
        const { rows } = await c.query<Row & { cancel_requested: boolean }>(
          "SELECT * FROM jobs WHERE state = 'running' AND (lease_until IS NULL OR lease_until < $1) FOR UPDATE SKIP LOCKED",
          [now],
        );
        const cancelled = rows.filter((r) => r.cancel_requested);
        const requeued = rows.filter((r) => !r.cancel_requested && r.attempts < maxAttempts);
        const failed = rows.filter((r) => !r.cancel_requested && r.attempts >= maxAttempts);
        const end = async (list: Row[], state: 'failed' | 'cancelled', error: string) => {
          if (!list.length) return;
          await c.query(
            `UPDATE jobs SET state = $3, finished_at = $2, error = $4, owner = NULL, lease_until = NULL
             WHERE id = ANY($1::bigint[])`,
            [list.map((r) => r.id), now, state, error],
          );
        };
        if (requeued.length) {
          await c.query(
            "UPDATE jobs SET state = 'queued', owner = NULL, lease_until = NULL WHERE id = ANY($1::bigint[])",
            [requeued.map((r) => r.id)],
          );
          await c.query(NOTIFY);
        }
        await end(failed, 'failed', 'interrupted');
        await end(cancelled, 'cancelled', 'cancelled');
        return {
          requeued: requeued.map((r) => toJob({ ...r, state: 'queued' })),
          failed: [
            ...failed.map((r) => toJob({ ...r, state: 'failed' })),
            ...cancelled.map((r) => toJob({ ...r, state: 'cancelled' })),
          ],
        };
      }),
    async finish(id, state, now, error) {
      await pool.query(
        `WITH ended AS (UPDATE jobs SET state = $2, finished_at = $3, error = $4, owner = NULL, lease_until = NULL
           WHERE id = $1 AND state IN ('queued', 'running') RETURNING id)
         SELECT pg_notify('${QUEUE_CHANNEL}', '') FROM ended`,
        [idOf(id) ?? 0, state, now, error ?? null],
      );
    },
    async release(id) {
      await pool.query(
        `WITH back AS (UPDATE jobs SET state = 'queued', attempts = GREATEST(attempts - 1, 0), owner = NULL,
           lease_until = NULL WHERE id = $1 AND state = 'running' RETURNING id)
         SELECT pg_notify('${QUEUE_CHANNEL}', '') FROM back`,
        [idOf(id) ?? 0],
      );
    },
    async requestCancel(id, now) {
      const n = idOf(id);
      if (n === undefined) return 'none';
      const cancelled = await pool.query(
        "UPDATE jobs SET state = 'cancelled', finished_at = $2, error = 'cancelled' WHERE id = $1 AND state = 'queued'",
        [n, now],
      );
      if (cancelled.rowCount) return 'cancelled';
      const asked = await pool.query(
        "UPDATE jobs SET cancel_requested = true WHERE id = $1 AND state = 'running'",
        [n],
      );
      return asked.rowCount ? 'requested' : 'none';
    },
    async get(id) {
      const n = idOf(id);
      if (n === undefined) return undefined;
      const row = (await pool.query<Row>('SELECT * FROM jobs WHERE id = $1', [n])).rows[0];
      return row && toJob(row);
    },
    // Each link sent asks for its place: a burst of links shares the reads.
    queuePlaces: sharedRead(async () => {
      const [queued, served] = await readAll(pool, [QUEUE_SQL.places, QUEUE_SQL.lastServed]);
      return placesOf(inFairOrder<QueuedJob & Omit<QueuePlace, 'position'>>(queued!, served!));
    }),
    activeByUser: async (userId) =>
      (
        await pool.query<Row>(
          "SELECT * FROM jobs WHERE user_id = $1 AND state IN ('queued', 'running') ORDER BY id",
          [userId],
        )
      ).rows.map(toJob),
    async counts() {
      const { rows } = await pool.query<{ queued: number; running: number; oldestQueuedAt: number | null }>(
        `SELECT COUNT(*) FILTER (WHERE state = 'queued') AS queued, COUNT(*) FILTER (WHERE state = 'running') AS running,
           MIN(created_at) FILTER (WHERE state = 'queued') AS "oldestQueuedAt"
         FROM jobs WHERE state IN ('queued', 'running')`,
      );
      return rows[0]!;
    },
    onChange: listen.onChange,
    onStatusMessage: listen.onStatusMessage,
  };
}
