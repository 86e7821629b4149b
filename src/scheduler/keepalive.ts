import { withDeadline } from '../lifecycle/deadline.js';
import type { Logger } from '../logger.js';

/** A self-ping for hosts that sleep without inbound traffic; failures are logged, never fatal. */
export function createKeepalive(url: string, log: Logger) {
  return async (signal: AbortSignal): Promise<void> => {
    const deadline = withDeadline(10_000, signal);
    try {
      const res = await fetch(url, { signal: deadline.signal });
      await res.body?.cancel();
      if (!res.ok) log.warn({ status: res.status }, 'keep-alive ping answered with an error');
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'keep-alive ping failed');
    } finally {
      deadline.clear();
    }
  };
}
