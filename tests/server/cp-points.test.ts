/**
 * GET /api/v1/cp/points: every point at a glance, computed from what its tablets sent; a point
 * silent longer than its set time stands out.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, type EnrollResponse, type PayloadOf } from '../../src/domain';
import type { PointsResponse, PointView } from '../../src/domain/coordinatorApi';
import { pushFrom, reportPayload, startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { signalPayload } from './helpers';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const hlc = (node = 'tablet') => formatHlc({ wallMs: Date.now(), counter: 0, node });
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function visit(arrivedAt: string): PayloadOf<'visit.registered'> {
  const householdId = randomUUID();
  return {
    household: {
      id: householdId,
      adults: 2,
      children: 1,
      residence: 'address',
      postcode: '7091 AB',
      houseNumber: '12',
      language: 'nl',
      name: 'Familie Jansen',
      flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false },
      updatedAt: hlc(),
    },
    visit: { id: randomUUID(), householdId, arrivedAt, needs: ['drinkingWater'] },
  };
}

function stockItem(nl: string, minimum: number): PayloadOf<'stock.itemDefined'> {
  return { id: randomUUID(), name: { nl, de: `${nl} (de)` }, unit: 'l', minimum, updatedAt: hlc() };
}

function movement(itemId: string, delta: number): PayloadOf<'stock.moved'> {
  return { id: randomUUID(), itemId, kind: delta > 0 ? 'received' : 'issued', delta, by: 'Balie', at: new Date().toISOString() };
}

async function points(t: DashboardTestApp): Promise<Map<string, PointView>> {
  const coordinator = await t.signIn();
  const response = await coordinator.get('/api/v1/cp/points');
  expect(response.statusCode).toBe(200);
  return new Map(response.json<PointsResponse>().points.map((point) => [point.name, point]));
}

describe('GET /api/v1/cp/points', () => {
  it('computes visitors, staff, stock under minimum, open reports, signals and the latest sitrep per point', async () => {
    const t = (current = await startDashboardApp());
    const desk: EnrollResponse = await t.enroll('Dinxperlo');
    await t.enroll('Aalten');

    const stillHere = await pushFrom(t, desk, 'visit.registered', visit(ago(60_000)));
    const left = await pushFrom(t, desk, 'visit.registered', visit(ago(120_000)));
    await pushFrom(t, desk, 'visit.checkedOut', { visitId: left.payload.visit.id, leftAt: new Date().toISOString() });
    await pushFrom(t, desk, 'visit.registered', visit(ago(3 * 24 * 3600_000)));
    expect(stillHere.payload.visit.leftAt).toBeUndefined();

    const [ria, jan] = [randomUUID(), randomUUID()];
    await pushFrom(t, desk, 'attendance.recorded', { id: randomUUID(), volunteerId: ria, kind: 'checkIn', at: ago(3600_000) });
    await pushFrom(t, desk, 'attendance.recorded', { id: randomUUID(), volunteerId: jan, kind: 'checkIn', at: ago(7200_000) });
    await pushFrom(t, desk, 'attendance.recorded', { id: randomUUID(), volunteerId: jan, kind: 'checkOut', at: ago(600_000) });

    const water = stockItem('Drinkwater', 100);
    const blankets = stockItem('Dekens', 10);
    await pushFrom(t, desk, 'stock.itemDefined', water);
    await pushFrom(t, desk, 'stock.itemDefined', blankets);
    await pushFrom(t, desk, 'stock.moved', movement(water.id, 120));
    await pushFrom(t, desk, 'stock.moved', movement(water.id, -45.5));
    await pushFrom(t, desk, 'stock.moved', movement(blankets.id, 12));

    await pushFrom(t, desk, 'report.created', reportPayload({ urgency: 'lifeThreatening' }));
    await pushFrom(t, desk, 'report.created', reportPayload({ urgency: 'urgent' }));
    await pushFrom(t, desk, 'signal.created', signalPayload());
    await pushFrom(t, desk, 'sitrep.created', { id: randomUUID(), summary: 'Rustig, water raakt op', visitorsToday: 2, by: 'Locatieleider', at: ago(3600_000) });
    const latest = await pushFrom(t, desk, 'sitrep.created', { id: randomUUID(), summary: 'Druk, extra water nodig', by: 'Locatieleider', at: ago(60_000) });

    const byName = await points(t);
    expect(byName.get('Dinxperlo')).toMatchObject({
      municipality: 'Aalten',
      activeDevices: 1,
      linkState: 'live',
      visitorsToday: 2,
      visitorsOnSite: 1,
      staffOnSite: 1,
      itemsBelowMinimum: [{ itemId: water.id, name: { nl: 'Drinkwater', de: 'Drinkwater (de)' }, unit: 'l', balance: 74.5, minimum: 100 }],
      openReports: 2,
      lifeThreateningOpen: 1,
      signalsLast24h: 1,
      latestSitrep: { sitrep: { summary: latest.payload.summary } },
    });
    expect(byName.get('Aalten')).toMatchObject({ visitorsToday: 0, openReports: 0, itemsBelowMinimum: [], latestSitrep: null });
  });

  it('marks a point silent when its tablets were not heard from for longer than the set time, and one never heard from', async () => {
    let clock = Date.now();
    const t = (current = await startDashboardApp({ now: () => new Date(clock) }));
    const dinxperlo = await t.enroll('Dinxperlo');
    await t.pull(dinxperlo.token);
    const aalten = await t.enroll('Aalten');
    await t.storage.createSite({ name: 'Bredevoort', municipality: 'Aalten' });
    // Aalten's lead wants to hear sooner that the link dropped.
    await pushFrom(t, aalten, 'site.settingChanged', { key: 'silentAfterMinutes', value: 10, updatedAt: hlc() });

    clock += 5 * 60_000;
    let byName = await points(t);
    expect(byName.get('Aalten')).toMatchObject({ linkState: 'quiet', silentAfterMinutes: 10 });
    expect(byName.get('Bredevoort')).toMatchObject({ linkState: 'never', lastContactAt: null, activeDevices: 0 });

    clock += 6 * 60_000;
    byName = await points(t);
    expect(byName.get('Aalten')?.linkState).toBe('silent');
    expect(byName.get('Dinxperlo')).toMatchObject({ linkState: 'quiet', silentAfterMinutes: 30 });
    clock += 20 * 60_000;
    expect((await points(t)).get('Dinxperlo')?.linkState).toBe('silent');
  });

  it('answers 401 without a session', async () => {
    const t = (current = await startDashboardApp());
    expect((await t.anonymous.get('/api/v1/cp/points')).statusCode).toBe(401);
  });
});
