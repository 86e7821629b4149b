import { QUIET_STATUS } from './types.js';

/**
 * The queue's reads, the same text for SQLite and PostgreSQL, so both apply `fair-order.ts` to the
 * same rows. Only what the fair order, the limits and a place's message need (see ClaimCandidate).
 */
export const QUEUE_SQL = {
  /** A job that may still take a status message: none yet (or only a quiet one), and not ended. */
  takesStatus: `(status_message_id IS NULL OR status_message_id = ${QUIET_STATUS}) AND state IN ('queued', 'running')`,
  /** Each user's first claimable job of each kind, with its rank among that user's jobs. */
  claimable: `SELECT id, "userId", kind, rank FROM (
      SELECT id, user_id AS "userId", kind, created_at,
        ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, id) - 1 AS rank,
        ROW_NUMBER() OVER (PARTITION BY user_id, kind ORDER BY created_at, id) AS nth_of_kind
      FROM jobs WHERE state = 'queued'
    ) q WHERE nth_of_kind = 1 ORDER BY created_at, id`,
  places: `SELECT id, user_id AS "userId", chat_id AS "chatId", language, status_message_id AS "statusMessageId"
    FROM jobs WHERE state = 'queued' ORDER BY created_at, id`,
  running: `SELECT user_id AS "userId", kind, owner FROM jobs WHERE state = 'running'`,
  lastServed: `SELECT user_id, MAX(started_at) AS last FROM jobs
    WHERE started_at IS NOT NULL AND user_id IN (SELECT user_id FROM jobs WHERE state = 'queued') GROUP BY user_id`,
} as const;
