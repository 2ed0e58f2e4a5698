// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { NoodsteunpuntDb, StorageError, recordStockMovement, registerVisit, setUpSite, type DeviceIdentity } from '../../src/db';
import { readBalances } from '../../src/db/stockTotals';
import { exportBackup, restoreBackup } from '../../src/sync/backup';
import { SAMPLE_VISIT } from './helpers';

const dbs: NoodsteunpuntDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const WATER = '0b0c3e55-0000-4000-8000-00000000cccc';

async function tablet(identity?: Partial<DeviceIdentity>): Promise<NoodsteunpuntDb> {
  const db = new NoodsteunpuntDb(`backup-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  const base = await setUpSite(db, { siteName: 'Dorpshuis Dinxperlo', municipality: 'Aalten' });
  if (identity) await db.meta.put({ key: 'identity', value: { ...base, ...identity } });
  return db;
}

describe('local backup and restore on another tablet', () => {
  it("carries the dead tablet's records and waiting messages to a tablet of the same point", async () => {
    const dead = await tablet();
    for (let i = 0; i < 3; i += 1) await registerVisit(dead, SAMPLE_VISIT);
    await recordStockMovement(dead, { itemId: WATER, kind: 'received', delta: 50, by: 'Lead' });
    const deadIdentity = (await dead.meta.get('identity'))!.value as DeviceIdentity;
    const file = await exportBackup(dead);

    const spare = await tablet({ siteId: deadIdentity.siteId, deviceId: '0b0c3e55-0000-4000-8000-0000000000ff', token: 'spare-token' });
    await registerVisit(spare, SAMPLE_VISIT);
    await recordStockMovement(spare, { itemId: WATER, kind: 'issued', delta: -2, by: 'Desk' });

    const result = await restoreBackup(spare, file);
    expect(result.outboxMessages).toBe(4);
    expect(await spare.visits.count()).toBe(4);
    expect((await readBalances(spare)).get(WATER)).toBe(48);
    const outbox = await spare.outbox.toArray();
    expect(outbox).toHaveLength(6);
    expect(new Set(outbox.map((entry) => entry.envelope.deviceId))).toEqual(new Set(['0b0c3e55-0000-4000-8000-0000000000ff']));
    // The spare keeps its own identity and token.
    expect(((await spare.meta.get('identity'))!.value as DeviceIdentity).token).toBe('spare-token');
  });

  it('refuses a backup of another point and a file that is not a backup, changing nothing', async () => {
    const other = await tablet();
    await registerVisit(other, SAMPLE_VISIT);
    const file = await exportBackup(other);
    const here = await tablet();
    const failure = await restoreBackup(here, file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).detail).toMatch(/another point/);
    expect(await here.visits.count()).toBe(0);
    const corrupt = await restoreBackup(here, new Blob(['{"not":"a backup"']) ).catch((error: unknown) => error);
    expect((corrupt as StorageError).kind).toBe('invalid');
  });
});
