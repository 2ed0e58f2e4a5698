import { afterEach, describe, expect, it } from 'vitest';
import { checkEnvelope, formatHlc } from '../../src/domain';
import { StorageError, checkOutVisit, createEmergencyReport, registerVisit, type NoodsteunpuntDb } from '../../src/db';
import { SAMPLE_VISIT, freshDb } from './helpers';

let db: NoodsteunpuntDb;
afterEach(async () => db?.delete());

describe('registerVisit', () => {
  it('writes the household, the visit and one valid outbox message together', async () => {
    db = await freshDb();
    const visit = await registerVisit(db, SAMPLE_VISIT);
    expect(await db.visits.get(visit.id)).toMatchObject({ needs: ['drinkingWater', 'devicePower'] });
    expect(await db.households.get(visit.householdId)).toMatchObject({ postcode: '7091 AB', adults: 2 });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ type: 'visit.registered', state: 'pending', attempts: 0 });
    // The queued message is exactly what the server will accept.
    expect(checkEnvelope(outbox[0].envelope)).toMatchObject({ ok: true });
  });

  it('leaves neither record nor message when the transaction fails (quota exceeded)', async () => {
    db = await freshDb();
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await registerVisit(db, SAMPLE_VISIT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('quota');
    expect(await db.visits.count()).toBe(0);
    expect(await db.households.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses invalid input with a StorageError of kind invalid and stores nothing', async () => {
    db = await freshDb();
    const failure = await registerVisit(db, { ...SAMPLE_VISIT, household: { ...SAMPLE_VISIT.household, adults: -1 } }).catch((e: unknown) => e);
    expect((failure as StorageError).kind).toBe('invalid');
    expect(await db.visits.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('adds a visit to a returning household without a second household', async () => {
    db = await freshDb();
    const first = await registerVisit(db, SAMPLE_VISIT);
    await registerVisit(db, { ...SAMPLE_VISIT, householdId: first.householdId });
    expect(await db.households.count()).toBe(1);
    expect(await db.visits.where('householdId').equals(first.householdId).count()).toBe(2);
  });

  it('checks a visit out once, with one message', async () => {
    db = await freshDb();
    const visit = await registerVisit(db, SAMPLE_VISIT);
    await checkOutVisit(db, visit.id, new Date('2026-11-25T15:00:00Z'));
    await checkOutVisit(db, visit.id, new Date('2026-11-25T16:00:00Z'));
    expect((await db.visits.get(visit.id))?.leftAt).toBe('2026-11-25T15:00:00.000Z');
    expect(await db.outbox.where('type').equals('visit.checkedOut').count()).toBe(1);
  });
});

describe('createEmergencyReport', () => {
  it('queues the report with emergency priority', async () => {
    db = await freshDb();
    await registerVisit(db, SAMPLE_VISIT);
    const report = await createEmergencyReport(db, {
      service: 'ambulance',
      incident: ['unconscious'],
      description: 'Man collapsed in the hall',
      urgency: 'lifeThreatening',
      address: 'Markt 1, Dinxperlo',
      peopleInvolved: 1,
      occurredAt: new Date().toISOString(),
    });
    const [first] = await db.outbox.where('[state+priority+seq]').between(['pending', 0, 0], ['pending', 9, Infinity]).toArray();
    expect(first.id).toBe((await db.outbox.where('type').equals('report.created').first())?.id);
    expect(first.envelope.payload).toMatchObject({ id: report.id, urgency: 'lifeThreatening' });
  });
});

describe('stock running totals', () => {
  it('equal the sum of the ledger after local movements, pulled ones and a pulled echo', async () => {
    const { recordStockMovement, applyChange, APPLY_TABLES } = await import('../../src/db');
    const { readBalances } = await import('../../src/db/stockTotals');
    const { stockBalances } = await import('../../src/domain');
    db = await freshDb();
    const water = '0b0c3e55-0000-4000-8000-00000000aaaa';
    const own = await recordStockMovement(db, { itemId: water, kind: 'received', delta: 100, by: 'Lead' });
    await recordStockMovement(db, { itemId: water, kind: 'issued', delta: -2.5, by: 'Desk' });
    const pulled = { id: crypto.randomUUID(), itemId: water, kind: 'issued' as const, delta: -0.1, by: 'Other tablet', at: new Date().toISOString() };
    const change = (payload: unknown) => ({ id: crypto.randomUUID(), type: 'stock.moved' as const, siteId: crypto.randomUUID(), deviceId: crypto.randomUUID(), createdAt: new Date().toISOString(), payload, seq: 1, receivedAt: new Date().toISOString() });
    await db.transaction('rw', APPLY_TABLES(db), async () => {
      await applyChange(db, change(pulled) as never);
      await applyChange(db, change(pulled) as never); // delivered twice
      await applyChange(db, change(own) as never); // our own movement echoed back by the server
    });
    expect(await readBalances(db)).toEqual(stockBalances(await db.stockMovements.toArray()));
    expect((await readBalances(db)).get(water)).toBe(97.4);
  });
});

describe('a household edited at two desks', () => {
  const change = (payload: unknown) => ({
    id: crypto.randomUUID(),
    type: 'visit.registered' as const,
    siteId: crypto.randomUUID(),
    deviceId: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    payload,
    seq: 1,
    receivedAt: new Date().toISOString(),
  });

  it('sends only the fields the form changed, and keeps another tablet’s edit of another field', async () => {
    const { applyChange, APPLY_TABLES } = await import('../../src/db');
    db = await freshDb();
    const first = await registerVisit(db, SAMPLE_VISIT);
    const created = (await db.outbox.toArray())[0].envelope.payload as { household: Record<string, unknown>; changed?: string[] };
    expect(created.changed).toBeUndefined(); // a new household: every field

    // The same household came back to another desk, which corrected the number of children
    // (an edit this tablet pulls later, made after this tablet's own).
    const otherDesk = { ...created.household, children: 3, phone: '0600000000', updatedAt: formatHlc({ wallMs: Date.now() + 60_000, counter: 0, node: 'other' }) };

    // Here the volunteer corrects the phone number only.
    await registerVisit(db, { ...SAMPLE_VISIT, householdId: first.householdId, household: { ...SAMPLE_VISIT.household, phone: '0612345678' } });
    const sent = (await db.outbox.toArray())[1].envelope.payload as { changed?: string[]; household: { phone?: string } };
    expect(sent.changed).toEqual(['phone']);
    expect(sent.household.phone).toBe('0612345678');
    // This tablet's bookkeeping stays here: the message carries the household's values only.
    expect(sent.household).not.toHaveProperty('fieldTimes');
    expect((await db.households.get(first.householdId))?.fieldTimes).toBeDefined();

    await db.transaction('rw', APPLY_TABLES(db), async () => {
      await applyChange(db, change({ household: otherDesk, visit: { id: crypto.randomUUID(), householdId: first.householdId, arrivedAt: new Date().toISOString(), needs: [] }, changed: ['children'] }) as never);
    });
    // The other desk's later edit named only the children: the phone entered here stays.
    expect(await db.households.get(first.householdId)).toMatchObject({ children: 3, phone: '0612345678', adults: 2 });
  });

  it('lets an older edit of the same field lose, and a message of an older app replace the whole household', async () => {
    const { applyChange, APPLY_TABLES } = await import('../../src/db');
    db = await freshDb();
    const first = await registerVisit(db, SAMPLE_VISIT);
    const household = await db.households.get(first.householdId);
    const visit = () => ({ id: crypto.randomUUID(), householdId: first.householdId, arrivedAt: new Date().toISOString(), needs: [] });
    const { fieldTimes: _t, nameKey: _k, ...values } = household!;
    const apply = (payload: unknown) =>
      db.transaction('rw', APPLY_TABLES(db), async () => {
        await applyChange(db, change(payload) as never);
      });

    await apply({ household: { ...values, adults: 5, updatedAt: formatHlc({ wallMs: Date.parse('2000-01-01'), counter: 0, node: 'older' }) }, visit: visit(), changed: ['adults'] });
    expect((await db.households.get(first.householdId))?.adults).toBe(2);

    // No `changed`: an app from before per-field merging sent the whole household.
    await apply({ household: { ...values, adults: 4, language: 'nl', updatedAt: formatHlc({ wallMs: Date.now() + 60_000, counter: 0, node: 'newer' }) }, visit: visit() });
    expect(await db.households.get(first.householdId)).toMatchObject({ adults: 4, language: 'nl' });
  });
});
