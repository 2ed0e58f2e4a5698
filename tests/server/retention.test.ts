/**
 * Retention at the coordination point, on SQLite and (TEST_DATABASE_URL) PostgreSQL: personal
 * data of a point closed for longer than its retention period is rewritten; counts stay.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, type MessageType, type PayloadOf } from '../../src/domain';
import { CONTACT_LOG_DAYS, pruneContactLog, purgeClosedSites } from '../../server/retention';
import type { Storage } from '../../server/storage';
import { envelope, openTestStorage } from './helpers';

const DAY = 24 * 3600_000;
const targets = [['SQLite', undefined], ['PostgreSQL', process.env.TEST_DATABASE_URL]] as const;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function store<T extends MessageType>(storage: Storage, siteId: string, type: T, payload: PayloadOf<T>) {
  const message = envelope(type, payload, { siteId, deviceId: randomUUID() });
  await storage.storeMessages([{ ...message, origin: 'device', receivedAt: new Date().toISOString() }]);
}

const hlc = (ms: number) => formatHlc({ wallMs: ms, counter: 0, node: 'lead' });

async function seedSite(storage: Storage, name: string, closedDaysAgo?: number) {
  const site = await storage.createSite({ name, municipality: 'Aalten' });
  const householdId = randomUUID();
  await store(storage, site.id, 'visit.registered', {
    household: { id: householdId, adults: 2, children: 1, residence: 'address', postcode: '7091 AB', houseNumber: '12', language: 'nl', name: 'Jansen', phone: '06-12345678', flags: { medicalDevice: true, reducedMobility: false, livesAlone: false, needsFollowUp: false }, updatedAt: hlc(Date.now()) },
    visit: { id: randomUUID(), householdId, arrivedAt: new Date().toISOString(), needs: ['drinkingWater'] },
  });
  await store(storage, site.id, 'report.created', {
    id: randomUUID(), service: 'ambulance', incident: ['fall'], description: 'Mevrouw De Vries gevallen', urgency: 'urgent', address: 'Kerkstraat 4', reporterName: 'Piet', peopleInvolved: 1, occurredAt: new Date().toISOString(), madeAt: new Date().toISOString(),
  });
  if (closedDaysAgo !== undefined) {
    await store(storage, site.id, 'site.settingChanged', { key: 'closedAt', value: new Date(Date.now() - closedDaysAgo * DAY).toISOString(), updatedAt: hlc(Date.now() - closedDaysAgo * DAY) });
  }
  return site;
}

describe.each(targets)('retention on %s', (_name, databaseUrl) => {
  it.skipIf(_name === 'PostgreSQL' && !databaseUrl)('rewrites personal data of a point closed over 30 days ago and nothing else', async () => {
    const test = await openTestStorage(databaseUrl);
    cleanup = test.cleanup;
    const closed = await seedSite(test.storage, 'Closed', 31);
    const recent = await seedSite(test.storage, 'Recently closed', 5);
    const open = await seedSite(test.storage, 'Open');
    const before = await test.storage.countMessages();

    const purged = await purgeClosedSites(test.storage);
    expect([...purged.keys()]).toEqual([closed.id]);
    expect(await test.storage.countMessages()).toBe(before);

    const closedRows = JSON.stringify((await test.storage.pull({ siteId: closed.id, after: 0, limit: 100 })).changes);
    for (const personal of ['Jansen', '06-12345678', 'Kerkstraat', 'Piet', 'De Vries', '7091 AB', '"houseNumber"']) expect(closedRows).not.toContain(personal);
    expect(closedRows).toContain('"postcode":"7091"');
    expect(closedRows).toContain('"adults":2');
    for (const site of [recent, open]) {
      expect(JSON.stringify((await test.storage.pull({ siteId: site.id, after: 0, limit: 100 })).changes)).toContain('Jansen');
    }
    // Idempotent: a second run changes nothing.
    expect((await purgeClosedSites(test.storage)).size).toBe(0);
  });

  it.skipIf(_name === 'PostgreSQL' && !databaseUrl)('removes contact buckets older than the contact log is kept, and keeps the rest', async () => {
    const test = await openTestStorage(databaseUrl);
    cleanup = test.cleanup;
    const site = await test.storage.createSite({ name: 'Dinxperlo', municipality: 'Aalten' });
    const now = new Date('2026-12-01T12:00:00.000Z');
    const old = new Date(now.getTime() - (CONTACT_LOG_DAYS + 1) * DAY);
    const recent = new Date(now.getTime() - (CONTACT_LOG_DAYS - 1) * DAY);
    await test.storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: old }] });
    await test.storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: recent }] });
    expect(await pruneContactLog(test.storage, now)).toBe(1);
    expect((await test.storage.listContacts({ to: now })).map((row) => row.bucket)).toEqual([recent.toISOString()]);
    expect(await pruneContactLog(test.storage, now)).toBe(0);
  });
});
