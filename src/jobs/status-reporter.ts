import { type Api, GrammyError, InlineKeyboard } from 'grammy';
import { callbackData } from '../callbacks/callback-data.js';
import type { Logger } from '../logger.js';
import type { JobId } from '../storage/types.js';

/**
 * One status message per job, edited best effort: at most once per interval, only when the text
 * changes, the newest text wins (a stale edit is dropped, never queued), a 429 widens the
 * interval, and no failed edit ever fails the job. Bots that flood edits get frozen for hours.
 */
export interface StatusReporter {
  /** The text, or how to render it: rendered only when an edit is due, not on every progress step. */
  set(text: string | (() => string), keyboard?: InlineKeyboard | null): void;
  /** Sends the latest text as soon as the interval allows (final states); still best effort. */
  flush(): Promise<void>;
  /**
   * No more edits; one still waiting for its slot is dropped without taking it (the message is
   * about to be deleted, or the job was given to another run, or a queue place would be stale).
   */
  close(): void;
  /** Resolves once the status message exists (see awaited-status.ts); absent, it already does. */
  shown?: Promise<void>;
}

export function createStatusReporter(deps: {
  api: Api;
  chatId: number;
  messageId: number;
  intervalMs: number;
  log: Logger;
}): StatusReporter {
  let interval = deps.intervalMs;
  let shown = '';
  let shownKeyboard = '';
  let wanted: { text: string | (() => string); keyboard: InlineKeyboard | null } | undefined;
  let lastEditAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let closed = false;
  const stop = new AbortController();

  async function edit(): Promise<void> {
    if (!wanted || closed) return;
    const { keyboard } = wanted;
    const text = typeof wanted.text === 'string' ? wanted.text : wanted.text();
    const kb = JSON.stringify(keyboard ?? null);
    if (text === shown && kb === shownKeyboard) return;
    wanted = undefined;
    lastEditAt = Date.now();
    try {
      await deps.api.editMessageText(
        deps.chatId,
        deps.messageId,
        text,
        { reply_markup: keyboard ?? undefined, link_preview_options: { is_disabled: true } },
        stop.signal as never, // grammY types its signal as the abort-controller shim's
      );
      shown = text;
      shownKeyboard = kb;
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 429) {
        interval = Math.max(interval * 2, (err.parameters.retry_after ?? 1) * 1000);
      } else if (err instanceof GrammyError && /not modified/.test(err.description)) {
        shown = text;
        shownKeyboard = kb;
      }
      deps.log.debug({ err }, 'status edit dropped');
    }
  }

  function schedule() {
    if (timer || inFlight || closed) return;
    const wait = Math.max(0, lastEditAt + interval - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      inFlight = edit().finally(() => {
        inFlight = undefined;
        if (wanted) schedule();
      });
    }, wait);
  }

  return {
    set(text, keyboard = null) {
      if (closed) return;
      wanted = { text, keyboard };
      schedule();
    },
    async flush() {
      clearTimeout(timer);
      timer = undefined;
      await inFlight;
      const wait = Math.min(10_000, lastEditAt + interval - Date.now());
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      inFlight = edit().finally(() => {
        inFlight = undefined;
      });
      await inFlight;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      stop.abort();
    },
  };
}

export function cancelKeyboard(label: string, jobId: JobId): InlineKeyboard {
  return new InlineKeyboard().text(label, callbackData.cancel.encode({ jobId }));
}
