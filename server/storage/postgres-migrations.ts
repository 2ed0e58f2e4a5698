/**
 * PostgreSQL schema, as numbered migrations. Never edit a released migration: add the next one.
 * Payloads are `json`, not `jsonb`: jsonb refuses "\u0000" inside a string, and one such message
 * must be stored (or rejected) on its own, never fail its whole batch with a 500.
 */
import type { Migration } from './sqlite-migrations';

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'sites, enrollment codes, devices, messages',
    sql: `
      CREATE TABLE sites (
        id text PRIMARY KEY,
        name text NOT NULL,
        municipality text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX sites_by_name ON sites (lower(name));
      CREATE TABLE enrollment_codes (
        code_hash text PRIMARY KEY,
        site_id text NOT NULL REFERENCES sites(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE TABLE devices (
        id text PRIMARY KEY,
        site_id text NOT NULL REFERENCES sites(id),
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz,
        clock_offset_ms bigint,
        revoked_at timestamptz
      );
      CREATE INDEX devices_by_site ON devices (site_id);
      CREATE TABLE messages (
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        type text NOT NULL,
        site_id text REFERENCES sites(id),
        device_id text NOT NULL,
        created_at text NOT NULL,
        payload json NOT NULL,
        origin text NOT NULL CHECK (origin IN ('device', 'coordination')),
        received_at timestamptz NOT NULL
      );
      CREATE INDEX messages_by_site_seq ON messages (site_id, seq);
    `,
  },
  {
    version: 2,
    name: 'coordinator accounts and sessions, messages by type',
    sql: `
      CREATE TABLE coordinator_users (
        id text PRIMARY KEY,
        name text NOT NULL,
        name_key text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('coordinator', 'admin')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        password_changed_at timestamptz NOT NULL
      );
      CREATE TABLE coordinator_sessions (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL REFERENCES coordinator_users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      );
      CREATE INDEX coordinator_sessions_by_user ON coordinator_sessions (user_id);
      -- The dashboard reads reports, supply requests, signals ... of every site by type.
      CREATE INDEX messages_by_type_seq ON messages (type, seq);
    `,
  },
  {
    version: 3,
    name: 'contact log per point in 5-minute buckets',
    sql: `
      -- Link uptime for the evaluation: a row per point per bucket in which one of its tablets
      -- pushed or pulled.
      CREATE TABLE site_contacts (
        site_id text NOT NULL REFERENCES sites(id),
        bucket timestamptz NOT NULL,
        PRIMARY KEY (site_id, bucket)
      );
      -- Retention prunes by age across all points.
      CREATE INDEX site_contacts_by_bucket ON site_contacts (bucket);
    `,
  },
];
