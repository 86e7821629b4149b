import type { Logger } from '../logger.js';

/**
 * Closers registered in start-up order run in reverse on shutdown, each bounded so one stuck
 * resource cannot hold the process past its grace period.
 */
export function createLifecycle(log: Logger) {
  const closers: { name: string; close: () => Promise<void> | void; timeoutMs: number }[] = [];
  let closing: Promise<void> | undefined;
  return {
    defer(name: string, close: () => Promise<void> | void, timeoutMs = 3000) {
      closers.push({ name, close, timeoutMs });
    },
    close(): Promise<void> {
      closing ??= (async () => {
        for (const { name, close, timeoutMs } of [...closers].reverse()) {
          let timer: NodeJS.Timeout | undefined;
          try {
            await Promise.race([
              close(),
              new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
              }),
            ]);
          } catch (err) {
            log.warn({ err, resource: name }, 'close failed');
          } finally {
            clearTimeout(timer);
          }
        }
      })();
      return closing;
    },
  };
}
