/**
 * The sync guarantees of DESIGN.md, proven against the real server process and its SQLite
 * database, with the real tablet code (src/db + src/sync) over fake-indexeddb.
 */
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockBalances, type Change, type Envelope } from '../../src/domain';
import { createEmergencyReport, enqueue, recordStockMovement, registerVisit, runActionForTest } from './testActions';
import { openStorage } from '../../server/storage';
import { makeEnrollmentCode, makeTempDir, startServerProcess, type ServerProcess } from '../server/helpers';
import { SyncEngine } from '../../src/sync/engine';
import { deadLink, enrolledDevice, type Device } from './devices';
import { SAMPLE_VISIT } from '../db/helpers';

let server: ServerProcess;
const temp = makeTempDir('nsp-sync-');
// More tablets enroll in this file than the default limit of 10 a minute from one address allows.
const env = { ENROLL_RATE_LIMIT: '1000' };

beforeAll(async () => {
  server = await startServerProcess({ dataDir: temp.dir, env });
});
afterAll(async () => {
  await server?.stop();
  temp.remove();
});

async function deviceAt(siteName: string, options = {}): Promise<Device> {
  const { code } = await makeEnrollmentCode(temp.dir, siteName);
  return enrolledDevice(server.url, code, options);
}

/** Everything the server holds for a site, read back through the public pull route. */
async function serverChanges(device: Device): Promise<Change[]> {
  const changes: Change[] = [];
  let after = 0;
  for (;;) {
    const response = await fetch(`${server.url}/api/v1/sync/pull?after=${after}&limit=1000`, { headers: { authorization: `Bearer ${device.token}` } });
    const page = (await response.json()) as { changes: Change[]; cursor: number; more: boolean };
    changes.push(...page.changes);
    after = page.cursor;
    if (!page.more) return changes;
  }
}

const ITEM = randomUUID();
const issue = (device: Device, delta: number) => recordStockMovement(device.db, { itemId: ITEM, kind: delta > 0 ? 'received' : 'issued', delta, by: 'Desk' });
const REPORT = {
  service: 'ambulance' as const,
  incident: ['breathing'],
  description: 'Woman with breathing problems, oxygen concentrator without power',
  urgency: 'lifeThreatening' as const,
  address: 'Kerkstraat 4, Dinxperlo',
  peopleInvolved: 1,
  occurredAt: new Date().toISOString(),
};

