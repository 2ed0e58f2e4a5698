/**
 * Where this tablet's emergency reports stand in the outbox: what the status timeline and the
 * escalation banner read. A report is waiting while its `report.created` message is pending,
 * or refused by the coordination point and parked for a person (then it has not arrived
 * either); once the message is gone it was delivered (the engine stamps `deliveredAt`).
 */
import Dexie from 'dexie';
import type { PayloadOf } from '../domain';
import type { NoodsteunpuntDb } from './db';

export interface QueuedReport {
  seq: number;
  priority: number;
  state: 'pending' | 'rejected';
  lastError?: string;
}

/** Reports of this tablet whose message has not reached the coordination point, by report id. */
export async function queuedReports(db: NoodsteunpuntDb): Promise<Map<string, QueuedReport>> {
  const entries = await db.outbox.where('type').equals('report.created').toArray();
  const queued = new Map<string, QueuedReport>();
  for (const entry of entries) {
    if (entry.state !== 'pending' && entry.state !== 'rejected') continue;
    const { id } = entry.envelope.payload as PayloadOf<'report.created'>;
    queued.set(id, { seq: entry.seq!, priority: entry.priority, state: entry.state, lastError: entry.lastError });
  }
  return queued;
}

/** 1 when the message goes out first on the next connection; the drain's own order. */
export async function queuePosition(db: NoodsteunpuntDb, entry: { seq: number; priority: number }): Promise<number> {
  const ahead = await db.outbox
    .where('[state+priority+seq]')
    .between(['pending', Dexie.minKey, Dexie.minKey], ['pending', entry.priority, entry.seq], true, false)
    .count();
  return ahead + 1;
}

/** Ids of records of one kind whose message still waits in the outbox ("waiting for connection"). */
export async function queuedRecordIds(db: NoodsteunpuntDb, type: 'signal.created' | 'helper.offered'): Promise<Set<string>> {
  const entries = await db.outbox.where('type').equals(type).toArray();
  return new Set(entries.filter((entry) => entry.state === 'pending').map((entry) => (entry.envelope.payload as { id: string }).id));
}
