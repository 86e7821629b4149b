/** Numbered migrations; each runs once, inside a transaction, in order. Never edit a shipped one. */
export const migrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT,
        username TEXT,
        language_code TEXT,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        banned INTEGER NOT NULL DEFAULT 0,
        ban_notified INTEGER NOT NULL DEFAULT 0,
        settings TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX users_last_seen ON users(last_seen);
      CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE links (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        outcome TEXT NOT NULL DEFAULT 'pending',
        size INTEGER,
        error_class TEXT,
        announced_at INTEGER,
        source TEXT NOT NULL DEFAULT 'bot'
      );
      CREATE INDEX links_user ON links(user_id, created_at);
      CREATE INDEX links_created ON links(created_at);
      CREATE UNIQUE INDEX links_import_dedupe ON links(user_id, url, created_at) WHERE source = 'import';
      CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        chat_id INTEGER NOT NULL,
        link_id INTEGER,
        url TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'auto',
        options TEXT NOT NULL DEFAULT '{}',
        language TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        status_message_id INTEGER,
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER,
        error TEXT
      );
      CREATE INDEX jobs_state ON jobs(state, created_at);
      CREATE INDEX jobs_user ON jobs(user_id, state);
      CREATE TABLE file_cache (
        key TEXT PRIMARY KEY,
        file_id TEXT NOT NULL,
        method TEXT NOT NULL,
        size INTEGER,
        created_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    sql: `
      ALTER TABLE jobs ADD COLUMN owner TEXT;
      ALTER TABLE jobs ADD COLUMN lease_until INTEGER;
      ALTER TABLE jobs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    sql: 'ALTER TABLE jobs ADD COLUMN ready_at INTEGER NOT NULL DEFAULT 0;',
  },
  {
    version: 5,
    sql: 'ALTER TABLE links ADD COLUMN items INTEGER NOT NULL DEFAULT 1;',
  },
  {
    version: 6,
    sql: `
      ALTER TABLE links ADD COLUMN update_key TEXT;
      CREATE UNIQUE INDEX links_update_key ON links(update_key) WHERE update_key IS NOT NULL;
      ALTER TABLE jobs ADD COLUMN update_key TEXT;
      CREATE UNIQUE INDEX jobs_update_key ON jobs(update_key) WHERE update_key IS NOT NULL;
      CREATE INDEX jobs_finished ON jobs(finished_at) WHERE finished_at IS NOT NULL;
      ALTER TABLE kv ADD COLUMN expires_at INTEGER;
      CREATE INDEX kv_expires ON kv(expires_at) WHERE expires_at IS NOT NULL;
      CREATE INDEX file_cache_created ON file_cache(created_at);
      DELETE FROM file_cache;
    `,
  },
  {
    version: 7,
    sql: `
      CREATE TABLE file_links (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL,
        file_id TEXT NOT NULL,
        file_unique_id TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        revoked INTEGER NOT NULL DEFAULT 0,
        bytes_served INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX file_links_user ON file_links(user_id, created_at);
      CREATE TABLE file_link_traffic (
        user_id INTEGER NOT NULL,
        day INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        PRIMARY KEY (user_id, day)
      );
    `,
  },
  {
    version: 8,
    sql: 'ALTER TABLE file_links ADD COLUMN chat_id INTEGER; ALTER TABLE file_links ADD COLUMN message_id INTEGER;',
  },
];