describe('sync against the real coordination point', () => {
  it('delivers everything queued offline exactly once when the link comes back', async () => {
    const device = await deviceAt('Offline-site', { fetchFn: deadLink });
    for (let i = 0; i < 30; i += 1) await registerVisit(device.db, SAMPLE_VISIT);
    for (let i = 0; i < 20; i += 1) await issue(device, -1);
    expect((await device.engine.syncOnce()).failure).toBe('linkDown');
    expect(await device.db.outbox.count()).toBe(50);

    const online = await enrolledDevice(server.url, (await makeEnrollmentCode(temp.dir, 'Offline-site')).code);
    const report = await new SyncEngine({ db: device.db, baseUrl: server.url }).syncOnce();
    expect(report).toMatchObject({ pushed: 50, rejected: 0 });
    expect(await device.db.outbox.count()).toBe(0);
    const ids = (await serverChanges(online)).map((change) => change.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
  });

  it('does not download its own backlog again after an outage, and still gets what a colleague sent after it', async () => {
    const pulls: { changes: number; bytes: number }[] = [];
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/sync/pull')) {
        const text = await response.clone().text();
        pulls.push({ changes: (JSON.parse(text) as { changes: unknown[] }).changes.length, bytes: text.length });
      }
      return response;
    };
    // Pages of 2 changes: the server looks at 40 rows for them (OWN_SCAN_FACTOR), fewer than the backlog.
    const tablet = await deviceAt('Echo-site', { fetchFn: counting, pullLimit: 2 });
    await tablet.db.transaction('rw', tablet.db.outbox, tablet.db.meta, async () => {
      for (let i = 0; i < 60; i += 1) await enqueue(tablet.db, 'signal.created', { id: randomUUID(), category: 'water', text: `Backlog ${i}`, at: new Date().toISOString() });
    });
    expect(await tablet.engine.syncOnce({ pull: false })).toMatchObject({ pushed: 60 });
    const colleague = await deviceAt('Echo-site');
    const note = randomUUID();
    await enqueue(colleague.db, 'signal.created', { id: note, category: 'water', text: 'Geen water in de Kerkstraat', at: new Date().toISOString() });
    await colleague.engine.syncOnce();

    const report = await tablet.engine.syncOnce();
    // Two pages of the site's 61 changes: one of only its own messages, then the colleague's.
    expect(report.pulled).toBe(1);
    expect(pulls.map((page) => page.changes)).toEqual([0, 1]);
    expect(pulls.every((page) => page.bytes < 1000)).toBe(true);
    expect(await tablet.db.signals.get(note)).toMatchObject({ id: note });
    const everything = await serverChanges(tablet);
    expect(everything).toHaveLength(61);
    expect((await tablet.db.meta.get('cursor'))?.value).toBe(everything.at(-1)!.seq);
  });

  it('sends an emergency report made while 2,000 messages wait first, in a request of its own', async () => {
    const bodies: Envelope[][] = [];
    const recording: typeof fetch = async (input, init) => {
      if (String(input).includes('/sync/push')) {
        const raw = init?.body as string | Uint8Array;
        const text = typeof raw === 'string' ? raw : gunzipSync(raw).toString('utf8');
        bodies.push((JSON.parse(text) as { messages: Envelope[] }).messages);
      }
      return fetch(input, init);
    };
    const device = await deviceAt('Backlog-site', { fetchFn: recording, maxBatchCount: 250 });
    await device.db.transaction('rw', device.db.outbox, device.db.meta, async () => {
      for (let i = 0; i < 2000; i += 1) {
        await enqueue(device.db, 'signal.created', { id: randomUUID(), category: 'water', text: `Backlog ${i}`, at: new Date().toISOString() });
      }
    });
    const report = await createEmergencyReport(device.db, REPORT);
    const result = await device.engine.syncOnce();
    expect(result).toMatchObject({ pushed: 2001, emergencyRequests: 1 });
    expect(bodies[0].map((message) => message.id)).toHaveLength(1);
    expect(bodies[0][0]).toMatchObject({ type: 'report.created', payload: { id: report.id } });
    const changes = await serverChanges(device);
    expect(changes[0].type).toBe('report.created');
    expect(changes.filter((change) => change.type === 'signal.created')).toHaveLength(2000);
  });

  it('loses and doubles nothing when the server is SIGKILLed in the middle of a push', async () => {
    let pushes = 0;
    let killing: Promise<void> | undefined;
    const killer: typeof fetch = async (input, init) => {
      const pending = fetch(input, init);
      if (String(input).includes('/sync/push') && ++pushes === 3) killing = server.kill();
      return pending;
    };
    const device = await deviceAt('Kill-site', { fetchFn: killer, maxBatchCount: 100 });
    await device.db.transaction('rw', device.db.outbox, device.db.meta, async () => {
      for (let i = 0; i < 1000; i += 1) await enqueue(device.db, 'stock.moved', { id: randomUUID(), itemId: ITEM, kind: 'issued', delta: -1, by: 'Desk', at: new Date().toISOString() });
    });
    const first = await device.engine.syncOnce();
    await killing;
    expect(first.failure).toBe('linkDown');
    expect(first.pushed).toBeLessThan(1000);
    const left = await device.db.outbox.count();
    expect(left).toBeGreaterThan(0);

    server = await startServerProcess({ dataDir: temp.dir, port: server.port, env });
    const second = await device.engine.syncOnce();
    expect(second.failure).toBeUndefined();
    expect(await device.db.outbox.count()).toBe(0);
    const changes = (await serverChanges(device)).filter((change) => change.type === 'stock.moved');
    expect(changes).toHaveLength(1000);
    expect(new Set(changes.map((change) => change.id)).size).toBe(1000);
  });

  it('parks a rejected message for a person and still delivers the messages behind it', async () => {
    const device = await deviceAt('Reject-site');
    // A message an older app version queued with a payload the server no longer accepts.
    await runActionForTest(device.db, async () => {
      const entry = await enqueue(device.db, 'signal.created', { id: randomUUID(), category: 'water', text: 'ok', at: new Date().toISOString() });
      const outdated = { ...entry.envelope, payload: { ...entry.envelope.payload, category: 'weather' } } as unknown as Envelope;
      await device.db.outbox.update(entry.seq!, { envelope: outdated });
    });
    await registerVisit(device.db, SAMPLE_VISIT);
    const report = await device.engine.syncOnce();
    expect(report).toMatchObject({ pushed: 1, rejected: 1 });
    const [dead] = await device.db.outbox.where('state').equals('rejected').toArray();
    expect(dead.lastError).toMatch(/category/);
    expect(await device.db.outbox.where('state').equals('pending').count()).toBe(0);
  });

  it('converges two tablets of one point that worked apart: same visitors, same stock balance', async () => {
    const { code: codeA } = await makeEnrollmentCode(temp.dir, 'Converge-site');
    const { code: codeB } = await makeEnrollmentCode(temp.dir, 'Converge-site');
    const a = await enrolledDevice(server.url, codeA);
    const b = await enrolledDevice(server.url, codeB);
    await issue(a, 100);
    for (let i = 0; i < 7; i += 1) {
      await registerVisit(a.db, SAMPLE_VISIT);
      await issue(a, -3);
      await registerVisit(b.db, { ...SAMPLE_VISIT, needs: ['food'] });
      await issue(b, -2.5);
    }
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    for (const device of [a, b]) {
      expect(await device.db.visits.count()).toBe(14);
      expect(stockBalances(await device.db.stockMovements.toArray()).get(ITEM)).toBe(100 - 21 - 17.5);
    }
  });

  it('keeps both desks’ corrections of one household: the later edit wins per field, not per household', async () => {
    const { code: codeA } = await makeEnrollmentCode(temp.dir, 'Household-edit-site');
    const { code: codeB } = await makeEnrollmentCode(temp.dir, 'Household-edit-site');
    const a = await enrolledDevice(server.url, codeA);
    const b = await enrolledDevice(server.url, codeB);
    const { householdId } = await registerVisit(a.db, SAMPLE_VISIT);
    await a.engine.syncOnce();
    await b.engine.syncOnce();

    // Link down at both desks. The family comes back to desk A, which corrects the phone number;
    // later the same day to desk B, which does not know that yet and corrects the children.
    const known = async (device: Device) => {
      const { id: _id, updatedAt: _u, fieldTimes: _f, nameKey: _k, ...details } = (await device.db.households.get(householdId))!;
      return details;
    };
    await registerVisit(a.db, { ...SAMPLE_VISIT, householdId, household: { ...(await known(a)), phone: '0612345678' } });
    await registerVisit(b.db, { ...SAMPLE_VISIT, householdId, household: { ...(await known(b)), children: 3 } });

    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    for (const device of [a, b]) {
      expect(await device.db.households.get(householdId)).toMatchObject({ phone: '0612345678', children: 3, adults: 2, postcode: '7091 AB' });
      expect(await device.db.visits.where('householdId').equals(householdId).count()).toBe(3);
    }
  });

  it('never shows a device the records of another point', async () => {
    const a = await deviceAt('Isolation-A');
    const b = await deviceAt('Isolation-B');
    await registerVisit(a.db, SAMPLE_VISIT);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    expect(await b.db.visits.count()).toBe(0);
    expect(await a.db.visits.count()).toBe(1);
  });
});

