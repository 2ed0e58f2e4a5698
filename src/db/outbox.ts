/**
 * The outbox: every message for the coordination point, written in the same transaction as the
 * record it describes. The sync engine (src/sync) drains it; nothing else deletes from it.
 */
import { MESSAGE_TYPES, newId, type Envelope, type MessageType, type PayloadOf } from '../domain';
import type { NoodsteunpuntDb } from './db';
import { requireIdentity } from './identity';
import type { OutboxEntry } from './schema';

/**
 * Queue a message. Must run inside a transaction that includes `outbox` and `meta`, so the
 * record and its message are written together or not at all. The payload is validated with
 * the same schema the server uses: a message the server would reject never leaves the screen.
 */
export async function enqueue<T extends MessageType>(db: NoodsteunpuntDb, type: T, payload: PayloadOf<T>): Promise<OutboxEntry> {
  const identity = await requireIdentity(db);
  const valid = MESSAGE_TYPES[type].payload.parse(payload) as PayloadOf<T>;
  const createdAt = new Date().toISOString();
  const envelope: Envelope<T> = { id: newId(), type, siteId: identity.siteId, deviceId: identity.deviceId, createdAt, payload: valid };
  const entry: OutboxEntry = {
    id: envelope.id,
    type,
    priority: MESSAGE_TYPES[type].priority,
    state: 'pending',
    createdAt,
    attempts: 0,
    envelope: envelope as Envelope,
  };
  entry.seq = await db.outbox.add(entry);
  return entry;
}

export const OUTBOX_TABLES = (db: NoodsteunpuntDb) => [db.outbox, db.meta] as const;
