/**
 * The Dexie schema, version by version. Never edit an old version: add a new one with an
 * upgrade function (tests/db/migration.test.ts opens data written with version 1).
 */
import type { Envelope, KnownHousehold, MessageType, Priority } from '../domain';

/** One sync round as the tablet saw it: for link uptime and delivery times in the evaluation. */
export interface SyncLogEntry {
  id?: number;
  at: string;
  ok: boolean;
  pushed: number;
  pulled: number;
  failure?: string;
}

/** Version 1: the first schema the product shipped. */
export const SCHEMA_V1 = {
  households: 'id, [postcode+houseNumber], updatedAt',
  visits: 'id, householdId, arrivedAt, leftAt',
  reports: 'id, madeAt, urgency',
  reportEvents: 'id, reportId, at',
  stockItems: 'id',
  stockMovements: 'id, itemId, at, householdId',
  volunteers: 'id, name',
  shifts: 'id, start',
  attendance: 'id, volunteerId, at',
  infoCards: 'id, category, source',
  signals: 'id, at',
  helperOffers: 'id, at',
  outbox: '++seq, &id, state, [state+priority+seq]',
  meta: 'key',
} as const;

/**
 * Version 2: search households by name prefix without scanning (a `nameKey` lower-case index,
 * filled by the upgrade), visits per household in time order, and the movements of an item
 * per day for consumption figures, and queued messages counted by kind.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  households: 'id, [postcode+houseNumber], nameKey, updatedAt',
  visits: 'id, householdId, arrivedAt, leftAt, [householdId+arrivedAt]',
  stockMovements: 'id, itemId, at, householdId, [itemId+at]',
  outbox: '++seq, &id, state, type, [state+priority+seq]',
} as const;

/**
 * Version 3: site settings shared by the point's tablets, supply requests and the
 * coordination point's answers, situation reports, and a log of sync rounds (link uptime
 * for the evaluation).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  settings: 'key',
  supplyRequests: 'id, at',
  supplyEvents: 'id, requestId, at',
  sitreps: 'id, at',
  syncLog: '++id, at',
} as const;

/**
 * Version 4: a running total per stock item, kept in the same transaction as every movement
 * (local or pulled). Balances then read ten rows instead of summing 200,000 movements; the
 * ledger itself is unchanged and remains the truth (the upgrade derives the totals from it).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  stockTotals: 'itemId',
} as const;

/** Sum of an item's movements in whole thousandths (exact), and how many there are. */
export interface StockTotal {
  itemId: string;
  milli: number;
  movements: number;
}

export const CURRENT_VERSION = 4;

/** A household with each field's edit time where it differs (src/domain/householdMerge.ts) and its name key for search. */
export type StoredHousehold = KnownHousehold & { nameKey?: string };

export function nameKeyOf(name: string | undefined): string | undefined {
  const key = name?.trim().toLocaleLowerCase('nl');
  return key ? key : undefined;
}

export type OutboxState = 'pending' | 'rejected' | 'discarded';

/** A message waiting for the coordination point (or, when `rejected`, for a person to fix it). */
export interface OutboxEntry {
  seq?: number;
  id: string;
  type: MessageType;
  priority: Priority;
  state: OutboxState;
  createdAt: string;
  attempts: number;
  lastError?: string;
  discardReason?: string;
  discardedAt?: string;
  envelope: Envelope;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}
