/**
 * PostgreSQL adapter (pg Pool), for a regional coordination point shared by several sites.
 *
 * Pushes take one transaction-scoped advisory lock. Without it two concurrent pushes can take
 * seqs 7 and 8 and commit 8 first: a device that pulls in between moves its cursor to 8 and
 * never sees 7. With the lock, seqs commit in the order they were handed out.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Change, MessageType } from '../../src/domain';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import {
  BROADCAST_SITE_ID,
  batchOutcomes,
  SiteNameTakenError,
  UserNameTakenError,
  userNameKey,
  type ContactBucket,
  type CoordinatorRole,
  type CoordinatorSession,
  type CoordinatorUser,
  type Device,
  type MessageOrigin,
  type MessagePage,
  type NewMessage,
  payloadText,
  type PullPage,
  type PullQuery,
  pullPage,
  pullScanLimit,
  type Site,
  type Storage,
  type StorageStats,
  type StoredMessage,
  type SeenBatch,
  type StoreOutcome,
} from './types';

/** Arbitrary constants, one per lock; they only need to differ from each other. */
const MESSAGES_LOCK = 0x4e535001;
const MIGRATIONS_LOCK = 0x4e535002;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresOptions {
  connectionString: string;
  /** Tables live in this schema (created by migrate) instead of `public`; tests use one per run. */
  schema?: string;
  maxConnections?: number;
}

interface SiteRecord {
  id: string;
  name: string;
  municipality: string;
  created_at: Date;
}

interface DeviceRecord {
  id: string;
  site_id: string;
  name: string;
  created_at: Date;
  last_seen_at: Date | null;
  clock_offset_ms: string | null;
  revoked_at: Date | null;
}

interface MessageRecord {
  seq: string;
  id: string;
  type: string;
  site_id: string | null;
  device_id: string;
  created_at: string;
  payload: unknown;
  received_at: Date;
}

interface StoredMessageRecord extends MessageRecord {
  origin: MessageOrigin;
}

interface UserRecord {
  id: string;
  name: string;
  role: CoordinatorRole;
  created_at: Date;
  password_hash: string;
}

const USER_COLUMNS = 'id, name, role, created_at';

function toUser(record: Omit<UserRecord, 'password_hash'>): CoordinatorUser {
  return { id: record.id, name: record.name, role: record.role, createdAt: record.created_at.toISOString() };
}

function toStoredMessage(record: StoredMessageRecord): StoredMessage {
  return {
    seq: Number(record.seq),
    id: record.id,
    type: record.type as MessageType,
    siteId: record.site_id,
    deviceId: record.device_id,
    createdAt: record.created_at,
    payload: record.payload,
    origin: record.origin,
    receivedAt: record.received_at.toISOString(),
  };
}

const DEVICE_COLUMNS = 'id, site_id, name, created_at, last_seen_at, clock_offset_ms, revoked_at';

function toSite(record: SiteRecord): Site {
  return { id: record.id, name: record.name, municipality: record.municipality, createdAt: record.created_at.toISOString() };
}

function toDevice(record: DeviceRecord): Device {
  return {
    id: record.id,
    siteId: record.site_id,
    name: record.name,
    createdAt: record.created_at.toISOString(),
    lastSeenAt: record.last_seen_at?.toISOString() ?? null,
    // bigint arrives as a string from pg; offsets fit a double easily.
    clockOffsetMs: record.clock_offset_ms === null ? null : Number(record.clock_offset_ms),
    revokedAt: record.revoked_at?.toISOString() ?? null,
  };
}

function toChange(record: MessageRecord): Change {
  return {
    id: record.id,
    type: record.type as MessageType,
    siteId: record.site_id ?? BROADCAST_SITE_ID,
    deviceId: record.device_id,
    createdAt: record.created_at,
    payload: record.payload as Change['payload'],
    seq: Number(record.seq),
    receivedAt: record.received_at.toISOString(),
  } as Change;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === '23505';
}

/**
 * The statement that stores a group of messages (`PostgresStorage.storeInOrder`, which says why
 * it has this shape); exported for bench/pg-store.bench.ts, which times it.
 */
