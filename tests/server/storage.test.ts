/**
 * One contract, two adapters: the same tests run against SQLite (always) and PostgreSQL (when
 * TEST_DATABASE_URL is set, e.g. from `scripts/pg-test-cluster.sh start /tmp/nsp-pg 54329`).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROADCAST_SITE_ID, SiteNameTakenError, UserNameTakenError, type MessageRow, type Site, type Storage } from '../../server/storage';
import { OWN_SCAN_FACTOR } from '../../server/storage/types';
import type { Change } from '../../src/domain';
import { bulletinPayload, openTestStorage, signalPayload } from './helpers';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

if (!TEST_DATABASE_URL) {
  console.warn(
    'PostgreSQL tests (storage contract, server process) skipped: set TEST_DATABASE_URL (scripts/pg-test-cluster.sh start /tmp/nsp-pg 54329 prints one).',
  );
}

function signalRow(siteId: string | null, id: string = randomUUID(), text?: string): MessageRow {
  return {
    id,
    type: 'signal.created',
    siteId,
    deviceId: randomUUID(),
    createdAt: new Date().toISOString(),
    payload: signalPayload(text),
    origin: 'device',
    receivedAt: new Date().toISOString(),
  };
}

function storageContract(databaseUrl?: string): void {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let site: Site;

  beforeEach(async () => {
    ({ storage, cleanup } = await openTestStorage(databaseUrl));
    site = await storage.createSite({ name: 'Dinxperlo', municipality: 'Aalten' });
  });

  afterEach(async () => {
    await cleanup();
  });

  describe('migrations', () => {
    it('re-run safely and keep the data', async () => {
      await storage.migrate();
      await storage.migrate();
      expect(await storage.findSite(site.id)).toEqual(site);
    });
  });

  describe('sites', () => {
    it('are found by id or by name in any case', async () => {
      expect(await storage.findSite(site.id)).toEqual(site);
      expect(await storage.findSite('dinxPERLO')).toEqual(site);
      expect(await storage.findSite('Winterswijk')).toBeNull();
    });

    it('refuse a second site with the same name', async () => {
      await expect(storage.createSite({ name: 'DINXPERLO', municipality: 'Aalten' })).rejects.toBeInstanceOf(SiteNameTakenError);
    });

    it('are listed by name', async () => {
      const aalten = await storage.createSite({ name: 'Aalten', municipality: 'Aalten' });
      expect((await storage.listSites()).map((s) => s.id)).toEqual([aalten.id, site.id]);
    });
  });

  describe('enrollment codes', () => {
    const future = (): Date => new Date(Date.now() + 3600_000);

    it('are single-use', async () => {
      expect(await storage.createEnrollmentCode({ siteId: site.id, codeHash: 'hash-1', expiresAt: future() })).toBe(true);
      expect(await storage.consumeEnrollmentCode('hash-1', new Date())).toEqual(site);
      expect(await storage.consumeEnrollmentCode('hash-1', new Date())).toBeNull();
    });

    it('are single-use even when two devices redeem at once', async () => {
      await storage.createEnrollmentCode({ siteId: site.id, codeHash: 'hash-race', expiresAt: future() });
      const results = await Promise.all([1, 2, 3, 4].map(() => storage.consumeEnrollmentCode('hash-race', new Date())));
      expect(results.filter((result) => result !== null)).toHaveLength(1);
    });

    it('expire', async () => {
      const expiresAt = new Date(Date.now() + 1000);
      await storage.createEnrollmentCode({ siteId: site.id, codeHash: 'hash-2', expiresAt });
      expect(await storage.consumeEnrollmentCode('hash-2', new Date(expiresAt.getTime() + 1))).toBeNull();
      expect(await storage.consumeEnrollmentCode('hash-2', new Date(expiresAt.getTime() - 1))).toEqual(site);
    });

    it('are unknown when never issued', async () => {
      expect(await storage.consumeEnrollmentCode('nope', new Date())).toBeNull();
    });

    it('are never issued twice', async () => {
      await storage.createEnrollmentCode({ siteId: site.id, codeHash: 'hash-3', expiresAt: future() });
      expect(await storage.createEnrollmentCode({ siteId: site.id, codeHash: 'hash-3', expiresAt: future() })).toBe(false);
    });
  });

  describe('devices', () => {
    it('are found by token hash and listed per site', async () => {
      const other = await storage.createSite({ name: 'Aalten', municipality: 'Aalten' });
      const device = await storage.createDevice({ siteId: site.id, name: 'Desk tablet', tokenHash: 'token-a' });
      await storage.createDevice({ siteId: other.id, name: 'Other tablet', tokenHash: 'token-b' });
      expect(await storage.findDeviceByTokenHash('token-a')).toEqual(device);
      expect(await storage.findDeviceByTokenHash('token-x')).toBeNull();
      expect(await storage.listDevices(site.id)).toEqual([device]);
      expect(await storage.listDevices()).toHaveLength(2);
    });

    it('stay revoked, with the time they were revoked', async () => {
      const device = await storage.createDevice({ siteId: site.id, name: 'Lost tablet', tokenHash: 'token-c' });
      const revokedAt = new Date('2026-11-20T10:00:00.000Z');
      expect(await storage.revokeDevice(device.id, revokedAt)).toBe(true);
      expect(await storage.revokeDevice(device.id, new Date())).toBe(true);
      expect((await storage.findDeviceByTokenHash('token-c'))?.revokedAt).toBe(revokedAt.toISOString());
      expect(await storage.revokeDevice(randomUUID())).toBe(false);
    });

    it('remember when they were last seen and their clock offset', async () => {
      const device = await storage.createDevice({ siteId: site.id, name: 'Tablet', tokenHash: 'token-d' });
      const seen = new Date('2026-11-21T08:00:00.000Z');
      await storage.recordSeen({ devices: [{ id: device.id, lastSeenAt: seen, clockOffsetMs: -90_000 }], contacts: [] });
      await storage.recordSeen({ devices: [{ id: device.id, lastSeenAt: seen }], contacts: [] });
      const found = await storage.findDevice(device.id);
      expect(found?.lastSeenAt).toBe(seen.toISOString());
      expect(found?.clockOffsetMs).toBe(-90_000);
    });
    it('write the bookkeeping of a burst of requests at once: several devices seen, contacts of points', async () => {
      const one = await storage.createDevice({ siteId: site.id, name: 'Tablet 1', tokenHash: 'token-e' });
      const two = await storage.createDevice({ siteId: site.id, name: 'Tablet 2', tokenHash: 'token-f' });
      await storage.recordSeen({ devices: [{ id: two.id, lastSeenAt: new Date('2026-11-21T07:00:00.000Z'), clockOffsetMs: 4000 }], contacts: [] });
      const seen = new Date('2026-11-21T08:00:00.000Z');
      await storage.recordSeen({
        devices: [
          { id: one.id, lastSeenAt: seen, clockOffsetMs: -1200.4 },
          { id: two.id, lastSeenAt: seen },
          { id: randomUUID(), lastSeenAt: seen }, // removed meanwhile: nothing to update
        ],
        contacts: [
          { siteId: site.id, bucket: new Date('2026-11-21T08:00:00.000Z') },
          { siteId: site.id, bucket: new Date('2026-11-21T08:00:00.000Z') },
        ],
      });
      expect(await storage.findDevice(one.id)).toMatchObject({ lastSeenAt: seen.toISOString(), clockOffsetMs: -1200 });
      expect(await storage.findDevice(two.id)).toMatchObject({ lastSeenAt: seen.toISOString(), clockOffsetMs: 4000 });
      expect(await storage.listContacts({ to: seen })).toEqual([{ siteId: site.id, bucket: seen.toISOString() }]);
      await storage.recordSeen({ devices: [], contacts: [] });
    });
  });

  describe('contact buckets (link uptime per point)', () => {
    const bucket = (iso: string) => new Date(iso);

    it('are stored once per point and bucket, listed by point and time within a period', async () => {
      const aalten = await storage.createSite({ name: 'Aalten', municipality: 'Aalten' });
      await storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: bucket('2026-10-10T10:05:00.000Z') }] });
      await storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: bucket('2026-10-10T10:00:00.000Z') }] });
      // Idempotent: a second device of the point, or a retry, in the same bucket.
      await storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: bucket('2026-10-10T10:00:00.000Z') }] });
      await storage.recordSeen({ devices: [], contacts: [{ siteId: aalten.id, bucket: bucket('2026-10-10T09:00:00.000Z') }] });
      await storage.recordSeen({ devices: [], contacts: [{ siteId: aalten.id, bucket: bucket('2026-10-10T11:00:00.000Z') }] });

      expect(await storage.listContacts({ to: new Date('2026-10-10T12:00:00.000Z') })).toEqual(
        [
          { siteId: aalten.id, bucket: '2026-10-10T09:00:00.000Z' },
          { siteId: aalten.id, bucket: '2026-10-10T11:00:00.000Z' },
          { siteId: site.id, bucket: '2026-10-10T10:00:00.000Z' },
          { siteId: site.id, bucket: '2026-10-10T10:05:00.000Z' },
        ].sort((a, b) => a.siteId.localeCompare(b.siteId) || a.bucket.localeCompare(b.bucket)),
      );
      // From inclusive, to inclusive.
      expect(await storage.listContacts({ from: new Date('2026-10-10T10:00:00.000Z'), to: new Date('2026-10-10T10:05:00.000Z') })).toEqual([
        { siteId: site.id, bucket: '2026-10-10T10:00:00.000Z' },
        { siteId: site.id, bucket: '2026-10-10T10:05:00.000Z' },
      ]);
      // The first contact ever of each point, whatever the period asked.
      expect(await storage.firstContacts()).toEqual(
        new Map([
          [site.id, '2026-10-10T10:00:00.000Z'],
          [aalten.id, '2026-10-10T09:00:00.000Z'],
        ]),
      );
    });

    it('are pruned before a cutoff, and only those', async () => {
      await storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: bucket('2026-07-01T10:00:00.000Z') }] });
      await storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: bucket('2026-07-01T10:05:00.000Z') }] });
      await storage.recordSeen({ devices: [], contacts: [{ siteId: site.id, bucket: bucket('2026-10-10T10:00:00.000Z') }] });
      expect(await storage.pruneContacts(new Date('2026-07-01T10:05:00.000Z'))).toBe(1);
      expect(await storage.pruneContacts(new Date('2026-07-01T10:05:00.000Z'))).toBe(0);
      expect((await storage.listContacts({ to: new Date('2026-12-01T00:00:00.000Z') })).map((row) => row.bucket)).toEqual([
        '2026-07-01T10:05:00.000Z',
        '2026-10-10T10:00:00.000Z',
      ]);
    });
  });

  describe('messages', () => {
    it('are stored once by id: a redelivery is a duplicate', async () => {
      const row = signalRow(site.id);
      expect(await storage.storeMessages([row])).toEqual(['accepted']);
      expect(await storage.storeMessages([row])).toEqual(['duplicate']);
      expect(await storage.storeMessages([row, row])).toEqual(['duplicate', 'duplicate']);
      expect(await storage.countMessages()).toBe(1);
    });

    it('get their sequence numbers in row order, also in a batch larger than one insert statement', async () => {
      const known = signalRow(site.id);
      await storage.storeMessages([known]);
      const rows = Array.from({ length: 601 }, () => signalRow(site.id));
      rows.splice(300, 0, known);
      const outcomes = await storage.storeMessages(rows);
      expect(outcomes.filter((outcome) => outcome === 'accepted')).toHaveLength(601);
      expect(outcomes[300]).toBe('duplicate');
      const page = await storage.pull({ siteId: site.id, after: 0, limit: 1000 });
      expect(page.changes.map((change) => change.id)).toEqual([known.id, ...rows.filter((row) => row !== known).map((row) => row.id)]);
    });

    it('are stored once when the same id appears twice in one batch', async () => {
      const row = signalRow(site.id);
      expect(await storage.storeMessages([row, signalRow(site.id), row])).toEqual(['accepted', 'accepted', 'duplicate']);
      expect(await storage.countMessages()).toBe(2);
    });

    it("are a conflict, not a duplicate, when the id is another site's", async () => {
      const other = await storage.createSite({ name: 'Aalten', municipality: 'Aalten' });
      const row = signalRow(other.id);
      await storage.storeMessages([row]);
      expect(await storage.storeMessages([{ ...row, siteId: site.id }])).toEqual(['conflict']);
      expect(await storage.storeMessages([{ ...row, siteId: null }])).toEqual(['conflict']);
      const page = await storage.pull({ siteId: site.id, after: 0, limit: 10 });
      expect(page.changes).toEqual([]);
    });

    it('get increasing sequence numbers in the order they were stored', async () => {
      await storage.storeMessages([signalRow(site.id), signalRow(site.id)]);
      await storage.storeMessages([signalRow(site.id)]);
      const { changes } = await storage.pull({ siteId: site.id, after: 0, limit: 10 });
      const seqs = changes.map((change) => change.seq);
      expect(seqs).toHaveLength(3);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(3);
    });

    it('are stored in call order when up to storeQueueDepth calls run at once (what the group commit relies on)', async () => {
      const calls = Array.from({ length: storage.storeQueueDepth }, (_, index) => [signalRow(site.id), signalRow(index % 2 ? site.id : null)]);
      // The last call also brings the first call's first message again: its duplicate, as it comes later.
      const replay = calls[0][0];
      const outcomes = await Promise.all(calls.map((rows, index) => storage.storeMessages(index === calls.length - 1 ? [...rows, replay] : rows)));
      expect(outcomes).toEqual(calls.map((_, index) => (index === calls.length - 1 ? ['accepted', 'accepted', 'duplicate'] : ['accepted', 'accepted'])));
      const { changes } = await storage.pull({ siteId: site.id, after: 0, limit: 100 });
      expect(changes.map((change) => change.id)).toEqual(calls.flat().map((row) => row.id));
    });

    it('are all refused when one of a batch cannot be stored, and the storage goes on', async () => {
      const kept = signalRow(site.id);
      await storage.storeMessages([kept]);
      // A point that does not exist breaks the foreign key: the whole transaction rolls back.
      const batch = [signalRow(site.id), signalRow(randomUUID()), signalRow(site.id)];
      await expect(storage.storeMessages(batch)).rejects.toThrow(/foreign key/i);
      expect((await storage.pull({ siteId: site.id, after: 0, limit: 10 })).changes.map((change) => change.id)).toEqual([kept.id]);
      const retried = [batch[0], batch[2]];
      expect(await storage.storeMessages(retried)).toEqual(['accepted', 'accepted']);
      expect(await storage.countMessages()).toBe(3);
    });

    it('come back exactly as stored, awkward text included', async () => {
      const row = signalRow(site.id, randomUUID(), 'Straße naar Suderwick — "quotes", emoji 🚒 and a NUL \u0000 char');
      await storage.storeMessages([row]);
      const [change] = (await storage.pull({ siteId: site.id, after: 0, limit: 1 })).changes;
      expect(change).toMatchObject({
        id: row.id,
        type: row.type,
        siteId: site.id,
        deviceId: row.deviceId,
        createdAt: row.createdAt,
        payload: row.payload,
        receivedAt: row.receivedAt,
      });
    });

    it('come back the same whether their payload was handed over as a value or as JSON text (as a push does)', async () => {
      const awkward = 'Straße — "quotes", emoji 🚒 and a NUL \u0000 char';
      const asValue = signalRow(site.id, randomUUID(), awkward);
      const { payload, ...rest } = signalRow(site.id, randomUUID(), awkward);
      const asText = { ...rest, payloadJson: JSON.stringify(payload) };
      expect(await storage.storeMessages([asValue, asText])).toEqual(['accepted', 'accepted']);
      expect(await storage.storeMessages([asText])).toEqual(['duplicate']);
      const { changes } = await storage.pull({ siteId: site.id, after: 0, limit: 2 });
      expect(changes.map((change) => change.payload)).toEqual([asValue.payload, payload]);
    });
  });

  describe('pull', () => {
    it('pages with a cursor and says when there is more', async () => {
      const ids = Array.from({ length: 25 }, () => randomUUID());
      await storage.storeMessages(ids.map((id) => signalRow(site.id, id)));
      const seen: string[] = [];
      const pages: boolean[] = [];
      let cursor = 0;
      for (;;) {
        const page = await storage.pull({ siteId: site.id, after: cursor, limit: 10 });
        seen.push(...page.changes.map((change) => change.id));
        pages.push(page.more);
        cursor = page.cursor;
        if (!page.more) break;
      }
      expect(pages).toEqual([true, true, false]);
      expect(seen).toEqual(ids);
      const end = await storage.pull({ siteId: site.id, after: cursor, limit: 10 });
      expect(end).toEqual({ changes: [], cursor, more: false });
    });

    it("never shows another site's messages, and shows broadcasts to every site", async () => {
      const other = await storage.createSite({ name: 'Aalten', municipality: 'Aalten' });
      const mine = signalRow(site.id);
      const theirs = signalRow(other.id);
      const broadcast: MessageRow = {
        ...signalRow(null),
        type: 'bulletin.published',
        payload: bulletinPayload(),
        origin: 'coordination',
      };
      await storage.storeMessages([mine, theirs, broadcast]);

      const minePage = await storage.pull({ siteId: site.id, after: 0, limit: 100 });
      expect(minePage.changes.map((change) => change.id)).toEqual([mine.id, broadcast.id]);
      expect(minePage.changes[1].siteId).toBe(BROADCAST_SITE_ID);
      const theirPage = await storage.pull({ siteId: other.id, after: 0, limit: 100 });
      expect(theirPage.changes.map((change) => change.id)).toEqual([theirs.id, broadcast.id]);
    });

    it("leaves out a device's own messages when asked, looks further for others, and moves the cursor past them", async () => {
      const tablet = randomUUID();
      const limit = 10;
      const looked = limit * OWN_SCAN_FACTOR;
      // The tablet's backlog is longer than one pull looks at; a colleague's message and one the
      // coordination point sent under the tablet's id (never its own) come after it.
      const own = Array.from({ length: looked + 50 }, () => ({ ...signalRow(site.id), deviceId: tablet }));
      const colleague = signalRow(site.id);
      const fromCoordination: MessageRow = { ...signalRow(site.id), deviceId: tablet, origin: 'coordination' };
      await storage.storeMessages([...own, colleague, fromCoordination]);
      const all: Change[] = [];
      for (let after = 0, more = true; more; ) {
        const page = await storage.pull({ siteId: site.id, after, limit: 1000 });
        all.push(...page.changes);
        ({ cursor: after, more } = page);
      }
      const seqOf = (id: string) => all.find((change) => change.id === id)!.seq;

      const pages: { ids: string[]; cursor: number; more: boolean }[] = [];
      for (let after = 0, more = true; more; ) {
        const page = await storage.pull({ siteId: site.id, after, limit, exceptDeviceId: tablet });
        pages.push({ ids: page.changes.map((change) => change.id), cursor: page.cursor, more: page.more });
        ({ cursor: after, more } = page);
      }
      expect(pages).toEqual([
        // Only the tablet's own messages in the rows it looked at: no changes, but the cursor moved.
        { ids: [], cursor: seqOf(own[looked - 1].id), more: true },
        { ids: [colleague.id, fromCoordination.id], cursor: seqOf(fromCoordination.id), more: false },
      ]);
      // Without the parameter, the device's own messages come back as before, whole.
      expect(all.filter((change) => change.deviceId === tablet)).toHaveLength(own.length + 1);
      expect(all.find((change) => change.id === own[0].id)).toMatchObject({ payload: own[0].payload });
      // With it, a page still holds at most `limit` changes, and the cursor stops at the last of them.
      const others = Array.from({ length: 15 }, () => signalRow(site.id));
      await storage.storeMessages(others);
      const next = await storage.pull({ siteId: site.id, after: seqOf(fromCoordination.id), limit, exceptDeviceId: tablet });
      expect(next.changes.map((change) => change.id)).toEqual(others.slice(0, limit).map((row) => row.id));
      expect(next.more).toBe(true);
      expect(next.cursor).toBe(next.changes.at(-1)!.seq);
    });

    it('never skips a change that commits while a device pulls', async () => {
      const writers = Array.from({ length: 4 }, (_, writer) =>
        (async () => {
          for (let batch = 0; batch < 10; batch++) {
            await storage.storeMessages(Array.from({ length: 5 }, () => signalRow(site.id, randomUUID(), `writer ${writer}`)));
          }
        })(),
      );
      const seen = new Set<string>();
      let cursor = 0;
      let writing = true;
      const done = Promise.all(writers).then(() => (writing = false));
      while (writing) {
        // A device's pulls arrive as requests, between which the server's event loop turns
        // (and the SQLite writer thread's answers are taken in).
        await new Promise((resolve) => setImmediate(resolve));
        const page = await storage.pull({ siteId: site.id, after: cursor, limit: 7 });
        page.changes.forEach((change) => seen.add(change.id));
        cursor = page.cursor;
      }
      await done;
      for (;;) {
        const page = await storage.pull({ siteId: site.id, after: cursor, limit: 50 });
        page.changes.forEach((change) => seen.add(change.id));
        cursor = page.cursor;
        if (!page.more) break;
      }
      expect(seen.size).toBe(200);
      expect(await storage.countMessages()).toBe(200);
    });
  });

  describe('messages by type (the coordination point reads every site)', () => {
    it('come from every site and broadcasts, only of the asked types, in seq order, paged', async () => {
      const other = await storage.createSite({ name: 'Aalten', municipality: 'Aalten' });
      const broadcast: MessageRow = { ...signalRow(null), type: 'bulletin.published', payload: bulletinPayload(), origin: 'coordination' };
      const rows = [signalRow(site.id), signalRow(other.id), broadcast, signalRow(site.id)];
      await storage.storeMessages(rows);
      await storage.storeMessages([{ ...signalRow(site.id), type: 'stock.moved', payload: { note: 'not asked for' } }]);

      const first = await storage.listMessagesByType({ types: ['signal.created', 'bulletin.published'], after: 0, limit: 3 });
      expect(first.rows.map((row) => row.id)).toEqual(rows.slice(0, 3).map((row) => row.id));
      expect(first.more).toBe(true);
      expect(first.rows[2]).toMatchObject({ siteId: null, origin: 'coordination', payload: broadcast.payload, receivedAt: broadcast.receivedAt });
      expect(first.rows[1]).toMatchObject({ siteId: other.id, origin: 'device', type: 'signal.created', deviceId: rows[1].deviceId });
      const second = await storage.listMessagesByType({ types: ['signal.created', 'bulletin.published'], after: first.cursor, limit: 3 });
      expect(second.rows.map((row) => row.id)).toEqual([rows[3].id]);
      expect(second.more).toBe(false);
      expect(second.cursor).toBe(second.rows[0].seq);
      expect(await storage.listMessagesByType({ types: [], after: 0, limit: 10 })).toEqual({ rows: [], cursor: 0, more: false });
    });
  });

  describe('coordinator accounts', () => {
    it('are found by name in any case, and keep the password hash out of lists', async () => {
      const user = await storage.createUser({ name: ' Jürgen Admin ', role: 'admin', passwordHash: 'scrypt$hash-1' });
      expect(user).toEqual({ id: expect.any(String), name: 'Jürgen Admin', role: 'admin', createdAt: expect.any(String) });
      expect(await storage.findUserByName('JÜRGEN admin')).toEqual({ ...user, passwordHash: 'scrypt$hash-1' });
      expect(await storage.findUser(user.id)).toEqual(user);
      expect(await storage.findUserByName('Nobody')).toBeNull();
      expect(await storage.findUser(randomUUID())).toBeNull();
      await storage.createUser({ name: 'anna', role: 'coordinator', passwordHash: 'scrypt$hash-2' });
      const users = await storage.listUsers();
      expect(users.map((u) => u.name)).toEqual(['anna', 'Jürgen Admin']);
      expect(JSON.stringify(users)).not.toContain('scrypt$');
    });

    it('refuse a second account with the same name in another case', async () => {
      await storage.createUser({ name: 'Ria', role: 'coordinator', passwordHash: 'h' });
      await expect(storage.createUser({ name: 'RIA', role: 'admin', passwordHash: 'h' })).rejects.toBeInstanceOf(UserNameTakenError);
    });

    it('change their password', async () => {
      const user = await storage.createUser({ name: 'Ria', role: 'coordinator', passwordHash: 'old' });
      expect(await storage.setUserPassword(user.id, 'new')).toBe(true);
      expect((await storage.findUserByName('ria'))?.passwordHash).toBe('new');
      expect(await storage.setUserPassword(randomUUID(), 'x')).toBe(false);
    });
  });

  describe('coordinator sessions', () => {
    it('are found by token hash with their account, touched, and ended', async () => {
      const user = await storage.createUser({ name: 'Ria', role: 'coordinator', passwordHash: 'h' });
      const login = new Date('2026-11-21T08:00:00.000Z');
      await storage.createSession({ tokenHash: 'session-a', userId: user.id, now: login });
      expect(await storage.findSession('session-a')).toEqual({
        session: { userId: user.id, createdAt: login.toISOString(), lastSeenAt: login.toISOString() },
        user,
      });
      const later = new Date('2026-11-21T09:30:00.000Z');
      await storage.touchSession('session-a', later);
      expect((await storage.findSession('session-a'))?.session.lastSeenAt).toBe(later.toISOString());
      await storage.deleteSession('session-a');
      expect(await storage.findSession('session-a')).toBeNull();
      expect(await storage.findSession('never-issued')).toBeNull();
    });

    it('all end for one person (after a password change), not for others', async () => {
      const ria = await storage.createUser({ name: 'Ria', role: 'coordinator', passwordHash: 'h' });
      const jan = await storage.createUser({ name: 'Jan', role: 'admin', passwordHash: 'h' });
      await storage.createSession({ tokenHash: 'ria-1', userId: ria.id, now: new Date() });
      await storage.createSession({ tokenHash: 'ria-2', userId: ria.id, now: new Date() });
      await storage.createSession({ tokenHash: 'jan-1', userId: jan.id, now: new Date() });
      expect(await storage.deleteSessionsOfUser(ria.id)).toBe(2);
      expect(await storage.findSession('ria-1')).toBeNull();
      expect(await storage.findSession('jan-1')).not.toBeNull();
    });

    it('are cleared when idle too long or too old', async () => {
      const user = await storage.createUser({ name: 'Ria', role: 'coordinator', passwordHash: 'h' });
      const at = (iso: string) => new Date(iso);
      await storage.createSession({ tokenHash: 'fresh', userId: user.id, now: at('2026-11-21T11:00:00.000Z') });
      await storage.createSession({ tokenHash: 'idle', userId: user.id, now: at('2026-11-21T02:00:00.000Z') });
      await storage.createSession({ tokenHash: 'old', userId: user.id, now: at('2026-11-20T09:00:00.000Z') });
      await storage.touchSession('old', at('2026-11-21T11:30:00.000Z'));
      const removed = await storage.deleteExpiredSessions({
        idleBefore: at('2026-11-21T04:00:00.000Z'),
        createdBefore: at('2026-11-20T12:00:00.000Z'),
      });
      expect(removed).toBe(2);
      expect(await storage.findSession('fresh')).not.toBeNull();
      expect(await storage.findSession('idle')).toBeNull();
      expect(await storage.findSession('old')).toBeNull();
    });
  });

  it('counts what it holds', async () => {
    await storage.createDevice({ siteId: site.id, name: 'Tablet', tokenHash: 'token-e' });
    await storage.storeMessages([signalRow(site.id)]);
    expect(await storage.stats()).toEqual({ sites: 1, devices: 1, messages: 1 });
  });
}

describe('SQLite storage', () => {
  storageContract();
});

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL storage', () => {
  storageContract(TEST_DATABASE_URL);
});
