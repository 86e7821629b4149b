import type pg from 'pg';
import type { UserRecord, UserSettings, UsersRepo } from '../types.js';

interface Row {
  id: number;
  first_name: string;
  last_name: string | null;
  username: string | null;
  language_code: string | null;
  first_seen: number;
  last_seen: number;
  banned: boolean;
  ban_notified: boolean;
  settings: UserSettings;
}

const toRecord = (r: Row): UserRecord => ({
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  username: r.username,
  languageCode: r.language_code,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
  banned: r.banned,
  banNotified: r.ban_notified,
  settings: r.settings,
});

export function createPostgresUsers(pool: pg.Pool): UsersRepo {
  const rows = async <T extends pg.QueryResultRow = Row>(text: string, values: unknown[] = []) =>
    (await pool.query<T>(text, values)).rows;
  return {
    async touch(u, now) {
      const [row] = await rows(
        `INSERT INTO users (id, first_name, last_name, username, language_code, first_seen, last_seen)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
           username = excluded.username, language_code = excluded.language_code, last_seen = excluded.last_seen
         RETURNING *`,
        [u.id, u.firstName, u.lastName ?? null, u.username ?? null, u.languageCode ?? null, now],
      );
      return toRecord(row!);
    },
    async get(id) {
      const [row] = await rows('SELECT * FROM users WHERE id = $1', [id]);
      return row && toRecord(row);
    },
    async setBanned(id, banned) {
      const r = await pool.query('UPDATE users SET banned = $2, ban_notified = false WHERE id = $1', [
        id,
        banned,
      ]);
      return (r.rowCount ?? 0) > 0;
    },
    async markBanNotified(id) {
      const r = await pool.query('UPDATE users SET ban_notified = true WHERE id = $1 AND NOT ban_notified', [
        id,
      ]);
      return (r.rowCount ?? 0) > 0;
    },
    async updateSettings(id, patch) {
      // Merged in the database, so two fronts changing different settings at once keep both.
      const [row] = await rows<{ settings: UserSettings }>(
        'UPDATE users SET settings = settings || $2::jsonb WHERE id = $1 RETURNING settings',
        [id, JSON.stringify(patch)],
      );
      return row?.settings ?? { ...patch };
    },
    async listByActivity(offset, limit) {
      const list = await rows<Row & { links: number }>(
        `SELECT u.*, (SELECT COUNT(*) FROM links l WHERE l.user_id = u.id) AS links
         FROM users u ORDER BY last_seen DESC, id LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return list.map((r) => ({ ...toRecord(r), links: r.links }));
    },
    count: async () => (await rows<{ n: number }>('SELECT COUNT(*) AS n FROM users'))[0]!.n,
    countActiveSince: async (since) =>
      (await rows<{ n: number }>('SELECT COUNT(*) AS n FROM users WHERE last_seen >= $1', [since]))[0]!.n,
    idsForBroadcast: async () =>
      (await rows<{ id: number }>('SELECT id FROM users WHERE NOT banned ORDER BY id')).map((r) => r.id),
  };
}
