/** A tablet for benchmarks: the real src/db + src/sync over fake-indexeddb, with a pre-filled outbox. */
import 'fake-indexeddb/auto';
import { priorityOf, type Envelope, type MessageType } from '../../src/domain';
import { NoodsteunpuntDb, setUpSite } from '../../src/db';
import type { OutboxEntry } from '../../src/db/schema';
import { adoptEnrollment } from '../../src/sync/enroll';
import { enrollOverHttp } from '../../tests/server/helpers';

let counter = 0;

export async function benchDevice(url: string, code: string) {
  counter += 1;
  const db = new NoodsteunpuntDb(`bench-${process.pid}-${counter}`);
  await setUpSite(db, { siteName: 'bench', municipality: 'bench' });
  const identity = await adoptEnrollment(db, await enrollOverHttp(url, code, `Bench ${counter}`));
  return { db, siteId: identity.siteId, deviceId: identity.deviceId, token: identity.token! };
}

/** Queue envelopes as the actions would have, in one bulk write (the bench measures the drain). */
export async function fillOutbox(db: NoodsteunpuntDb, envelopes: Envelope[]) {
  const entries: OutboxEntry[] = envelopes.map((envelope) => ({
    id: envelope.id,
    type: envelope.type as MessageType,
    priority: priorityOf(envelope.type as MessageType),
    state: 'pending',
    createdAt: envelope.createdAt,
    attempts: 0,
    envelope,
  }));
  await db.outbox.bulkAdd(entries);
}
