import type { Transformer } from 'grammy';

/**
 * Keeps outgoing messages within Telegram's broadcast limits: about 30 messages a second overall
 * and 20 a minute in a group. A small in-process scheduler; 429s that still happen are handled by
 * auto-retry, which honours retry_after.
 */
const LIMITED = /^(send|edit|forward|copy)/;

export function createThrottle(opts: { perSecond?: number; groupSpacingMs?: number } = {}): Transformer {
  const spacing = 1000 / (opts.perSecond ?? 30);
  const groupSpacing = opts.groupSpacingMs ?? 3000;
  let nextGlobal = 0;
  const nextByGroup = new Map<number, number>();

  function reserve(chatId: number | undefined): number {
    const now = Date.now();
    let at = Math.max(now, nextGlobal);
    if (chatId !== undefined && chatId < 0) {
      at = Math.max(at, nextByGroup.get(chatId) ?? 0);
      nextByGroup.set(chatId, at + groupSpacing);
      if (nextByGroup.size > 10_000) {
        for (const [id, t] of nextByGroup) if (t < now) nextByGroup.delete(id);
      }
    }
    nextGlobal = at + spacing;
    return at - now;
  }

  return async (prev, method, payload, signal) => {
    if (LIMITED.test(method)) {
      const chatId = (payload as { chat_id?: unknown }).chat_id;
      const wait = reserve(typeof chatId === 'number' ? chatId : undefined);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    return prev(method, payload, signal);
  };
}

/**
 * The one throttle of this process: Telegram's limits are per bot, so the polling client, the
 * status-edit client and the upload client share one schedule.
 */
export const processThrottle: Transformer = createThrottle();
