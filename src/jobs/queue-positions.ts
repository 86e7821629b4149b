import type { Translator } from '../bot/i18n.js';
import type { JobId, JobQueue } from '../storage/types.js';
import { cancelKeyboard, type StatusReporter } from './status-reporter.js';

/** Re-shows each waiting job's place in the queue whenever it moves. */
export function createPositionAnnouncer(deps: {
  queue: JobQueue;
  t: Translator;
  reporterFor: (jobId: JobId, chatId: number, messageId: number) => StatusReporter;
}) {
  const shown = new Map<JobId, number>();
  return async (): Promise<void> => {
    const positions = await deps.queue.queuePositions();
    for (const id of shown.keys()) if (!positions.has(id)) shown.delete(id);
    for (const [id, position] of positions) {
      if (shown.get(id) === position) continue;
      const job = await deps.queue.get(id);
      if (!job?.statusMessageId) continue;
      shown.set(id, position);
      deps
        .reporterFor(id, job.chatId, job.statusMessageId)
        .set(
          deps.t(job.language, 'status-queued', { position }),
          cancelKeyboard(deps.t(job.language, 'button-cancel'), id),
        );
    }
  };
}