describe('tablet replacement', () => {
  it('restores everything of the point on a tablet enrolled later, ready to work', async () => {
    const old = await deviceAt('Replace-site');
    for (let i = 0; i < 25; i += 1) await registerVisit(old.db, SAMPLE_VISIT);
    await issue(old, 40);
    await createEmergencyReport(old.db, REPORT);
    await old.engine.syncOnce();

    const replacement = await deviceAt('Replace-site');
    const report = await replacement.engine.syncOnce();
    expect(report.failure).toBeUndefined();
    expect(await replacement.db.visits.count()).toBe(25);
    expect(await replacement.db.reports.count()).toBe(1);
    expect(stockBalances(await replacement.db.stockMovements.toArray()).get(ITEM)).toBe(40);
    // Ready to work: its own records queue and deliver like any tablet's.
    await registerVisit(replacement.db, SAMPLE_VISIT);
    expect((await replacement.engine.syncOnce()).pushed).toBe(1);
  });
});

describe('a pulled change that does not validate', () => {
  it('is refused, logged for the site lead, and changes nothing; the valid ones around it apply', async () => {
    const device = await deviceAt('Corrupt-site');
    const storage = openStorage({ dataDir: temp.dir });
    try {
      const row = (payload: unknown) => ({
        id: randomUUID(),
        type: 'signal.created' as const,
        siteId: device.siteId,
        deviceId: randomUUID(),
        createdAt: new Date().toISOString(),
        payload: payload as never,
        origin: 'device' as const,
        receivedAt: new Date().toISOString(),
      });
      // Written straight into the database, past the push validation: a corrupt or foreign row.
      await storage.storeMessages([
        row({ id: randomUUID(), category: 'water', text: 'Geen waterdruk', at: new Date().toISOString() }),
        row({ id: 'not-a-uuid', category: 'weather', text: '', at: 'yesterday' }),
        row({ id: randomUUID(), category: 'care', text: 'Mevrouw alleen thuis', at: new Date().toISOString() }),
      ]);
    } finally {
      await storage.close();
    }
    const report = await device.engine.syncOnce();
    expect(report).toMatchObject({ pulled: 3, invalidChanges: 1 });
    expect(await device.db.signals.count()).toBe(2);
    const log = (await device.db.meta.get('invalidChanges'))?.value as { error: string }[];
    expect(log).toHaveLength(1);
    expect(log[0].error).toMatch(/payload/);
  });
});

describe('a pull answer whose cursor does not move', () => {
  it('ends the pull round instead of asking for the same page again and again', async () => {
    let pulls = 0;
    // A faulty server (or proxy) that always says "more" without moving the cursor.
    const stuck: typeof fetch = async (input, init) => {
      if (!String(input).includes('/sync/pull')) return fetch(input, init);
      pulls += 1;
      return new Response(JSON.stringify({ changes: [], cursor: 0, more: true }), { headers: { 'content-type': 'application/json' } });
    };
    const device = await deviceAt('Stuck-site', { fetchFn: stuck });
    expect(await device.engine.syncOnce()).toMatchObject({ pulled: 0 });
    expect(pulls).toBe(1);
  });
});
