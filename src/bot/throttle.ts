import type { Transformer } from 'grammy';
import { createLocalSendSchedule } from '../storage/local-send-schedule.js';
import type { SendSchedule } from '../storage/types.js';

// Timers fire on whole milliseconds: rounded down, a slot 38.5 ms away would go half a ms early.
const sleep = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, Math.ceil(ms))) : undefined);

/**
 * Keeps outgoing messages within Telegram's broadcast limits: about 30 messages a second overall
 * and 20 a minute in a group. The 30 are the bot's, not a process's: with PostgreSQL every process
 * takes its slots from one schedule in the database (`SendSchedule`). 429s that still happen are
 * handled by auto-retry, which honours retry_after.
 *
 * Three lanes: `interactive` (answers to what a user just sent) and `background` (status edits,
 * uploads) share one schedule, in which an answer takes the next slot ahead of background work
 * already queued (but background work gets every fourth slot while it waits); so a burst of jobs
 * cannot make a reply to /start wait for their edits, and a flood of users cannot stop the files.
 * `waiting` (queue places of jobs not yet running) has a few messages a second of its own and
 * never takes a slot from the other two: with hundreds queued, their moving places once filled
 * the schedule and every upload waited behind them (a worker made 93 jobs a minute, not 152).
 */
/** Calls Telegram counts against its send limits (exported for bench/scale.ts, which counts them). */
export const LIMITED = /^(send|edit|forward|copy)/;

export type Lane = 'interactive' | 'background' | 'waiting';

/** Slots a late timer may make up for at once (a busy loop would otherwise lose a few a second). */
const CATCH_UP = 4;
/** Slots a process books ahead while answers wait. */
const ANSWERS_AHEAD = 4;

export function createThrottle(
  opts: {
    perSecond?: number;
    groupSpacingMs?: number;
    waitingPerSecond?: number;
    schedule?: SendSchedule;
  } = {},
) {
  const waitingPerSecond = opts.waitingPerSecond ?? 4;
  const spacing = 1000 / ((opts.perSecond ?? 30) - waitingPerSecond);
  const waitingSpacing = 1000 / waitingPerSecond;
  const groupSpacing = opts.groupSpacingMs ?? 3000;
  const queued: Record<'interactive' | 'background', (() => void)[]> = { interactive: [], background: [] };
  let schedule = opts.schedule ?? createLocalSendSchedule();
  let booked = 0;
  let answersInARow = 0;
  let nextWaiting = 0;
  const nextByGroup = new Map<number, number>();

  // Slots are booked ahead on the schedule and the lane chosen when one comes, so an answer that
  // arrived meanwhile still goes first. While answers wait, a process books several (so, when
  // processes share one schedule, the bot's answers go ahead of other processes' background
  // work); otherwise one. Slots that passed while nothing waited are gone; only a stall while
  // messages wait is made up for.
  function book(catchUp: number) {
    const waiting = queued.interactive.length + queued.background.length;
    const ahead = queued.interactive.length > 0 ? ANSWERS_AHEAD : 1;
    while (booked < Math.min(waiting, ahead)) {
      booked++;
      void take(catchUp);
    }
  }

  async function take(catchUp: number) {
    await sleep(await schedule.next(spacing, catchUp).catch(() => spacing));
    booked--;
    const answer = queued.interactive.length > 0 && (answersInARow < 3 || queued.background.length === 0);
    answersInARow = answer ? answersInARow + 1 : 0;
    (answer ? queued.interactive : queued.background).shift()?.();
    book(CATCH_UP);
  }

  /** Resolves when the call may go, or at once when it is cancelled: it leaves without a slot. */
  function slot(lane: 'interactive' | 'background', signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const go = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        const i = queued[lane].indexOf(go);
        if (i >= 0) queued[lane].splice(i, 1);
        resolve();
      };
      signal?.addEventListener('abort', leave, { once: true });
      queued[lane].push(go);
      book(booked > 0 ? CATCH_UP : 0);
    });
  }

  /** How long a group's message must wait for its chat's own pace (20 a minute in a group). */
  function groupWait(chatId: number | undefined, now: number): number {
    if (chatId === undefined || chatId >= 0) return 0;
    const at = Math.max(now, nextByGroup.get(chatId) ?? 0);
    nextByGroup.set(chatId, at + groupSpacing);
    if (nextByGroup.size > 10_000) {
      for (const [id, t] of nextByGroup) if (t < now) nextByGroup.delete(id);
    }
    return at - now;
  }

  const lane =
    (name: Lane): Transformer =>
    async (prev, method, payload, signal) => {
      if (LIMITED.test(method)) {
        const chatId = (payload as { chat_id?: unknown }).chat_id;
        await sleep(groupWait(typeof chatId === 'number' ? chatId : undefined, Date.now()));
        if (name === 'waiting') {
          const at = Math.max(Date.now(), nextWaiting);
          nextWaiting = at + waitingSpacing;
          await sleep(at - Date.now());
        } else await slot(name, signal as AbortSignal | undefined);
      }
      return prev(method, payload, signal);
    };
  return {
    interactive: lane('interactive'),
    background: lane('background'),
    waiting: lane('waiting'),
    /** Takes the slots from `shared` from now on: the schedule of every process of this bot. */
    shareSchedule(shared: SendSchedule) {
      schedule = shared;
    },
  };
}

/**
 * The one throttle of this process: Telegram's limits are per bot, so the polling client, the
 * status-edit client and the upload client share one schedule.
 */
export const processThrottle = createThrottle();
