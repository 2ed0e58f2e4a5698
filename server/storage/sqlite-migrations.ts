/**
 * SQLite schema, as numbered migrations. Never edit a released migration: add the next one.
 * Times are ISO-8601 UTC text (`Date#toISOString`), so text comparison is time comparison.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'sites, enrollment codes, devices, messages',
    sql: `
      CREATE TABLE sites (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        municipality TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE enrollment_codes (
        code_hash TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id),
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT,
        clock_offset_ms INTEGER,
        revoked_at TEXT
      );
      CREATE INDEX devices_by_site ON devices(site_id);
      -- AUTOINCREMENT: a seq is never reused, so a pull cursor can never point past a new change.
      CREATE TABLE messages (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        site_id TEXT REFERENCES sites(id),
        device_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('device', 'coordination')),
        received_at TEXT NOT NULL
      );
      CREATE INDEX messages_by_site_seq ON messages(site_id, seq);
    `,
  },
  {
    version: 2,
    name: 'coordinator accounts and sessions, messages by type',
    sql: `
      CREATE TABLE coordinator_users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL
      );
      CREATE TABLE coordinator_sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES coordinator_users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      );
      CREATE INDEX coordinator_sessions_by_user ON coordinator_sessions(user_id);
      -- The dashboard reads reports, supply requests, signals ... of every site by type.
      CREATE INDEX messages_by_type_seq ON messages(type, seq);
    `,
  },
  {
    version: 3,
    name: 'contact log per point in 5-minute buckets',
    sql: `
      -- Link uptime for the evaluation: a row per point per bucket in which one of its tablets
      -- pushed or pulled. WITHOUT ROWID: the key is the whole row.
      CREATE TABLE site_contacts (
        site_id TEXT NOT NULL REFERENCES sites(id),
        bucket TEXT NOT NULL,
        PRIMARY KEY (site_id, bucket)
      ) WITHOUT ROWID;
      -- Retention prunes by age across all points.
      CREATE INDEX site_contacts_by_bucket ON site_contacts(bucket);
    `,
  },
];
