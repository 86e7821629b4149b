import { nodeHttp, nodeHttps } from '../http/node-http.js';
import { withDeadline } from '../lifecycle/deadline.js';
import type { Logger } from '../logger.js';

/** A self-ping for hosts that sleep without inbound traffic; failures are logged, never fatal. */
export function createKeepalive(url: string, log: Logger) {
  const target = new URL(url);
  return async (signal: AbortSignal): Promise<void> => {
    const deadline = withDeadline(10_000, signal);
    try {
      const status = await ping(target, deadline.signal);
      if (status >= 400) log.warn({ status }, 'keep-alive ping answered with an error');
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'keep-alive ping failed');
    } finally {
      deadline.clear();
    }
  };
}

/** GET, the status code, the body dropped. (Not the global fetch: see node-http.ts.) */
function ping(url: URL, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const get = url.protocol === 'https:' ? nodeHttps.get : nodeHttp.get;
    get(url, { signal }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    }).on('error', reject);
  });
}
