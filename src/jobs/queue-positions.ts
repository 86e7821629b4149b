import type { Translator } from '../i18n/i18n.js';
import type { JobId, JobQueue } from '../storage/types.js';
import { cancelKeyboard, type StatusReporter } from './status-reporter.js';

/** Places near the front are always shown as they move; further back, only bigger moves. */
const ALWAYS_SHOWN = 10;
const SHOWN_STEP = 0.8;

/**
 * Re-shows each waiting job's place in the queue as it moves. Edits stay bounded however long the
 * queue is (Telegram freezes bots that flood edits): a place further back than ALWAYS_SHOWN is
 * shown again only once it has moved up by a fifth. A job that left the queue is forgotten, and
 * `leftQueue` lets its status message go to whoever runs it, in this process or another.
 */
export function createPositionAnnouncer(deps: {
  queue: JobQueue;
  t: Translator;
  reporterFor: (jobId: JobId, chatId: number, messageId: number) => StatusReporter;
  leftQueue: (jobId: JobId) => void;
}) {
  const shown = new Map<JobId, number>();
  return async (): Promise<void> => {
    const places = await deps.queue.queuePlaces();
    for (const id of shown.keys()) {
      if (places.has(id)) continue;
      shown.delete(id);
      deps.leftQueue(id);
    }
    for (const [id, { position, chatId, language, statusMessageId }] of places) {
      const before = shown.get(id);
      if (
        before !== undefined &&
        (before === position || (position > ALWAYS_SHOWN && position > before * SHOWN_STEP))
      )
        continue;
      if (!statusMessageId) continue;
      shown.set(id, position);
      deps
        .reporterFor(id, chatId, statusMessageId)
        .set(
          deps.t(language, 'status-queued', { position }),
          cancelKeyboard(deps.t(language, 'button-cancel'), id),
        );
    }
  };
}
