import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE_IDS, checkEnvelope, stockBalances, verifyPin, type Change } from '../../src/domain/lead';
import {
  APPLY_TABLES,
  StorageError,
  applyChange,
  confirmSupplyReceived,
  countStock,
  createSitrep,
  defineStockItem,
  moveStock,
  recordAttendance,
  requestSupply,
  saveShift,
  saveVolunteer,
  seedCatalogue,
  setSiteSetting,
  toggleShiftVolunteer,
  type NoodsteunpuntDb,
} from '../../src/db/lead';
import { freshDb } from './helpers';

let db: NoodsteunpuntDb;
let other: NoodsteunpuntDb | undefined;
afterEach(async () => {
  await db?.delete();
  await other?.delete();
  other = undefined;
});

const WATER = CATALOGUE_IDS.drinkingWater;
const balance = async (itemId = WATER) => stockBalances(await db.stockMovements.toArray()).get(itemId) ?? 0;

/** What the coordination point hands the other tablet on pull. */
async function deliver(from: NoodsteunpuntDb, to: NoodsteunpuntDb) {
  const entries = await from.outbox.toArray();
  await to.transaction('rw', APPLY_TABLES(to), async () => {
    for (const [index, entry] of entries.entries()) await applyChange(to, { ...entry.envelope, seq: index + 1, receivedAt: entry.createdAt } as Change);
  });
}

describe('stock catalogue', () => {
  it('seeds once per point: a second seed, and another tablet’s seed, add no duplicates', async () => {
    db = await freshDb();
    other = await freshDb();
    expect(await seedCatalogue(db)).toBe(10);
    expect(await seedCatalogue(db)).toBe(0);
    await seedCatalogue(other);
    await deliver(other, db);
    expect(await db.stockItems.count()).toBe(10);
    const messages = await db.outbox.where('type').equals('stock.itemDefined').toArray();
    expect(messages).toHaveLength(10);
    expect(messages.every((entry) => checkEnvelope(entry.envelope).ok)).toBe(true);
  });

  it('keeps the lead’s edit of a seeded item when another tablet seeds later', async () => {
    db = await freshDb();
    other = await freshDb();
    await seedCatalogue(db);
    const water = (await db.stockItems.get(WATER))!;
    await defineStockItem(db, { ...water, minimum: 999 });
    await seedCatalogue(other);
    await deliver(db, other);
    expect((await other.stockItems.get(WATER))?.minimum).toBe(999);
  });
});

describe('stock movements', () => {
  it('receives, issues and writes off with signs from the kind, each with who and why', async () => {
    db = await freshDb();
    await moveStock(db, 'received', { itemId: WATER, quantity: 200, reason: 'Donatie supermarkt', by: 'Anna' });
    await moveStock(db, 'issued', { itemId: WATER, quantity: 6, householdId: crypto.randomUUID(), by: 'Piet' });
    await moveStock(db, 'writtenOff', { itemId: WATER, quantity: 4, reason: 'Lekkende jerrycan', by: 'Anna' });
    expect(await balance()).toBe(190);
    const lines = await db.stockMovements.toArray();
    expect(lines.map((line) => `${line.kind} ${line.delta} ${line.by}`).sort()).toEqual(['issued -6 Piet', 'received 200 Anna', 'writtenOff -4 Anna']);
    expect(await db.outbox.where('type').equals('stock.moved').count()).toBe(3);
  });

  it('refuses a zero quantity and a write-off without a reason, storing nothing', async () => {
    db = await freshDb();
    expect(() => moveStock(db, 'received', { itemId: WATER, quantity: 0, by: 'A' })).toThrow(StorageError);
    expect(() => moveStock(db, 'writtenOff', { itemId: WATER, quantity: 3, reason: ' ', by: 'A' })).toThrow(StorageError);
    expect(await db.stockMovements.count()).toBe(0);
  });

  it('records a stocktake as a correction so the balance equals the count', async () => {
    db = await freshDb();
    await moveStock(db, 'received', { itemId: WATER, quantity: 100, by: 'A' });
    await moveStock(db, 'issued', { itemId: WATER, quantity: 9, by: 'A' });
    const correction = await countStock(db, { itemId: WATER, counted: 85, by: 'B' });
    expect(correction).toMatchObject({ kind: 'counted', delta: -6, by: 'B' });
    expect(await balance()).toBe(85);
  });
});

