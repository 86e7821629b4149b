import type { InlineKeyboard } from 'grammy';
import type { StatusReporter } from './status-reporter.js';

/** How long a quiet job runs before it shows a status message after all. */
export const QUIET_STATUS_DELAY_MS = 4000;

/**
 * A status for a job that should leave no status message unless it takes a while: it keeps the
 * newest text, and once `delayMs` have passed with the job still running, `show` sends it as a
 * message and hands back the reporter that edits it from then on.
 */
export function createQuietStatus(deps: {
  delayMs?: number;
  show(text: string, keyboard: InlineKeyboard | null): Promise<StatusReporter | undefined>;
  /** Removes the message `show` sent when the job ended while it was being sent. */
  withdraw(): Promise<void>;
}): StatusReporter {
  let latest: { text: string | (() => string); keyboard: InlineKeyboard | null } | undefined;
  let shown: StatusReporter | undefined;
  let closed = false;
  const reveal = async () => {
    if (closed || !latest) return;
    const { text, keyboard } = latest;
    shown = await deps.show(typeof text === 'string' ? text : text(), keyboard);
    if (closed && shown) {
      shown.close();
      await deps.withdraw();
    }
  };
  // Best effort, as every status message: a database away at that moment leaves the job without one.
  const timer = setTimeout(() => void reveal().catch(() => {}), deps.delayMs ?? QUIET_STATUS_DELAY_MS);
  return {
    set(text, keyboard = null) {
      if (shown) shown.set(text, keyboard);
      else latest = { text, keyboard };
    },
    async flush() {
      await shown?.flush();
    },
    close() {
      closed = true;
      clearTimeout(timer);
      shown?.close();
    },
  };
}
