import { createLocalSendSchedule } from '../local-send-schedule.js';
import type { SendSchedule } from '../types.js';
import type { createSession } from './session.js';

const NEXT_SLOT = `
  UPDATE send_schedule SET next_at = GREATEST(next_at, t.now - $2::float8 * $1::float8) + $1::float8
  FROM (SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8 * 1000 AS now) t
  WHERE id = 1
  RETURNING GREATEST(0, next_at - $1::float8 - t.now) AS wait`;

/** Far longer than a slot's round trip on a loaded machine; no send waits longer on the database. */
const ANSWER_WITHIN_MS = 500;
const LATE = Symbol('late');

/**
 * One schedule for every process, on the database's clock (machines' clocks may differ), on the
 * session connection (the pool may be busy with jobs). A database that does not answer in time
 * costs the sharing, not the message: this process's own schedule stands in until it answers.
 */
export function createPostgresSendSchedule(session: ReturnType<typeof createSession>): SendSchedule {
  const own = createLocalSendSchedule();
  let unanswered: Promise<unknown> | undefined;
  return {
    async next(spacingMs, burst) {
      if (unanswered) return own.next(spacingMs, burst);
      const shared = session
        .query<{ wait: number }>(NEXT_SLOT, [spacingMs, burst])
        .then((r) => r.rows[0]?.wait)
        .catch(() => undefined);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<typeof LATE>((resolve) => {
        timer = setTimeout(resolve, ANSWER_WITHIN_MS, LATE);
      });
      const wait = await Promise.race([shared, late]).finally(() => clearTimeout(timer));
      if (wait === LATE) {
        unanswered = shared.finally(() => {
          unanswered = undefined;
        });
        return own.next(spacingMs, burst);
      }
      return wait ?? own.next(spacingMs, burst);
    },
  };
}