export function storeMessagesQuery(rows: NewMessage[]): pg.QueryConfig {
    // Rows go in in their order (WITH ORDINALITY … ORDER BY), so the sequence numbers follow them.
    const batch = JSON.stringify(
      rows.map((row) => ({
        id: row.id,
        type: row.type,
        site_id: row.siteId,
        device_id: row.deviceId,
        created_at: row.createdAt,
        payload: payloadText(row),
        origin: row.origin,
        received_at: row.receivedAt,
      })),
    );
    return {
      name: 'store-messages',
      text: `WITH lock AS MATERIALIZED (SELECT pg_advisory_xact_lock($2::bigint))
             INSERT INTO messages (id, type, site_id, device_id, created_at, payload, origin, received_at)
             SELECT id, type, site_id, device_id, created_at, payload::json, origin, received_at::timestamptz
             FROM ROWS FROM (json_to_recordset($1::json) AS (id text, type text, site_id text, device_id text, created_at text, payload text, origin text, received_at text))
               WITH ORDINALITY AS batch (id, type, site_id, device_id, created_at, payload, origin, received_at, position)
               CROSS JOIN lock
             ORDER BY position
             ON CONFLICT (id) DO NOTHING RETURNING id`,
      values: [batch, MESSAGES_LOCK],
    };
}

export class PostgresStorage implements Storage {
  /**
   * storeMessages calls run one after the other, in call order, so a caller may hand over the
   * next before the previous is answered (storage/types.ts): the next transaction starts the
   * moment the previous one commits, not when the event loop gets to the caller again, which in
   * a reconnect storm is after it has read every push that arrived (BENCHMARKS.md).
   */
  readonly storeQueueDepth = 2;
  private storing: Promise<unknown> = Promise.resolve();
  private readonly pool: pg.Pool;
  /**
   * A connection of its own for storing messages. In a reconnect storm 300 token lookups
   * (device auth) queue for the main pool's connections, and a push transaction that queued
   * behind them waited 400 ms before it could start (BENCHMARKS.md, server ingest). The store
   * queue above uses one connection at a time anyway.
   */
  private readonly writePool: pg.Pool;
  private readonly schema: string | undefined;

