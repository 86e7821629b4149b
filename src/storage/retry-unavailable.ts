import { metrics } from '../metrics/metrics.js';
import { StorageUnavailableError } from './types.js';

/**
 * Runs `fn`, again every `stepMs` while the database is unavailable, for `maxMs` at most: for
 * writes that record what already happened (a file was sent) and must not be lost to an outage.
 */
export async function retryWhileUnavailable<T>(
  fn: () => Promise<T>,
  opts: { maxMs?: number; stepMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.maxMs ?? 60_000);
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof StorageUnavailableError) || Date.now() > deadline) throw err;
      metrics.storageError();
      await new Promise((r) => setTimeout(r, opts.stepMs ?? 1000));
    }
  }
}
