/**
 * The coordination point's storage, as one async interface with two adapters: SQLite (embedded,
 * the default for a single laptop at the coordination point) and PostgreSQL (DATABASE_URL, for a
 * shared regional server). Routes, the CLI and the tests only ever see this interface.
 */
import type { Change, MessageType } from '../../src/domain';

/**
 * Envelope `siteId` of a region-wide broadcast. The envelope schema needs a UUID, so a
 * broadcast (stored with site NULL) travels with the nil UUID: "no particular site".
 */
export const BROADCAST_SITE_ID = '00000000-0000-0000-0000-000000000000';

export type MessageOrigin = 'device' | 'coordination';

export interface SeenBatch {
  devices: { id: string; lastSeenAt: Date; clockOffsetMs?: number }[];
  contacts: { siteId: string; bucket: Date }[];
}

export interface Site {
  id: string;
  name: string;
  municipality: string;
  createdAt: string;
}

export interface Device {
  id: string;
  siteId: string;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  /** Device clock minus server clock at its last request, so a lead can spot a wrong tablet clock. */
  clockOffsetMs: number | null;
  revokedAt: string | null;
}

/** A validated envelope as it is stored. `siteId` null means a broadcast to every site. */
export interface MessageRow {
  id: string;
  type: MessageType;
  siteId: string | null;
  deviceId: string;
  createdAt: string;
  payload: unknown;
  origin: MessageOrigin;
  receivedAt: string;
}

/**
 * `conflict`: the id is already stored for another site (or for a broadcast). It is not this
 * site's duplicate, so the sender must not drop its message as delivered.
 */
export type StoreOutcome = 'accepted' | 'duplicate' | 'conflict';

export interface PullQuery {
  siteId: string;
  after: number;
  limit: number;
  exceptDeviceId?: string;
}

/** Whether a stored message is one `deviceId` pushed itself (what a pull with `exceptDeviceId` leaves out). */
function pushedBy(deviceId: string | undefined, record: { origin: string; device_id: string }): boolean {
  return deviceId !== undefined && record.origin === 'device' && record.device_id === deviceId;
}

/**
 * How many stored rows a pull that leaves out the device's own messages may look at, per change
 * it may return: after an outage the next 20,000 rows of a point are mostly the tablet's own
 * backlog, and a page of 500 rows that are all its own is a round trip over the satellite link
 * for nothing (40 of them: 4.7 s at 2 Mbit/s + 50 ms; BENCHMARKS.md, section 4).
 */
export const OWN_SCAN_FACTOR = 20;

/** How many rows an adapter reads for a pull: the most it may look at, plus one that tells whether there is more. */
export function pullScanLimit(query: PullQuery): number {
  return (query.exceptDeviceId === undefined ? query.limit : query.limit * OWN_SCAN_FACTOR) + 1;
}

/**
 * A pull's page from the rows an adapter read (in seq order, at most `pullScanLimit`; the own
 * messages' payloads may be left out): up to `limit` changes, the device's own messages skipped,
 * and the cursor at the last row looked at, so the skipped ones are not read again.
 */
export function pullPage<R extends { seq: number | string; origin: string; device_id: string }>(rows: R[], query: PullQuery, toChange: (row: R) => Change): PullPage {
  const changes: Change[] = [];
  let cursor = query.after;
  let looked = 0;
  // The last row read only tells whether there is more.
  for (const row of rows.slice(0, pullScanLimit(query) - 1)) {
    if (changes.length === query.limit) break;
    looked += 1;
    cursor = Number(row.seq);
    if (!pushedBy(query.exceptDeviceId, row)) changes.push(toChange(row));
  }
  return { changes, cursor, more: looked < rows.length };
}

export interface PullPage {
  changes: Change[];
  /**
   * Seq of the last change of the page, or `after` when the page was empty. With
   * `exceptDeviceId`, the page's own messages of that device are left out of `changes` but
   * still count for the cursor, so a page of only those has no changes, a later cursor, and
   * `more` as usual.
   */
  cursor: number;
  more: boolean;
}

