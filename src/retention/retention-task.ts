import type { Api } from 'grammy';
import { escapeHtml, formatDate, shortUrl } from '../i18n/format.js';
import { pickLanguage, type Translator } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { Language, LinkRecord, LinksRepo, UsersRepo } from '../storage/types.js';
import { splitMessage } from './split-message.js';

const LISTED_PER_USER = 30;

/**
 * Link retention, driven only by what the database says, so it is idempotent and survives any
 * downtime: every link inside its warning window that was never announced is announced once to
 * every admin (grouped per user); a link past retention is deleted, and if it was never
 * announced (the bot was down the whole window) the announcement says it was deleted.
 */
export function createRetentionTask(deps: {
  links: LinksRepo;
  users: UsersRepo;
  api: Api;
  t: Translator;
  adminIds: number[];
  language: Language;
  retentionMs: number;
  warningMs: number;
  log: Logger;
  clock?: () => number;
}) {
  const clock = deps.clock ?? Date.now;
  /** One admin's warning; an admin who blocked the bot (or any refusal) costs only their copy. */
  async function warn(
    admin: number,
    userId: number,
    links: LinkRecord[],
    deleteBefore: number,
  ): Promise<boolean> {
    const lang = await languageOf(deps.users, admin, deps.language);
    try {
      for (const part of splitMessage(await renderWarning(deps, lang, userId, links, deleteBefore))) {
        await deps.api.sendMessage(admin, part, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
        });
      }
      return true;
    } catch (err) {
      deps.log.warn({ admin, err: (err as Error).message }, 'retention warning not delivered');
      return false;
    }
  }

  return async (): Promise<void> => {
    const now = clock();
    const deleteBefore = now - deps.retentionMs;
    try {
      const due = await deps.links.dueForWarning(deleteBefore + deps.warningMs);
      if (!due.length) return;
      const byUser = new Map<number, LinkRecord[]>();
      for (const l of due) byUser.set(l.userId, [...(byUser.get(l.userId) ?? []), l]);
      for (const [userId, links] of byUser) {
        let told = false;
        for (const admin of deps.adminIds) told = (await warn(admin, userId, links, deleteBefore)) || told;
        // Told nobody (Telegram failing for all of them): the next run tries again.
        if (!told && deps.adminIds.length) continue;
        await deps.links.markAnnounced(
          links.map((l) => l.id),
          now,
        );
      }
      deps.log.info({ links: due.length, users: byUser.size }, 'retention warnings sent');
    } finally {
      // Deletion never waits on a message: whatever happened above, expired links go.
      const deleted = await deps.links.deleteExpired(deleteBefore);
      if (deleted.length) deps.log.info({ links: deleted.length }, 'expired links deleted');
    }
  };
}

async function languageOf(users: UsersRepo, id: number, fallback: Language): Promise<Language> {
  const u = await users.get(id);
  return pickLanguage(u?.settings.language, u?.languageCode ?? undefined, fallback);
}

async function renderWarning(
  deps: { users: UsersRepo; t: Translator; retentionMs: number },
  lang: Language,
  userId: number,
  links: LinkRecord[],
  deleteBefore: number,
): Promise<string> {
  const user = await deps.users.get(userId);
  const who = escapeHtml(
    [user?.firstName, user?.lastName].filter(Boolean).join(' ') +
      (user?.username ? ` @${user.username}` : ''),
  );
  const lines = [deps.t(lang, 'retention-title', { user: who || '?', id: String(userId) })];
  for (const [i, l] of links.slice(0, LISTED_PER_USER).entries()) {
    const gone = l.createdAt < deleteBefore;
    const when = gone
      ? deps.t(lang, 'retention-deleted')
      : deps.t(lang, 'retention-deletes-at', { date: `${formatDate(l.createdAt + deps.retentionMs)} UTC` });
    lines.push(
      `${i + 1}. <code>${escapeHtml(shortUrl(l.url))}</code>\n   ${formatDate(l.createdAt)} · ${when}`,
    );
  }
  if (links.length > LISTED_PER_USER)
    lines.push(deps.t(lang, 'retention-more', { count: links.length - LISTED_PER_USER }));
  return lines.join('\n');
}
