/**
 * SQLite adapter (better-sqlite3), its connections opened as in sqlite-connection.mjs. Pushed
 * messages and the tablets' last-seen are written by a thread of their own (sqlite-writer.ts),
 * everything else on this connection.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Change, MessageType } from '../../src/domain';
import { openSqliteConnection } from './sqlite-connection.mjs';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import { SqliteWriter } from './sqlite-writer';
import {
  BROADCAST_SITE_ID,
  SiteNameTakenError,
  UserNameTakenError,
  userNameKey,
  type ContactBucket,
  type CoordinatorRole,
  type CoordinatorSession,
  type CoordinatorUser,
  type Device,
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

interface SiteRecord {
  id: string;
  name: string;
  municipality: string;
  created_at: string;
}

interface DeviceRecord {
  id: string;
  site_id: string;
  name: string;
  created_at: string;
  last_seen_at: string | null;
  clock_offset_ms: number | null;
  revoked_at: string | null;
}

interface MessageRecord {
  seq: number;
  id: string;
  type: string;
  site_id: string | null;
  device_id: string;
  created_at: string;
  payload: string;
  received_at: string;
}

interface StoredMessageRecord extends MessageRecord {
  origin: 'device' | 'coordination';
}

interface UserRecord {
  id: string;
  name: string;
  role: CoordinatorRole;
  created_at: string;
  password_hash: string;
}

interface SessionRecord {
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

const USER_COLUMNS = 'id, name, role, created_at';

function toUser(record: Omit<UserRecord, 'password_hash'>): CoordinatorUser {
  return { id: record.id, name: record.name, role: record.role, createdAt: record.created_at };
}

function toStoredMessage(record: StoredMessageRecord): StoredMessage {
  return {
    seq: record.seq,
    id: record.id,
    type: record.type as MessageType,
    siteId: record.site_id,
    deviceId: record.device_id,
    createdAt: record.created_at,
    payload: JSON.parse(record.payload) as unknown,
    origin: record.origin,
    receivedAt: record.received_at,
  };
}

const DEVICE_COLUMNS = 'id, site_id, name, created_at, last_seen_at, clock_offset_ms, revoked_at';

function toSite(record: SiteRecord): Site {
  return { id: record.id, name: record.name, municipality: record.municipality, createdAt: record.created_at };
}

function toDevice(record: DeviceRecord): Device {
  return {
    id: record.id,
    siteId: record.site_id,
    name: record.name,
    createdAt: record.created_at,
    lastSeenAt: record.last_seen_at,
    clockOffsetMs: record.clock_offset_ms,
    revokedAt: record.revoked_at,
  };
}

function toChange(record: MessageRecord): Change {
  return {
    id: record.id,
    type: record.type as MessageType,
    siteId: record.site_id ?? BROADCAST_SITE_ID,
    deviceId: record.device_id,
    createdAt: record.created_at,
    payload: JSON.parse(record.payload) as Change['payload'],
    seq: record.seq,
    receivedAt: record.received_at,
  } as Change;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  /** Writes pushed messages and the last-seen bookkeeping off the event loop. */
  private readonly writer: SqliteWriter;
  /** The writer thread stores its requests in the order they came (storage/types.ts). */
  readonly storeQueueDepth = 2;

  /**
   * Prepared statements by their SQL, made once: preparing costs about 10 µs, more than running
   * most of them, and the device lookup runs on every push and pull.
   */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly file: string) {
    this.db = openSqliteConnection(file);
    this.writer = new SqliteWriter(file);
  }

  private statement<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P, R> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  async migrate(): Promise<void> {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied = this.statement('SELECT version FROM schema_migrations WHERE version = ?');
    const record = this.statement('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of SQLITE_MIGRATIONS) {
      // IMMEDIATE takes the write lock first, so two processes starting together apply it once.
      this.db
        .transaction(() => {
          if (applied.get(migration.version)) return;
          this.db.exec(migration.sql);
          record.run(migration.version, migration.name, new Date().toISOString());
        })
        .immediate();
    }
    this.writer.start();
  }

  async close(): Promise<void> {
    await this.writer.close();
    if (this.db.open) this.db.close();
  }

  async createSite(input: { name: string; municipality: string }): Promise<Site> {
    const site: Site = { id: randomUUID(), name: input.name, municipality: input.municipality, createdAt: new Date().toISOString() };
    try {
      this
        .statement('INSERT INTO sites (id, name, municipality, created_at) VALUES (?, ?, ?, ?)')
        .run(site.id, site.name, site.municipality, site.createdAt);
    } catch (error) {
      if (isUniqueViolation(error)) throw new SiteNameTakenError(input.name);
      throw error;
    }
    return site;
  }

  async listSites(): Promise<Site[]> {
    return this.statement<[], SiteRecord>('SELECT * FROM sites ORDER BY name').all().map(toSite);
  }

  async findSite(idOrName: string): Promise<Site | null> {
    const record = this
      .statement<[string, string, string], SiteRecord>('SELECT * FROM sites WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1')
      .get(idOrName, idOrName, idOrName);
    return record ? toSite(record) : null;
  }

  async createEnrollmentCode(input: { siteId: string; codeHash: string; expiresAt: Date }): Promise<boolean> {
    const result = this
      .statement(
        'INSERT INTO enrollment_codes (code_hash, site_id, created_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (code_hash) DO NOTHING',
      )
      .run(input.codeHash, input.siteId, new Date().toISOString(), input.expiresAt.toISOString());
    return result.changes > 0;
  }

  async consumeEnrollmentCode(codeHash: string, now: Date): Promise<Site | null> {
    const at = now.toISOString();
    // One UPDATE with the conditions in its WHERE: two devices racing for a code cannot both win.
    const used = this
      .statement<[string, string, string], { site_id: string }>(
        'UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING site_id',
      )
      .get(at, codeHash, at);
    return used ? this.findSite(used.site_id) : null;
  }

  async createDevice(input: { siteId: string; name: string; tokenHash: string }): Promise<Device> {
    const device: Device = {
      id: randomUUID(),
      siteId: input.siteId,
      name: input.name,
      createdAt: new Date().toISOString(),
      lastSeenAt: null,
      clockOffsetMs: null,
      revokedAt: null,
    };
    this
      .statement('INSERT INTO devices (id, site_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(device.id, device.siteId, device.name, input.tokenHash, device.createdAt);
    return device;
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<Device | null> {
    const record = this
      .statement<[string], DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`)
      .get(tokenHash);
    return record ? toDevice(record) : null;
  }

  async findDevice(id: string): Promise<Device | null> {
    const record = this.statement<[string], DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`).get(id);
    return record ? toDevice(record) : null;
  }

  async findDeviceTokenHash(id: string): Promise<string | null> {
    const record = this.statement<[string], { token_hash: string }>('SELECT token_hash FROM devices WHERE id = ?').get(id);
    return record?.token_hash ?? null;
  }

  async listDevices(siteId?: string): Promise<Device[]> {
    const records =
      siteId === undefined
        ? this.statement<[], DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY created_at, id`).all()
        : this
            .statement<[string], DeviceRecord>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE site_id = ? ORDER BY created_at, id`)
            .all(siteId);
    return records.map(toDevice);
  }

  async revokeDevice(id: string, now: Date = new Date()): Promise<boolean> {
    const result = this
      .statement('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?')
      .run(now.toISOString(), id);
    return result.changes > 0;
  }

  async recordSeen(seen: SeenBatch): Promise<void> {
    // In the writer thread too: on this connection it would wait, blocking the event loop, for
    // the writer's transaction to end.
    await this.writer.seen(
      seen.devices.map((device) => [device.id, device.lastSeenAt.toISOString(), device.clockOffsetMs === undefined ? null : Math.round(device.clockOffsetMs)]),
      seen.contacts.map((each) => [each.siteId, each.bucket.toISOString()]),
    );
  }

  async listContacts(query: { from?: Date; to: Date }): Promise<ContactBucket[]> {
    return this
      .statement<[string, string], { site_id: string; bucket: string }>(
        'SELECT site_id, bucket FROM site_contacts WHERE bucket >= ? AND bucket <= ? ORDER BY site_id, bucket',
      )
      .all(query.from?.toISOString() ?? '', query.to.toISOString())
      .map((row) => ({ siteId: row.site_id, bucket: row.bucket }));
  }

  async firstContacts(): Promise<Map<string, string>> {
    const rows = this.statement<[], { site_id: string; first: string }>('SELECT site_id, MIN(bucket) AS first FROM site_contacts GROUP BY site_id').all();
    return new Map(rows.map((row) => [row.site_id, row.first]));
  }

  async pruneContacts(before: Date): Promise<number> {
    return this.statement('DELETE FROM site_contacts WHERE bucket < ?').run(before.toISOString()).changes;
  }

  async storeMessages(rows: NewMessage[]): Promise<StoreOutcome[]> {
    if (rows.length === 0) return [];
    // In the writer thread (sqlite-writer.worker.mjs): one transaction, a row at a time in row
    // order, so the sequence numbers follow the rows.
    const { skipped } = await this.writer.store(
      rows.map((row) => [row.id, row.type, row.siteId, row.deviceId, row.createdAt, payloadText(row), row.origin, row.receivedAt]),
    );
    const outcomes = new Array<StoreOutcome>(rows.length).fill('accepted');
    // An id stored before (or earlier in this batch): the same message again if it is the same
    // point's, another message under a taken id if not.
    for (const [index, storedSiteId] of skipped) outcomes[index] = storedSiteId === rows[index].siteId ? 'duplicate' : 'conflict';
    return outcomes;
  }

  async pull(query: PullQuery): Promise<PullPage> {
    // The device's own messages are skipped: their payloads are not read (pullPage).
    const records = this
      .statement<[string | null, number, string, number], StoredMessageRecord>(
        `SELECT seq, id, type, site_id, device_id, created_at, origin, received_at,
                CASE WHEN origin = 'device' AND device_id = ? THEN NULL ELSE payload END AS payload
         FROM messages WHERE seq > ? AND (site_id = ? OR site_id IS NULL) ORDER BY seq LIMIT ?`,
      )
      .all(query.exceptDeviceId ?? null, query.after, query.siteId, pullScanLimit(query));
    return pullPage(records, query, toChange);
  }

  async countMessages(): Promise<number> {
    return this.statement<[], { n: number }>('SELECT COUNT(*) AS n FROM messages').get()?.n ?? 0;
  }

  async stats(): Promise<StorageStats> {
    const count = (table: string): number =>
      this.statement<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n ?? 0;
    return { sites: count('sites'), devices: count('devices'), messages: count('messages') };
  }

  async listMessagesByType(query: { types: readonly MessageType[]; after: number; limit: number }): Promise<MessagePage> {
    if (query.types.length === 0) return { rows: [], cursor: query.after, more: false };
    const placeholders = query.types.map(() => '?').join(', ');
    const records = this
      .statement<unknown[], StoredMessageRecord>(
        `SELECT seq, id, type, site_id, device_id, created_at, payload, origin, received_at FROM messages
         WHERE seq > ? AND type IN (${placeholders}) ORDER BY seq LIMIT ?`,
      )
      .all(query.after, ...query.types, query.limit + 1);
    const more = records.length > query.limit;
    const rows = records.slice(0, query.limit).map(toStoredMessage);
    return { rows, cursor: rows.at(-1)?.seq ?? query.after, more };
  }

  async rewritePayloads(query: { siteId: string; types: readonly MessageType[] }, rewrite: (type: MessageType, payload: unknown) => unknown): Promise<number> {
    if (query.types.length === 0) return 0;
    const placeholders = query.types.map(() => '?').join(', ');
    const select = this.statement<unknown[], { seq: number; type: MessageType; payload: string }>(
      `SELECT seq, type, payload FROM messages WHERE site_id = ? AND type IN (${placeholders})`,
    );
    const update = this.statement('UPDATE messages SET payload = ? WHERE seq = ?');
    return this.db.transaction(() => {
      let changed = 0;
      for (const row of select.all(query.siteId, ...query.types)) {
        const next = JSON.stringify(rewrite(row.type, JSON.parse(row.payload)));
        if (next === row.payload) continue;
        update.run(next, row.seq);
        changed += 1;
      }
      return changed;
    }).immediate();
  }

  async createUser(input: { name: string; role: CoordinatorRole; passwordHash: string }): Promise<CoordinatorUser> {
    const now = new Date().toISOString();
    const user: CoordinatorUser = { id: randomUUID(), name: input.name.trim(), role: input.role, createdAt: now };
    try {
      this
        .statement(
          'INSERT INTO coordinator_users (id, name, name_key, role, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(user.id, user.name, userNameKey(user.name), user.role, input.passwordHash, now, now);
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserNameTakenError(user.name);
      throw error;
    }
    return user;
  }

  async findUserByName(name: string): Promise<(CoordinatorUser & { passwordHash: string }) | null> {
    const record = this
      .statement<[string], UserRecord>(`SELECT ${USER_COLUMNS}, password_hash FROM coordinator_users WHERE name_key = ?`)
      .get(userNameKey(name));
    return record ? { ...toUser(record), passwordHash: record.password_hash } : null;
  }

  async findUser(id: string): Promise<CoordinatorUser | null> {
    const record = this.statement<[string], UserRecord>(`SELECT ${USER_COLUMNS} FROM coordinator_users WHERE id = ?`).get(id);
    return record ? toUser(record) : null;
  }

  async listUsers(): Promise<CoordinatorUser[]> {
    return this.statement<[], UserRecord>(`SELECT ${USER_COLUMNS} FROM coordinator_users ORDER BY name_key`).all().map(toUser);
  }

  async setUserPassword(id: string, passwordHash: string): Promise<boolean> {
    const result = this
      .statement('UPDATE coordinator_users SET password_hash = ?, password_changed_at = ? WHERE id = ?')
      .run(passwordHash, new Date().toISOString(), id);
    return result.changes > 0;
  }

  async createSession(input: { tokenHash: string; userId: string; now: Date }): Promise<void> {
    const at = input.now.toISOString();
    this
      .statement('INSERT INTO coordinator_sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)')
      .run(input.tokenHash, input.userId, at, at);
  }

  async findSession(tokenHash: string): Promise<{ session: CoordinatorSession; user: CoordinatorUser } | null> {
    const record = this
      .statement<[string], SessionRecord & { id: string; name: string; role: CoordinatorRole; user_created_at: string }>(
        `SELECT s.user_id, s.created_at, s.last_seen_at, u.id, u.name, u.role, u.created_at AS user_created_at
         FROM coordinator_sessions s JOIN coordinator_users u ON u.id = s.user_id WHERE s.token_hash = ?`,
      )
      .get(tokenHash);
    if (!record) return null;
    return {
      session: { userId: record.user_id, createdAt: record.created_at, lastSeenAt: record.last_seen_at },
      user: { id: record.id, name: record.name, role: record.role, createdAt: record.user_created_at },
    };
  }

  async touchSession(tokenHash: string, lastSeenAt: Date): Promise<void> {
    this.statement('UPDATE coordinator_sessions SET last_seen_at = ? WHERE token_hash = ?').run(lastSeenAt.toISOString(), tokenHash);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.statement('DELETE FROM coordinator_sessions WHERE token_hash = ?').run(tokenHash);
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    return this.statement('DELETE FROM coordinator_sessions WHERE user_id = ?').run(userId).changes;
  }

  async deleteExpiredSessions(cutoff: { idleBefore: Date; createdBefore: Date }): Promise<number> {
    return this
      .statement('DELETE FROM coordinator_sessions WHERE last_seen_at < ? OR created_at < ?')
      .run(cutoff.idleBefore.toISOString(), cutoff.createdBefore.toISOString()).changes;
  }
}