/**
 * A message to store: a row with its payload as a value, or as JSON text already. A push's
 * checked payloads become text in the check (server/push-messages.ts), so that the pushes
 * waiting for the database in a reconnect storm hold one string per message instead of an
 * object tree the garbage collector copies again and again.
 */
export type NewMessage = Omit<MessageRow, 'payload'> & ({ payload: unknown } | { payloadJson: string });

/** A new message's payload as the JSON text to store. */
export function payloadText(row: NewMessage): string {
  return 'payloadJson' in row ? row.payloadJson : JSON.stringify(row.payload);
}

/** A message as stored, with its server sequence number (for the coordination point's own reads). */
export interface StoredMessage extends MessageRow {
  seq: number;
}

export interface MessagePage {
  rows: StoredMessage[];
  /** Seq of the last row returned, or `after` when nothing was returned. */
  cursor: number;
  more: boolean;
}

export type CoordinatorRole = 'coordinator' | 'admin';

/** A person who signs in to the dashboard at the coordination point. */
export interface CoordinatorUser {
  id: string;
  name: string;
  role: CoordinatorRole;
  createdAt: string;
}

export interface CoordinatorSession {
  userId: string;
  createdAt: string;
  lastSeenAt: string;
}

/** Names compare without case or Unicode form, so "Jürgen" and "JÜRGEN" are one account. */
export function userNameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('nl');
}

export class UserNameTakenError extends Error {
  constructor(readonly userName: string) {
    super(`A user named "${userName}" already exists`);
    this.name = 'UserNameTakenError';
  }
}

/** A point was in contact (one of its tablets pushed or pulled) in the bucket starting at `bucket`. */
export interface ContactBucket {
  siteId: string;
  /** Start of the 5-minute bucket, ISO. */
  bucket: string;
}

export interface StorageStats {
  sites: number;
  devices: number;
  messages: number;
}

/** A site name that is already taken: names are how people pick a site in the CLI. */
export class SiteNameTakenError extends Error {
  constructor(readonly siteName: string) {
    super(`A site named "${siteName}" already exists`);
    this.name = 'SiteNameTakenError';
  }
}

export interface Storage {
  /** Applies the numbered migrations that are missing; safe to run on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  createSite(input: { name: string; municipality: string }): Promise<Site>;
  listSites(): Promise<Site[]>;
  /** By id, or by name ignoring case. */
  findSite(idOrName: string): Promise<Site | null>;

  /**
   * `codeHash` is the hash of the normalised code; the code itself is shown once and not kept.
   * False when that code already exists (ever issued): the caller draws another.
   */
  createEnrollmentCode(input: { siteId: string; codeHash: string; expiresAt: Date }): Promise<boolean>;
  /** Atomic and single-use: the site when the code is known, unused and not expired, else null. */
  consumeEnrollmentCode(codeHash: string, now: Date): Promise<Site | null>;

  createDevice(input: { siteId: string; name: string; tokenHash: string }): Promise<Device>;
  /** Revoked devices are returned with `revokedAt` set, so auth can refuse them explicitly. */
  findDeviceByTokenHash(tokenHash: string): Promise<Device | null>;
  findDevice(id: string): Promise<Device | null>;
  /** The SHA-256 of the device's token: the key a relay file is signed with (the token itself is never stored). */
  findDeviceTokenHash(id: string): Promise<string | null>;
  listDevices(siteId?: string): Promise<Device[]>;
  /** False when there is no such device. Revoking twice keeps the first time. */
  revokeDevice(id: string, now?: Date): Promise<boolean>;
  /**
   * The bookkeeping of a burst of requests in one transaction: devices' last-seen and clock
   * offset (an offset left out keeps the stored one), and the points' contact buckets (a
   * bucket noted twice is stored once). One commit, not one per request: in a reconnect
   * storm each of them cost an fsync.
   */
  recordSeen(seen: SeenBatch): Promise<void>;