  constructor(options: PostgresOptions) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new Error(`Not a usable schema name: ${options.schema}`);
    }
    this.schema = options.schema;
    const connection = { connectionString: options.connectionString, options: options.schema ? `-c search_path=${options.schema}` : undefined };
    this.pool = new pg.Pool({ ...connection, max: options.maxConnections ?? 10 });
    this.writePool = new pg.Pool({ ...connection, max: 1 });
    // An idle connection that drops (database restart) must not crash the process; the next
    // query reconnects or fails where it can be answered.
    this.pool.on('error', () => undefined);
    this.writePool.on('error', () => undefined);
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // Destroy rather than reuse a connection whose state is unknown.
      client.release(true);
      throw error;
    }
  }

  async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      // Serialises concurrent starts: the second one waits and then finds everything applied.
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATIONS_LOCK]);
      if (this.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
      );
      const applied = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(applied.rows.map((row) => row.version));
      for (const migration of POSTGRES_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
          migration.version,
          migration.name,
        ]);
      }
    });
  }

  async close(): Promise<void> {
    // After the queued stores: their callers are waiting for an answer.
    await this.storing;
    await Promise.all([this.pool.end(), this.writePool.end()]);
  }

  async createSite(input: { name: string; municipality: string }): Promise<Site> {
    try {
      const result = await this.pool.query<SiteRecord>(
        'INSERT INTO sites (id, name, municipality, created_at) VALUES ($1, $2, $3, now()) RETURNING *',
        [randomUUID(), input.name, input.municipality],
      );
      return toSite(result.rows[0]);
    } catch (error) {
      if (isUniqueViolation(error)) throw new SiteNameTakenError(input.name);
      throw error;
    }
  }

  async listSites(): Promise<Site[]> {
    const result = await this.pool.query<SiteRecord>('SELECT * FROM sites ORDER BY lower(name)');
    return result.rows.map(toSite);
  }

  async findSite(idOrName: string): Promise<Site | null> {
    const result = await this.pool.query<SiteRecord>(
      'SELECT * FROM sites WHERE id = $1 OR lower(name) = lower($1) ORDER BY (id = $1) DESC LIMIT 1',
      [idOrName],
    );
    return result.rows[0] ? toSite(result.rows[0]) : null;
  }

  async createEnrollmentCode(input: { siteId: string; codeHash: string; expiresAt: Date }): Promise<boolean> {
    const result = await this.pool.query(
      'INSERT INTO enrollment_codes (code_hash, site_id, created_at, expires_at) VALUES ($1, $2, now(), $3) ON CONFLICT (code_hash) DO NOTHING',
      [input.codeHash, input.siteId, input.expiresAt],
    );
    return result.rowCount === 1;
  }

  async consumeEnrollmentCode(codeHash: string, now: Date): Promise<Site | null> {
    // One UPDATE with the conditions in its WHERE: two devices racing for a code cannot both win.
    const result = await this.pool.query<SiteRecord>(
      `WITH used AS (
         UPDATE enrollment_codes SET used_at = $2
         WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING site_id
       )
       SELECT sites.* FROM sites JOIN used ON used.site_id = sites.id`,
      [codeHash, now],
    );
    return result.rows[0] ? toSite(result.rows[0]) : null;
  }

  async createDevice(input: { siteId: string; name: string; tokenHash: string }): Promise<Device> {
    const result = await this.pool.query<DeviceRecord>(
      `INSERT INTO devices (id, site_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, now()) RETURNING ${DEVICE_COLUMNS}`,
      [randomUUID(), input.siteId, input.name, input.tokenHash],
    );
    return toDevice(result.rows[0]);
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<Device | null> {
    const result = await this.pool.query<DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = $1`, [tokenHash]);
    return result.rows[0] ? toDevice(result.rows[0]) : null;
  }

  async findDevice(id: string): Promise<Device | null> {
    const result = await this.pool.query<DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = $1`, [id]);
    return result.rows[0] ? toDevice(result.rows[0]) : null;
  }

  async findDeviceTokenHash(id: string): Promise<string | null> {
    const result = await this.pool.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE id = $1', [id]);
    return result.rows[0]?.token_hash ?? null;
  }

  async listDevices(siteId?: string): Promise<Device[]> {
    const result =
      siteId === undefined
        ? await this.pool.query<DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY created_at, id`)
        : await this.pool.query<DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE site_id = $1 ORDER BY created_at, id`, [
            siteId,
          ]);
    return result.rows.map(toDevice);
  }

  async revokeDevice(id: string, now: Date = new Date()): Promise<boolean> {
    const result = await this.pool.query('UPDATE devices SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1', [id, now]);
    return (result.rowCount ?? 0) > 0;
  }

  async recordSeen(seen: SeenBatch): Promise<void> {
    // One statement per table, the rows as arrays: one round trip each, one commit.
    await this.transaction(async (client) => {
      if (seen.devices.length > 0) {
        await client.query(
          `UPDATE devices SET last_seen_at = seen.at, clock_offset_ms = COALESCE(seen.offset_ms, devices.clock_offset_ms)
             FROM unnest($1::text[], $2::timestamptz[], $3::bigint[]) AS seen(id, at, offset_ms) WHERE devices.id = seen.id`,
          [
            seen.devices.map((device) => device.id),
            seen.devices.map((device) => device.lastSeenAt),
            seen.devices.map((device) => (device.clockOffsetMs === undefined ? null : Math.round(device.clockOffsetMs))),
          ],
        );
      }
      if (seen.contacts.length > 0) {
        await client.query('INSERT INTO site_contacts (site_id, bucket) SELECT * FROM unnest($1::text[], $2::timestamptz[]) ON CONFLICT DO NOTHING', [
          seen.contacts.map((each) => each.siteId),
          seen.contacts.map((each) => each.bucket),
        ]);
      }
    });
  }

  async listContacts(query: { from?: Date; to: Date }): Promise<ContactBucket[]> {
    const result = await this.pool.query<{ site_id: string; bucket: Date }>(
      'SELECT site_id, bucket FROM site_contacts WHERE ($1::timestamptz IS NULL OR bucket >= $1) AND bucket <= $2 ORDER BY site_id, bucket',
      [query.from ?? null, query.to],
    );
    return result.rows.map((row) => ({ siteId: row.site_id, bucket: row.bucket.toISOString() }));
  }

  async firstContacts(): Promise<Map<string, string>> {
    const result = await this.pool.query<{ site_id: string; first: Date }>('SELECT site_id, MIN(bucket) AS first FROM site_contacts GROUP BY site_id');
    return new Map(result.rows.map((row) => [row.site_id, row.first.toISOString()]));
  }

  async pruneContacts(before: Date): Promise<number> {
    const result = await this.pool.query('DELETE FROM site_contacts WHERE bucket < $1', [before]);
    return result.rowCount ?? 0;
  }

  storeMessages(rows: NewMessage[]): Promise<StoreOutcome[]> {
    if (rows.length === 0) return Promise.resolve([]);
    const stored = this.storing.then(() => this.storeInOrder(rows));
    this.storing = stored.catch(() => undefined);
    return stored;
  }

  /**
   * One statement, so one round trip and its own transaction: in a reconnect storm every round
   * trip waits for a turn of the busy event loop, and BEGIN, lock, INSERT and COMMIT made four
   * (BENCHMARKS.md, server ingest). The lock is a materialized CTE joined to every row: the join
   * cannot give the INSERT its first row, which then takes its sequence number, before the lock
   * is taken (EXPLAIN: the sequence is read above the join), and it is held until the statement
   * commits. If one row cannot be stored, none is.
   *
   * The rows travel as one JSON document (`json_to_recordset`), each payload as a JSON string
   * that PostgreSQL checks as JSON on the way in, as before. Eight `text[]` parameters (which
   * node-postgres escapes element by element in JavaScript) cost this process 26 µs of CPU a
   * row, the document 8; PostgreSQL's backend 38 and 44 µs (bench/pg-store.bench.ts). In a
   * reconnect storm both share the same cores, and the storm got 23–40 % faster (BENCHMARKS.md).
   */
  private async storeInOrder(rows: NewMessage[]): Promise<StoreOutcome[]> {
    const inserted = await this.writePool.query<{ id: string }>(storeMessagesQuery(rows));
    const insertedIds = new Set(inserted.rows.map((row) => row.id));
    // The ids not inserted are stored already (committed, or ON CONFLICT waited for their
    // transaction): whose they are tells a duplicate from a conflict.
    const others = [...new Set(rows.filter((row) => !insertedIds.has(row.id)).map((row) => row.id))];
    const stored = new Map<string, string | null>();
    if (others.length > 0) {
      const found = await this.writePool.query<{ id: string; site_id: string | null }>('SELECT id, site_id FROM messages WHERE id = ANY($1::text[])', [others]);
      for (const row of found.rows) stored.set(row.id, row.site_id);
    }
    return batchOutcomes(rows, insertedIds, stored);
  }

  async pull(query: PullQuery): Promise<PullPage> {
    // The device's own messages are skipped: their payloads are not read (pullPage).
    const result = await this.pool.query<StoredMessageRecord>(
      `SELECT seq, id, type, site_id, device_id, created_at, origin, received_at,
              CASE WHEN origin = 'device' AND device_id = $4 THEN NULL ELSE payload END AS payload
       FROM messages WHERE seq > $1 AND (site_id = $2 OR site_id IS NULL) ORDER BY seq LIMIT $3`,
      [query.after, query.siteId, pullScanLimit(query), query.exceptDeviceId ?? null],
    );
    return pullPage(result.rows, query, toChange);
  }

  async countMessages(): Promise<number> {
    const result = await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM messages');
    return result.rows[0].n;
  }

  async stats(): Promise<StorageStats> {
    const result = await this.pool.query<StorageStats>(
      `SELECT (SELECT COUNT(*)::int FROM sites) AS sites, (SELECT COUNT(*)::int FROM devices) AS devices,
              (SELECT COUNT(*)::int FROM messages) AS messages`,
    );
    return result.rows[0];
  }

  async listMessagesByType(query: { types: readonly MessageType[]; after: number; limit: number }): Promise<MessagePage> {
    if (query.types.length === 0) return { rows: [], cursor: query.after, more: false };
    const result = await this.pool.query<StoredMessageRecord>(
      `SELECT seq, id, type, site_id, device_id, created_at, payload, origin, received_at FROM messages
       WHERE seq > $1 AND type = ANY($2::text[]) ORDER BY seq LIMIT $3`,
      [query.after, [...query.types], query.limit + 1],
    );
    const more = result.rows.length > query.limit;
    const rows = result.rows.slice(0, query.limit).map(toStoredMessage);
    return { rows, cursor: rows.at(-1)?.seq ?? query.after, more };
  }

  async rewritePayloads(query: { siteId: string; types: readonly MessageType[] }, rewrite: (type: MessageType, payload: unknown) => unknown): Promise<number> {
    if (query.types.length === 0) return 0;
    return this.transaction(async (client) => {
      const result = await client.query<{ seq: string; type: MessageType; payload: unknown }>(
        'SELECT seq, type, payload FROM messages WHERE site_id = $1 AND type = ANY($2::text[]) FOR UPDATE',
        [query.siteId, [...query.types]],
      );
      let changed = 0;
      for (const row of result.rows) {
        const next = rewrite(row.type, row.payload);
        if (JSON.stringify(next) === JSON.stringify(row.payload)) continue;
        await client.query('UPDATE messages SET payload = $1 WHERE seq = $2', [JSON.stringify(next), row.seq]);
        changed += 1;
      }
      return changed;
    });
  }

  async createUser(input: { name: string; role: CoordinatorRole; passwordHash: string }): Promise<CoordinatorUser> {
    const name = input.name.trim();
    try {
      const result = await this.pool.query<UserRecord>(
        `INSERT INTO coordinator_users (id, name, name_key, role, password_hash, created_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, now(), now()) RETURNING ${USER_COLUMNS}`,
        [randomUUID(), name, userNameKey(name), input.role, input.passwordHash],
      );
      return toUser(result.rows[0]);
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserNameTakenError(name);
      throw error;
    }
  }

  async findUserByName(name: string): Promise<(CoordinatorUser & { passwordHash: string }) | null> {
    const result = await this.pool.query<UserRecord>(
      `SELECT ${USER_COLUMNS}, password_hash FROM coordinator_users WHERE name_key = $1`,
      [userNameKey(name)],
    );
    const record = result.rows[0];
    return record ? { ...toUser(record), passwordHash: record.password_hash } : null;
  }

  async findUser(id: string): Promise<CoordinatorUser | null> {
    const result = await this.pool.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM coordinator_users WHERE id = $1`, [id]);
    return result.rows[0] ? toUser(result.rows[0]) : null;
  }

  async listUsers(): Promise<CoordinatorUser[]> {
    const result = await this.pool.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM coordinator_users ORDER BY name_key`);
    return result.rows.map(toUser);
  }

  async setUserPassword(id: string, passwordHash: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE coordinator_users SET password_hash = $2, password_changed_at = now() WHERE id = $1', [
      id,
      passwordHash,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async createSession(input: { tokenHash: string; userId: string; now: Date }): Promise<void> {
    await this.pool.query('INSERT INTO coordinator_sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)', [
      input.tokenHash,
      input.userId,
      input.now,
    ]);
  }

  async findSession(tokenHash: string): Promise<{ session: CoordinatorSession; user: CoordinatorUser } | null> {
    const result = await this.pool.query<{
      user_id: string;
      created_at: Date;
      last_seen_at: Date;
      id: string;
      name: string;
      role: CoordinatorRole;
      user_created_at: Date;
    }>(
      `SELECT s.user_id, s.created_at, s.last_seen_at, u.id, u.name, u.role, u.created_at AS user_created_at
       FROM coordinator_sessions s JOIN coordinator_users u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const record = result.rows[0];
    if (!record) return null;
    return {
      session: { userId: record.user_id, createdAt: record.created_at.toISOString(), lastSeenAt: record.last_seen_at.toISOString() },
      user: { id: record.id, name: record.name, role: record.role, createdAt: record.user_created_at.toISOString() },
    };
  }

  async touchSession(tokenHash: string, lastSeenAt: Date): Promise<void> {
    await this.pool.query('UPDATE coordinator_sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, lastSeenAt]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM coordinator_sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    const result = await this.pool.query('DELETE FROM coordinator_sessions WHERE user_id = $1', [userId]);
    return result.rowCount ?? 0;
  }

  async deleteExpiredSessions(cutoff: { idleBefore: Date; createdBefore: Date }): Promise<number> {
    const result = await this.pool.query('DELETE FROM coordinator_sessions WHERE last_seen_at < $1 OR created_at < $2', [
      cutoff.idleBefore,
      cutoff.createdBefore,
    ]);
    return result.rowCount ?? 0;
  }
}
