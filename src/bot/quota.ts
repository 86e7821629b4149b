import { formatDuration } from '../i18n/format.js';
import type { LinksRepo } from '../storage/types.js';
import type { BotContext } from './context.js';
import type { Admission } from './features/links.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Optional per-user limits (off when 0): links per hour and bytes delivered per day. */
export function createQuota(deps: {
  links: LinksRepo;
  linksPerHour: number;
  dailyBytes: number;
  clock?: () => number;
}): Admission {
  const clock = deps.clock ?? Date.now;
  return {
    async check(ctx: BotContext) {
      const userId = ctx.account!.id;
      const now = clock();
      // The link being submitted is already recorded, so it counts as one of the hour's links.
      if (
        deps.linksPerHour > 0 &&
        (await deps.links.countByUserSince(userId, now - HOUR)) > deps.linksPerHour
      ) {
        const oldest = (await deps.links.oldestSince(userId, now - HOUR, false)) ?? now;
        return ctx.t('quota-links', {
          limit: deps.linksPerHour,
          wait: formatDuration((oldest + HOUR - now) / 1000),
        });
      }
      if (deps.dailyBytes > 0 && (await deps.links.bytesByUserSince(userId, now - DAY)) >= deps.dailyBytes) {
        const oldest = (await deps.links.oldestSince(userId, now - DAY, true)) ?? now;
        return ctx.t('quota-bytes', { wait: formatDuration((oldest + DAY - now) / 1000) });
      }
      return undefined;
    },
  };
}