  /** Buckets with contact of every point from `from` (when given) to `to`, both inclusive, by point and time. */
  listContacts(query: { from?: Date; to: Date }): Promise<ContactBucket[]>;
  /** The first bucket with contact of every point that ever had one. */
  firstContacts(): Promise<Map<string, string>>;
  /** Retention: removes buckets that start before `before`. Returns how many. */
  pruneContacts(before: Date): Promise<number>;

  /**
   * Stores the rows in one transaction, each once by id, assigning the server sequence numbers
   * (the pull cursor) in row order. Outcomes are in row order.
   */
  storeMessages(rows: NewMessage[]): Promise<StoreOutcome[]>;
  /**
   * How many storeMessages calls a caller may have running at once and still have them stored
   * in the order it made them, so the group commit can hand over the next group while the
   * previous one is written. Both adapters take their calls one after the other: SQLite in its
   * writer thread, PostgreSQL in a queue of its own.
   */
  readonly storeQueueDepth: number;
  /**
   * Changes for one site plus broadcasts, with seq > after, in seq order, `limit` at most.
   * `exceptDeviceId`: without the messages that device pushed itself (it has them already).
   */
  pull(query: PullQuery): Promise<PullPage>;
  countMessages(): Promise<number>;
  stats(): Promise<StorageStats>;

  /**
   * Messages of the given types from every site and broadcasts, with seq > after, in seq order:
   * how the coordination point builds its regional picture without reading all messages.
   */
  listMessagesByType(query: { types: readonly MessageType[]; after: number; limit: number }): Promise<MessagePage>;
  /**
   * Retention: rewrite the payloads of a site's messages of these types in one transaction
   * (ids, order and cursors stay). Returns how many payloads changed.
   */
  rewritePayloads(query: { siteId: string; types: readonly MessageType[] }, rewrite: (type: MessageType, payload: unknown) => unknown): Promise<number>;

  /** `passwordHash` is a self-describing scrypt hash (server/cp/passwords.ts), never the password. */
  createUser(input: { name: string; role: CoordinatorRole; passwordHash: string }): Promise<CoordinatorUser>;
  /** By name ignoring case (see `userNameKey`), with the stored hash to verify a password against. */
  findUserByName(name: string): Promise<(CoordinatorUser & { passwordHash: string }) | null>;
  findUser(id: string): Promise<CoordinatorUser | null>;
  listUsers(): Promise<CoordinatorUser[]>;
  /** False when there is no such user. */
  setUserPassword(id: string, passwordHash: string): Promise<boolean>;

  /** `tokenHash` is the SHA-256 of the cookie's token: a copied database holds no usable session. */
  createSession(input: { tokenHash: string; userId: string; now: Date }): Promise<void>;
  findSession(tokenHash: string): Promise<{ session: CoordinatorSession; user: CoordinatorUser } | null>;
  touchSession(tokenHash: string, lastSeenAt: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Signs a person out everywhere (after a password change). Returns how many sessions ended. */
  deleteSessionsOfUser(userId: string): Promise<number>;
  /** Removes sessions idle since before `idleBefore` or created before `createdBefore`. */
  deleteExpiredSessions(cutoff: { idleBefore: Date; createdBefore: Date }): Promise<number>;
}

/**
 * The outcome of each row of a batch stored with one multi-row `INSERT … ON CONFLICT DO
 * NOTHING RETURNING id` (the PostgreSQL adapter): `inserted` are the ids that statement returned, `stored` the site of
 * every other id as it is in the table. An id twice in one batch is accepted once, then a
 * duplicate.
 */
export function batchOutcomes(rows: readonly NewMessage[], inserted: ReadonlySet<string>, stored: ReadonlyMap<string, string | null>): StoreOutcome[] {
  const claimed = new Set<string>();
  return rows.map((row) => {
    if (inserted.has(row.id) && !claimed.has(row.id)) {
      claimed.add(row.id);
      return 'accepted';
    }
    const site = inserted.has(row.id) ? row.siteId : stored.get(row.id);
    return site === row.siteId ? 'duplicate' : 'conflict';
  });
}
