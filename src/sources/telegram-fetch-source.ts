import type { Delivery } from '../delivery/delivery-service.js';
import { looksLikePlainFile } from './plain-file.js';
import type { Source } from './source.js';

/** Telegram fetches files up to this size itself when sent by URL. */
export const URL_SEND_LIMIT = 20 * 1024 * 1024;

/**
 * A small plain file (or any link with DIRECT_SEND_ONLY) is first offered to Telegram by URL,
 * so it never touches our disk; if Telegram refuses, the next source downloads it.
 */
export function createTelegramFetchSource(deps: { directSendOnly: boolean; delivery: Delivery }): Source {
  return {
    name: 'telegram-fetch',
    accepts: ({ url, head }) =>
      deps.directSendOnly || (looksLikePlainFile(url.href) && (head?.size ?? 0) <= URL_SEND_LIMIT),
    async fetch({ job, head }) {
      deps.delivery.checkSize(head?.size);
      return { byUrl: { url: job.url, size: head?.size ?? null } };
    },
  };
}
