import type { Logger } from '../logger.js';

/**
 * A stray rejection is logged and the process keeps serving: every task that matters is
 * supervised, so an unhandled rejection is a bug to fix, not a reason to drop users' jobs.
 * An uncaught exception leaves state unknown, so we log it and exit non-zero for a restart;
 * durable jobs resume on the next start.
 */
export function installProcessHandlers(log: Logger, onFatal: (code: number) => void): void {
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled promise rejection (kept serving)');
  });
  process.on('uncaughtException', (err, origin) => {
    log.fatal({ err, origin }, 'uncaught exception, exiting for a restart');
    onFatal(1);
  });
}
