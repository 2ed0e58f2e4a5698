import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NoodsteunpuntDb } from '../../src/db';
import { CURRENT_VERSION, SCHEMA_V1 } from '../../src/db/schema';

describe('schema migration', () => {
  it('opens data written with schema version 1 and upgrades it', async () => {
    const name = `migration-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('households').add({
      id: '7f0c7b52-0a7e-4c3a-9f1e-3f7d3b1a0c11',
      adults: 1,
      children: 0,
      residence: 'address',
      postcode: '7091 AB',
      houseNumber: '3',
      language: 'nl',
      name: '  Jansen ',
      flags: { medicalDevice: false, reducedMobility: true, livesAlone: true, needsFollowUp: false },
      updatedAt: '000001764000000000-00000-device',
    });
    await v1.table('outbox').add({ id: 'c5d7f4a6-1b2c-4d3e-8f90-123456789abc', type: 'visit.registered', priority: 2, state: 'pending', createdAt: '2026-11-25T10:00:00.000Z', attempts: 0, envelope: {} });
    v1.close();

    const current = new NoodsteunpuntDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    // The new index works on old data: prefix search by name.
    const found = await current.households.where('nameKey').startsWith('jan').toArray();
    expect(found.map((household) => household.houseNumber)).toEqual(['3']);
    // Nothing queued before the upgrade is lost.
    expect(await current.outbox.where('state').equals('pending').count()).toBe(1);
    await current.delete();
  });
});

describe('schema version 4', () => {
  it('derives the stock running totals from a version 3 ledger', async () => {
    const { SCHEMA_V3 } = await import('../../src/db/schema');
    const { readBalances } = await import('../../src/db/stockTotals');
    const name = `migration-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const item = '0b0c3e55-0000-4000-8000-00000000bbbb';
    await v3.table('stockMovements').bulkAdd(
      [30, -1.1, -2.2, 0.3].map((delta, index) => ({ id: `0b0c3e55-0000-4000-8000-00000000000${index}`, itemId: item, kind: delta > 0 ? 'received' : 'issued', delta, by: 'x', at: new Date().toISOString() })),
    );
    v3.close();
    const current = new NoodsteunpuntDb(name);
    await current.open();
    expect((await readBalances(current)).get(item)).toBe(27);
    await current.delete();
  });
});
