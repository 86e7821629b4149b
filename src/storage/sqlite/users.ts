import type { Db } from '../database.js';
import type { UserRecord, UserSettings, UsersRepo } from '../types.js';
import { toAsync } from './to-async.js';

interface Row {
  id: number;
  first_name: string;
  last_name: string | null;
  username: string | null;
  language_code: string | null;
  first_seen: number;
  last_seen: number;
  banned: number;
  ban_notified: number;
  settings: string;
}

const toRecord = (r: Row): UserRecord => ({
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  username: r.username,
  languageCode: r.language_code,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
  banned: r.banned === 1,
  banNotified: r.ban_notified === 1,
  settings: JSON.parse(r.settings) as UserSettings,
});

export function createSqliteUsers(db: Db): UsersRepo {
  const upsert = db.prepare(`
    INSERT INTO users (id, first_name, last_name, username, language_code, first_seen, last_seen)
    VALUES (@id, @firstName, @lastName, @username, @languageCode, @now, @now)
    ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
      username = excluded.username, language_code = excluded.language_code, last_seen = excluded.last_seen
    RETURNING *`);
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const ban = db.prepare('UPDATE users SET banned = ?, ban_notified = 0 WHERE id = ?');
  const banNotified = db.prepare('UPDATE users SET ban_notified = 1 WHERE id = ? AND ban_notified = 0');
  const saveSettings = db.prepare('UPDATE users SET settings = ? WHERE id = ?');
  const page = db.prepare(`
    SELECT u.*, (SELECT COUNT(*) FROM links l WHERE l.user_id = u.id) AS links
    FROM users u ORDER BY last_seen DESC, id LIMIT ? OFFSET ?`);
  const count = db.prepare('SELECT COUNT(*) AS n FROM users');
  const activeSince = db.prepare('SELECT COUNT(*) AS n FROM users WHERE last_seen >= ?');
  const broadcastIds = db.prepare('SELECT id FROM users WHERE banned = 0 ORDER BY id');

  return toAsync<UsersRepo>({
    touch(u, now) {
      return toRecord(
        upsert.get({
          id: u.id,
          firstName: u.firstName,
          lastName: u.lastName ?? null,
          username: u.username ?? null,
          languageCode: u.languageCode ?? null,
          now,
        }) as Row,
      );
    },
    get(id) {
      const row = byId.get(id) as Row | undefined;
      return row && toRecord(row);
    },
    setBanned(id, banned) {
      return ban.run(banned ? 1 : 0, id).changes > 0;
    },
    markBanNotified(id) {
      return banNotified.run(id).changes > 0;
    },
    updateSettings(id, patch) {
      const current = (byId.get(id) as Row | undefined)?.settings ?? '{}';
      const next = { ...(JSON.parse(current) as UserSettings), ...patch };
      saveSettings.run(JSON.stringify(next), id);
      return next;
    },
    listByActivity(offset, limit) {
      return (page.all(limit, offset) as (Row & { links: number })[]).map((r) => ({
        ...toRecord(r),
        links: r.links,
      }));
    },
    count: () => (count.get() as { n: number }).n,
    countActiveSince: (since) => (activeSince.get(since) as { n: number }).n,
    idsForBroadcast: () => (broadcastIds.all() as { id: number }[]).map((r) => r.id),
  });
}
