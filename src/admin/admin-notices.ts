import type { Api } from 'grammy';
import type { Translator } from '../i18n/i18n.js';
import { pickLanguage } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { KvRepo, Language, UsersRepo } from '../storage/types.js';

/**
 * Notices to the admins about the bot itself (a site's cookies all failing, say): each in the
 * admin's language, and each `key` at most once per `everyMs`, across processes (the first
 * process to record it sends it).
 */
export function createAdminNotices(deps: {
  api: Api;
  t: Translator;
  adminIds: number[];
  users: UsersRepo;
  kv: KvRepo;
  language: Language;
  log: Logger;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  return {
    async once(key: string, everyMs: number, message: string, args: Record<string, string | number> = {}) {
      const slot = Math.floor(now() / everyMs);
      const stamp = `${process.pid}:${now()}`;
      if ((await deps.kv.setIfAbsent(`notice:${key}:${slot}`, stamp, 2 * everyMs)) !== stamp) return false;
      for (const admin of deps.adminIds) {
        const u = await deps.users.get(admin);
        const lang = pickLanguage(u?.settings.language, u?.languageCode ?? undefined, deps.language);
        await deps.api.sendMessage(admin, deps.t(lang, message, args)).catch((err: unknown) => {
          deps.log.warn({ err: (err as Error).message, admin }, 'admin notice not delivered');
        });
      }
      return true;
    },
  };
}

export type AdminNotices = ReturnType<typeof createAdminNotices>;
