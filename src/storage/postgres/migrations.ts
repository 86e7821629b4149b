import type pg from 'pg';
import { inTransaction, LOCK } from './pool.js';

/** Numbered migrations; each runs once, inside a transaction, in order. Never edit a shipped one. */
const migrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE users (
        id BIGINT PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT,
        username TEXT,
        language_code TEXT,
        first_seen BIGINT NOT NULL,
        last_seen BIGINT NOT NULL,
        banned BOOLEAN NOT NULL DEFAULT false,
        ban_notified BOOLEAN NOT NULL DEFAULT false,
        settings JSONB NOT NULL DEFAULT '{}'
      );
      CREATE INDEX users_last_seen ON users(last_seen);
      CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE links (
        id BIGSERIAL PRIMARY KEY,
        user_id BIGINT NOT NULL,
        url TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        outcome TEXT NOT NULL DEFAULT 'pending',
        size BIGINT,
        error_class TEXT,
        announced_at BIGINT,
        source TEXT NOT NULL DEFAULT 'bot'
      );
      CREATE INDEX links_user ON links(user_id, created_at);
      CREATE INDEX links_created ON links(created_at);
      CREATE UNIQUE INDEX links_import_dedupe ON links(user_id, url, created_at) WHERE source = 'import';
      CREATE TABLE jobs (
        id BIGSERIAL PRIMARY KEY,
        user_id BIGINT NOT NULL,
        chat_id BIGINT NOT NULL,
        link_id BIGINT,
        url TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'auto',
        options JSONB NOT NULL DEFAULT '{}',
        language TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        status_message_id BIGINT,
        created_at BIGINT NOT NULL,
        started_at BIGINT,
        finished_at BIGINT,
        error TEXT,
        owner TEXT,
        lease_until BIGINT,
        cancel_requested BOOLEAN NOT NULL DEFAULT false,
        ready_at BIGINT NOT NULL DEFAULT 0
      );
      CREATE INDEX jobs_state ON jobs(state, created_at);
      CREATE INDEX jobs_user ON jobs(user_id, state);
      CREATE TABLE file_cache (
        key TEXT PRIMARY KEY,
        file_id TEXT NOT NULL,
        method TEXT NOT NULL,
        size BIGINT,
        created_at BIGINT NOT NULL
      );
    `,
  },
  {
    version: 2,
    sql: 'ALTER TABLE links ADD COLUMN items INTEGER NOT NULL DEFAULT 1;',
  },
  {
    version: 3,
    sql: `
      ALTER TABLE links ADD COLUMN update_key TEXT;
      CREATE UNIQUE INDEX links_update_key ON links(update_key) WHERE update_key IS NOT NULL;
      ALTER TABLE jobs ADD COLUMN update_key TEXT;
      CREATE UNIQUE INDEX jobs_update_key ON jobs(update_key) WHERE update_key IS NOT NULL;
      CREATE INDEX jobs_finished ON jobs(finished_at) WHERE finished_at IS NOT NULL;
      ALTER TABLE kv ADD COLUMN expires_at BIGINT;
      CREATE INDEX kv_expires ON kv(expires_at) WHERE expires_at IS NOT NULL;
      CREATE INDEX file_cache_created ON file_cache(created_at);
      DELETE FROM file_cache;
    `,
  },
  {
    version: 4,
    sql: `
      CREATE TABLE file_links (
        id TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL,
        file_id TEXT NOT NULL,
        file_unique_id TEXT NOT NULL,
        name TEXT NOT NULL,
        size BIGINT NOT NULL,
        mime TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT,
        revoked BOOLEAN NOT NULL DEFAULT FALSE,
        bytes_served BIGINT NOT NULL DEFAULT 0
      );
      CREATE INDEX file_links_user ON file_links(user_id, created_at);
      CREATE TABLE file_link_traffic (
        user_id BIGINT NOT NULL,
        day BIGINT NOT NULL,
        bytes BIGINT NOT NULL,
        PRIMARY KEY (user_id, day)
      );
    `,
  },
  {
    version: 5,
    sql: 'ALTER TABLE file_links ADD COLUMN chat_id BIGINT; ALTER TABLE file_links ADD COLUMN message_id BIGINT;',
  },
  {
    version: 6,
    // One row that every claim moves on (jobs.ts, CLAIM).
    sql: `
      CREATE TABLE queue_generation (id INTEGER PRIMARY KEY CHECK (id = 1), gen BIGINT NOT NULL);
      INSERT INTO queue_generation (id, gen) VALUES (1, 0);
    `,
  },
  {
    version: 7,
    // When the bot may send next, in milliseconds of the database's clock (send-schedule.ts).
    sql: `
      CREATE TABLE send_schedule (id INTEGER PRIMARY KEY CHECK (id = 1), next_at DOUBLE PRECISION NOT NULL);
      INSERT INTO send_schedule (id, next_at) VALUES (1, 0);
    `,
  },
];

/**
 * Brings the schema up to date. Each migration runs in its own transaction under one advisory
 * lock, so processes starting together apply each exactly once and the others wait for it.
 */
export async function migrate(pool: pg.Pool): Promise<void> {
  for (const m of migrations) {
    await inTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.migrate]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await c.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
      if ((rows[0]?.v ?? 0) >= m.version) return;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_version (version) VALUES ($1)', [m.version]);
    });
  }
}
