import type { SendSchedule } from './types.js';

/** The send schedule of one process on its own clock: SQLite's, and everyone's fallback. */
export function createLocalSendSchedule(): SendSchedule {
  let nextAt = 0;
  return {
    async next(spacingMs, burst) {
      const t = Date.now();
      nextAt = Math.max(nextAt, t - burst * spacingMs) + spacingMs;
      return Math.max(0, nextAt - spacingMs - t);
    },
  };
}
