import type { Transformer } from 'grammy';

/**
 * Keeps outgoing messages within Telegram's broadcast limits: about 30 messages a second overall
 * and 20 a minute in a group. A small in-process scheduler; 429s that still happen are handled by
 * auto-retry, which honours retry_after.
 *
 * Three lanes share the one schedule: `interactive` (answers to what a user just sent) never waits
 * behind `background` work (status edits, uploads) already queued, and background work waits for
 * interactive answers; so a burst of jobs cannot make a reply to /start wait for their edits.
 * `waiting` (queue places of jobs not yet running) has a few messages a second of its own and
 * never takes a slot from the other two: with hundreds queued, their moving places once filled
 * the schedule and every upload waited behind them (a worker made 93 jobs a minute, not 152).
 */
/** Calls Telegram counts against its send limits (exported for bench/scale.ts, which counts them). */
export const LIMITED = /^(send|edit|forward|copy)/;

export type Lane = 'interactive' | 'background' | 'waiting';

export function createThrottle(
  opts: { perSecond?: number; groupSpacingMs?: number; waitingPerSecond?: number } = {},
) {
  const waitingPerSecond = opts.waitingPerSecond ?? 4;
  const spacing = 1000 / ((opts.perSecond ?? 30) - waitingPerSecond);
  const waitingSpacing = 1000 / waitingPerSecond;
  const groupSpacing = opts.groupSpacingMs ?? 3000;
  let nextBackground = 0;
  let nextInteractive = 0;
  let nextWaiting = 0;
  const nextByGroup = new Map<number, number>();

  function reserve(chatId: number | undefined, lane: Lane): number {
    const now = Date.now();
    let at =
      lane === 'waiting'
        ? Math.max(now, nextWaiting)
        : Math.max(now, lane === 'interactive' ? nextInteractive : Math.max(nextBackground, nextInteractive));
    if (chatId !== undefined && chatId < 0) {
      at = Math.max(at, nextByGroup.get(chatId) ?? 0);
      nextByGroup.set(chatId, at + groupSpacing);
      if (nextByGroup.size > 10_000) {
        for (const [id, t] of nextByGroup) if (t < now) nextByGroup.delete(id);
      }
    }
    if (lane === 'waiting') {
      nextWaiting = at + waitingSpacing;
      return at - now;
    }
    if (lane === 'interactive') nextInteractive = at + spacing;
    nextBackground = Math.max(nextBackground, at + spacing);
    return at - now;
  }

  const lane =
    (name: Lane): Transformer =>
    async (prev, method, payload, signal) => {
      if (LIMITED.test(method)) {
        const chatId = (payload as { chat_id?: unknown }).chat_id;
        const wait = reserve(typeof chatId === 'number' ? chatId : undefined, name);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      return prev(method, payload, signal);
    };
  return { interactive: lane('interactive'), background: lane('background'), waiting: lane('waiting') };
}

/**
 * The one throttle of this process: Telegram's limits are per bot, so the polling client, the
 * status-edit client and the upload client share one schedule.
 */
export const processThrottle = createThrottle();