describe('supply', () => {
  it('confirms receipt and adds the goods to the ledger in one transaction, once', async () => {
    db = await freshDb();
    const request = await requestSupply(db, { items: [{ itemId: WATER, name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'litre', quantity: 480 }], urgency: 'urgent', by: 'Anna' });
    expect(await db.outbox.where('type').equals('supply.requested').count()).toBe(1);
    expect(await confirmSupplyReceived(db, { requestId: request.id, lines: [{ itemId: WATER, quantity: 400 }], by: 'Anna' })).toBe(true);
    expect(await confirmSupplyReceived(db, { requestId: request.id, lines: [{ itemId: WATER, quantity: 400 }], by: 'Anna' })).toBe(false);
    expect(await balance()).toBe(400);
    const received = await db.outbox.where('type').equals('supply.received').toArray();
    expect(received).toHaveLength(1);
    // Our own receipt pulled back from the coordination point is not stored twice.
    await db.transaction('rw', APPLY_TABLES(db), () => applyChange(db, { ...received[0].envelope, seq: 9, receivedAt: received[0].createdAt } as Change));
    expect(await db.supplyEvents.count()).toBe(1);
  });

  it('stores neither receipt nor goods when the write fails', async () => {
    db = await freshDb();
    const request = await requestSupply(db, { items: [{ itemId: WATER, name: { nl: 'W', de: 'W' }, unit: 'litre', quantity: 10 }], urgency: 'normal', by: 'A' });
    let writes = 0;
    db.outbox.hook('creating', () => {
      if (++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await confirmSupplyReceived(db, { requestId: request.id, lines: [{ itemId: WATER, quantity: 10 }], by: 'A' }).catch((error: unknown) => error);
    expect((failure as StorageError).kind).toBe('quota');
    expect(await db.supplyEvents.count()).toBe(0);
    expect(await db.stockMovements.count()).toBe(0);
  });
});

describe('roster, settings and sitrep', () => {
  it('stores a PIN only as a hash that verifies, and keeps it when the volunteer is edited', async () => {
    db = await freshDb();
    const volunteer = await saveVolunteer(db, { name: 'Anna de Vries', organisation: 'redCross', skills: ['firstAid'], pin: '4711' });
    expect(JSON.stringify(await db.outbox.toArray())).not.toContain('4711');
    expect(await verifyPin('4711', volunteer.pinHash)).toBe(true);
    const edited = await saveVolunteer(db, { id: volunteer.id, name: 'Anna de Vries', organisation: 'redCross', skills: ['firstAid', 'canLead'] });
    expect(edited.pinHash).toBe(volunteer.pinHash);
    await expect(saveVolunteer(db, { name: 'X', organisation: 'citizen', skills: [], pin: '12' })).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('assigns volunteers to shifts and records check-in with messages', async () => {
    db = await freshDb();
    const volunteer = await saveVolunteer(db, { name: 'Piet', organisation: 'citizen', skills: [] });
    const shift = await saveShift(db, { role: 'desk', start: '2026-11-25T08:00:00Z', end: '2026-11-25T14:00:00Z', needed: 2, volunteerIds: [] });
    await toggleShiftVolunteer(db, shift.id, volunteer.id);
    expect((await db.shifts.get(shift.id))?.volunteerIds).toEqual([volunteer.id]);
    await toggleShiftVolunteer(db, shift.id, volunteer.id);
    expect((await db.shifts.get(shift.id))?.volunteerIds).toEqual([]);
    await recordAttendance(db, volunteer.id, 'checkIn');
    expect(await db.outbox.where('type').equals('attendance.recorded').count()).toBe(1);
    expect(() => saveShift(db, { role: 'desk', start: '2026-11-25T08:00:00Z', end: '2026-11-25T08:00:00Z', needed: 1, volunteerIds: [] })).toThrow(StorageError);
  });

  it('writes a site setting and its message together', async () => {
    db = await freshDb();
    await setSiteSetting(db, 'sitrepIntervalMinutes', 90);
    expect(await db.settings.get('sitrepIntervalMinutes')).toMatchObject({ value: 90 });
    const [entry] = await db.outbox.toArray();
    expect(entry.type).toBe('site.settingChanged');
    expect(checkEnvelope(entry.envelope).ok).toBe(true);
  });

  it('queues a sitrep with its figures', async () => {
    db = await freshDb();
    await createSitrep(db, { summary: 'Rustig', visitorsToday: 12, visitorsLastHour: 3, needCounts: [{ need: 'drinkingWater', count: 7 }], generatorFuelLitres: 40, by: 'Anna' });
    const [entry] = await db.outbox.toArray();
    expect(entry.type).toBe('sitrep.created');
    expect(checkEnvelope(entry.envelope)).toMatchObject({ ok: true });
  });
});
