import type { InlineKeyboard } from 'grammy';
import type { StatusReporter } from './status-reporter.js';

/**
 * Gaps between looks for the status message when no notice of it comes (a notice lost while the
 * database connection was down): quick at first, then once a second.
 */
const LOOKS_MS = [50, 100, 200, 400, 800, 1000];

export interface AwaitedStatus extends StatusReporter {
  /** Resolves once the job has its status message, or none will come: then the job may send. */
  shown: Promise<void>;
}

/**
 * The status of a job that started before the front's status message went out (a worker does not
 * wait for it to begin the download). It keeps the newest text and looks for the message when
 * `listen` tells it one was recorded, and now and then, until `dueAt`; then `build` makes the
 * reporter for it (or, none having come, one that sends its own), and the text goes on there.
 */
export function createAwaitedStatus(deps: {
  dueAt: number;
  /** The job's status message as recorded now; null while the front has not set it. */
  lookup: () => Promise<number | null>;
  /** Calls `recorded` when the job's status message may have been recorded; returns the unsubscribe. */
  listen: (recorded: () => void) => () => void;
  build: (messageId: number | null) => Promise<StatusReporter | undefined>;
}): AwaitedStatus {
  let latest: { text: string | (() => string); keyboard: InlineKeyboard | null } | undefined;
  let real: StatusReporter | undefined;
  let closed = false;
  let wake = () => {};
  // A notice that came while a look was under way: look again at once.
  let heard = false;

  const rest = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function find(): Promise<number | null> {
    const unlisten = deps.listen(() => {
      heard = true;
      wake();
    });
    try {
      return await looks();
    } finally {
      unlisten();
    }
  }

  async function looks(): Promise<number | null> {
    for (let look = 0; !closed; look++) {
      heard = false;
      // A database away for a moment is another look later, not a failed job.
      const id = await deps.lookup().catch(() => null);
      if (id !== null) return id;
      const left = deps.dueAt - Date.now();
      if (left <= 0) break;
      if (heard) continue;
      await rest(Math.min(left, LOOKS_MS[Math.min(look, LOOKS_MS.length - 1)]!));
    }
    return null;
  }

  const shown = (async () => {
    const id = await find();
    if (closed) return;
    real = await deps.build(id);
    if (closed) real?.close();
    else if (latest) real?.set(latest.text, latest.keyboard);
  })().catch(() => {});

  return {
    shown,
    set(text, keyboard = null) {
      if (real) real.set(text, keyboard);
      else latest = { text, keyboard };
    },
    async flush() {
      await real?.flush();
    },
    close() {
      closed = true;
      wake();
      real?.close();
    },
  };
}
