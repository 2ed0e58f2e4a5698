/**
 * GET /api/v1/cp/evaluation and /evaluation/export: the evaluation figures of every point and
 * of all points together, computed on the server from the stored messages with the tablet's
 * own functions; report step times from made → delivered (server receipt) → acknowledged →
 * help on the way, with the status changes published through the dashboard's status route.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, type PayloadOf } from '../../src/domain';
import type { EvaluationExportResponse, EvaluationFigures, EvaluationResponse } from '../../src/domain/coordinatorApi';
import { pushFrom, reportPayload, startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { signalPayload } from './helpers';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const MIN = 60_000;
const T0 = Date.parse('2026-10-10T10:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();
const hlc = () => formatHlc({ wallMs: T0, counter: 0, node: 'tablet' });

function visit(arrivedAt: string, household: { adults: number; children: number }, needs: PayloadOf<'visit.registered'>['visit']['needs']): PayloadOf<'visit.registered'> {
  const householdId = randomUUID();
  return {
    household: {
      id: householdId,
      ...household,
      residence: 'address',
      postcode: '7091 AB',
      houseNumber: '12',
      street: 'Kerkstraat',
      language: 'nl',
      name: 'Familie Jansen',
      phone: '0612345678',
      flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false },
      updatedAt: hlc(),
    },
    visit: { id: randomUUID(), householdId, arrivedAt, needs },
  };
}

const stepOf = (figures: EvaluationFigures, interval: string) => figures.reportSteps.find((step) => step.interval === interval)!;
const countOf = (figures: EvaluationFigures, need: string) => figures.needs.find((row) => row.need === need)!.count;

/** Two points with a morning of activity; the clock is the server's (receipt, status changes). */
async function twoPoints() {
  let clock = T0;
  const t = (current = await startDashboardApp({ now: () => new Date(clock) }));
  const dinxperlo = await t.enroll('Dinxperlo');
  const aalten = await t.enroll('Aalten');

  // Dinxperlo: two households, one of them with 3 people; one visit the day before.
  await pushFrom(t, dinxperlo, 'visit.registered', visit(at(-90), { adults: 2, children: 1 }, ['drinkingWater', 'food']));
  await pushFrom(t, dinxperlo, 'visit.registered', visit(at(-80), { adults: 1, children: 0 }, ['drinkingWater']));
  await pushFrom(t, dinxperlo, 'visit.registered', visit(at(-24 * 60), { adults: 1, children: 0 }, ['warmth']));
  // Aalten: one household of 4.
  await pushFrom(t, aalten, 'visit.registered', visit(at(-30), { adults: 2, children: 2 }, ['medical']));

  const item = { id: randomUUID(), name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'l', minimum: 10, updatedAt: hlc() };
  await pushFrom(t, aalten, 'stock.itemDefined', item);
  await pushFrom(t, aalten, 'stock.moved', { id: randomUUID(), itemId: item.id, kind: 'issued', delta: -6, by: 'Balie', at: at(-20) });
  await pushFrom(t, aalten, 'stock.moved', { id: randomUUID(), itemId: item.id, kind: 'received', delta: 50, by: 'Balie', at: at(-25) });

  const volunteerId = randomUUID();
  await pushFrom(t, dinxperlo, 'volunteer.saved', { id: volunteerId, name: 'Piet', organisation: 'redCross', skills: [], updatedAt: hlc() });
  await pushFrom(t, dinxperlo, 'attendance.recorded', { id: randomUUID(), volunteerId, kind: 'checkIn', at: at(-120) });
  await pushFrom(t, dinxperlo, 'attendance.recorded', { id: randomUUID(), volunteerId, kind: 'checkOut', at: at(-30) });

  // Reports: made 4 min (Dinxperlo) and 1 min (Aalten) before the server received them at T0.
  const slow = await pushFrom(t, dinxperlo, 'report.created', reportPayload({ madeAt: at(-4), occurredAt: at(-5) }));
  await pushFrom(t, aalten, 'report.created', reportPayload({ urgency: 'urgent', madeAt: at(-1), occurredAt: at(-2) }));

  const coordinator = await t.signIn();
  clock = T0 + 2 * MIN;
  expect((await coordinator.post(`/api/v1/cp/reports/${slow.payload.id}/status`, { status: 'acknowledged' })).statusCode).toBe(200);
  clock = T0 + 5 * MIN;
  expect((await coordinator.post(`/api/v1/cp/reports/${slow.payload.id}/status`, { status: 'helpOnTheWay' })).statusCode).toBe(200);
  clock = T0 + 10 * MIN;
  return { t, coordinator, dinxperlo, aalten };
}

describe('GET /api/v1/cp/evaluation', () => {
  it('computes visitors, needs, households, report steps, goods and staff hours per point and for all points', async () => {
    const { coordinator, dinxperlo, aalten } = await twoPoints();
    const response = await coordinator.get(`/api/v1/cp/evaluation?from=${encodeURIComponent(at(-6 * 60))}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<EvaluationResponse>();
    expect(body.period).toEqual({ from: at(-6 * 60), to: at(10) });
    expect(body.points.map((point) => point.name)).toEqual(['Aalten', 'Dinxperlo']);
    const [a, d] = body.points;
    expect(d.siteId).toBe(dinxperlo.siteId);
    expect(a.siteId).toBe(aalten.siteId);
    expect(d.lastContactAt).not.toBeNull();

    // Visits: the one of the day before is outside the period.
    expect(d.figures).toMatchObject({ visits: 2, households: 2, people: 4, reports: 1 });
    expect(a.figures).toMatchObject({ visits: 1, households: 1, people: 4, reports: 1 });
    expect(body.all).toMatchObject({ visits: 3, households: 3, people: 8, reports: 2 });
    expect(countOf(d.figures, 'drinkingWater')).toBe(2);
    expect(countOf(d.figures, 'warmth')).toBe(0);
    expect(countOf(body.all, 'medical')).toBe(1);
    expect(body.all.visitorsPerHour.reduce((sum, hour) => sum + hour.count, 0)).toBe(3);

    // Report steps: Dinxperlo's made → delivered 4 min, → acknowledged 2 min, → help 3 min.
    expect(stepOf(d.figures, 'madeToDelivered')).toEqual({ interval: 'madeToDelivered', count: 1, medianMs: 4 * MIN, worstMs: 4 * MIN });
    expect(stepOf(d.figures, 'deliveredToAcknowledged')).toMatchObject({ count: 1, medianMs: 2 * MIN });
    expect(stepOf(d.figures, 'acknowledgedToHelp')).toMatchObject({ count: 1, medianMs: 3 * MIN });
    expect(stepOf(d.figures, 'madeToHelp')).toMatchObject({ count: 1, medianMs: 9 * MIN, worstMs: 9 * MIN });
    expect(stepOf(a.figures, 'deliveredToAcknowledged')).toEqual({ interval: 'deliveredToAcknowledged', count: 0 });
    // All points: 4 and 1 min to deliver.
    expect(stepOf(body.all, 'madeToDelivered')).toMatchObject({ count: 2, medianMs: 2.5 * MIN, worstMs: 4 * MIN });

    expect(a.figures.goodsIssued).toEqual([expect.objectContaining({ name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'l', day: '2026-10-10', quantity: 6 })]);
    expect(d.figures.goodsIssued).toEqual([]);
    expect(d.figures.volunteerHours).toEqual([{ organisation: 'redCross', volunteers: 1, hours: 1.5 }]);
    expect(body.all.volunteerHours).toEqual([{ organisation: 'redCross', volunteers: 1, hours: 1.5 }]);
  });

  it('narrows to one point, counts everything without a start, and refuses a bad period or an unknown point', async () => {
    const { coordinator, dinxperlo } = await twoPoints();
    const one = (await coordinator.get(`/api/v1/cp/evaluation?siteId=${dinxperlo.siteId}`)).json<EvaluationResponse>();
    expect(one.points.map((point) => point.name)).toEqual(['Dinxperlo']);
    expect(one.all).toMatchObject({ visits: 3, households: 3, people: 5, reports: 1 });
    expect(countOf(one.all, 'warmth')).toBe(1);

    expect((await coordinator.get(`/api/v1/cp/evaluation?from=${encodeURIComponent(at(5))}&until=${encodeURIComponent(at(1))}`)).statusCode).toBe(400);
    expect((await coordinator.get('/api/v1/cp/evaluation?from=yesterday')).statusCode).toBe(400);
    expect((await coordinator.get(`/api/v1/cp/evaluation?siteId=${randomUUID()}`)).statusCode).toBe(404);
  });

  it('counts a household corrected at two desks with both corrections, the later edit winning per field', async () => {
    const t = (current = await startDashboardApp({ now: () => new Date(T0) }));
    const point = await t.enroll('Dinxperlo');
    const coordinator = await t.signIn();
    const first = visit(at(-90), { adults: 1, children: 0 }, ['food']);
    const again = (minutes: number, counter: number, household: { adults: number; children: number }, changed: ('adults' | 'children')[]) => ({
      household: { ...first.household, ...household, updatedAt: formatHlc({ wallMs: T0, counter, node: 'tablet' }) },
      visit: { ...first.visit, id: randomUUID(), arrivedAt: at(minutes) },
      changed,
    });
    await pushFrom(t, point, 'visit.registered', first);
    // Desk A: two adults now. Desk B, later, had not heard of that and added two children.
    await pushFrom(t, point, 'visit.registered', again(-60, 1, { adults: 2, children: 0 }, ['adults']));
    await pushFrom(t, point, 'visit.registered', again(-30, 2, { adults: 1, children: 2 }, ['children']));
    const body = (await coordinator.get('/api/v1/cp/evaluation')).json<EvaluationResponse>();
    expect(body.all).toMatchObject({ visits: 3, households: 1, people: 4 });
  });

  it('answers 401 without a session', async () => {
    const { t } = await twoPoints();
    expect((await t.anonymous.get('/api/v1/cp/evaluation')).statusCode).toBe(401);
    expect((await t.anonymous.get('/api/v1/cp/evaluation/export')).statusCode).toBe(401);
  });
});

/**
 * Link uptime from the server's own log of contact: tablets of two points push and pull at
 * controlled times (the app's clock), in 5-minute buckets from 10:00Z (T0).
 * Dinxperlo: contact in the buckets of T0, T0+5, T0+30 and T0+35 (two tablets, push and pull).
 * Aalten: a pull at T0+10 and one at T0+70. Winterswijk: enrolled nothing, never in contact.
 */
async function contactDay() {
  let clock = T0;
  const t = (current = await startDashboardApp({ now: () => new Date(clock) }));
  const desk = await t.enroll('Dinxperlo', 'Balie');
  const lead = await t.enroll('Dinxperlo', 'Locatieleider');
  const aalten = await t.enroll('Aalten');
  await t.code('Winterswijk');
  const timeline = [
    [0, 'push', desk],
    [1, 'push', desk],
    [5, 'pull', lead],
    [10, 'pull', aalten],
    [30, 'pull', desk],
    [35, 'push', lead],
    [70, 'pull', aalten],
  ] as const;
  for (const [minute, action, device] of timeline) {
    clock = T0 + minute * MIN;
    if (action === 'push') await pushFrom(t, device, 'signal.created', signalPayload());
    else expect((await t.pull(device.token)).statusCode).toBe(200);
  }
  clock = T0 + 80 * MIN;
  const coordinator = await t.signIn();
  return { coordinator, dinxperlo: desk.siteId, aalten: aalten.siteId };
}

describe('GET /api/v1/cp/evaluation: link uptime from the contact log', () => {
  it('gives per point the share of 5-minute buckets with contact since its first contact and its longest gap', async () => {
    const { coordinator, dinxperlo, aalten } = await contactDay();
    const body = (await coordinator.get(`/api/v1/cp/evaluation?from=${encodeURIComponent(at(-60))}`)).json<EvaluationResponse>();
    const point = (siteId: string) => body.points.find((row) => row.siteId === siteId)!;

    // Dinxperlo: from its first contact (T0) to now (T0+80): 16 buckets, 4 with contact.
    expect(point(dinxperlo).figures.contact).toEqual({
      buckets: 16,
      contactBuckets: 4,
      share: 0.25,
      longestGapMs: 40 * MIN,
      gapFrom: at(40),
      gapTo: at(80),
    });
    // Aalten: from T0+10: 14 buckets, 2 with contact; silent from T0+15 until T0+70.
    expect(point(aalten).figures.contact).toEqual({
      buckets: 14,
      contactBuckets: 2,
      share: 2 / 14,
      longestGapMs: 55 * MIN,
      gapFrom: at(15),
      gapTo: at(70),
    });
    expect(body.points.find((row) => row.name === 'Winterswijk')!.figures.contact).toEqual({ buckets: 0, contactBuckets: 0 });

    // All points: the buckets added up; the longest gap of any point, and whose it is.
    expect(body.all.contact).toEqual({
      buckets: 30,
      contactBuckets: 6,
      share: 0.2,
      longestGapMs: 55 * MIN,
      gapFrom: at(15),
      gapTo: at(70),
      gapSiteId: aalten,
    });
    // Per hour of the point's time zone (UTC+2 in October): how many points had contact.
    expect(body.contactPerHour).toEqual([
      { start: at(0), hour: '2026-10-10 12', points: 2 },
      { start: at(60), hour: '2026-10-10 13', points: 1 },
    ]);
  });

  it('counts from the start of the period when the point was in contact before it', async () => {
    const { coordinator, dinxperlo, aalten } = await contactDay();
    const body = (await coordinator.get(`/api/v1/cp/evaluation?from=${encodeURIComponent(at(20))}`)).json<EvaluationResponse>();
    const point = (siteId: string) => body.points.find((row) => row.siteId === siteId)!;
    expect(point(dinxperlo).figures.contact).toMatchObject({ buckets: 12, contactBuckets: 2, longestGapMs: 40 * MIN, gapFrom: at(40), gapTo: at(80) });
    expect(point(aalten).figures.contact).toMatchObject({ buckets: 12, contactBuckets: 1, longestGapMs: 50 * MIN, gapFrom: at(20), gapTo: at(70) });

    // One point asked for: its own figures are "all", and the hours show only its contact.
    const one = (await coordinator.get(`/api/v1/cp/evaluation?siteId=${aalten}`)).json<EvaluationResponse>();
    expect(one.all.contact).toMatchObject({ buckets: 14, contactBuckets: 2, gapSiteId: aalten });
    expect(one.contactPerHour.map((hour) => hour.points)).toEqual([1, 1]);
  });
});

describe('GET /api/v1/cp/evaluation/export', () => {
  it('gives each point its anonymised set: no names, phones, streets or house numbers, postcode as area', async () => {
    const { coordinator } = await twoPoints();
    const response = await coordinator.get('/api/v1/cp/evaluation/export');
    expect(response.statusCode).toBe(200);
    const body = response.json<EvaluationExportResponse>();
    expect(body.points.map((point) => point.point)).toEqual(['Aalten', 'Dinxperlo']);
    const dinxperlo = body.points[1].data;
    expect(dinxperlo.visits).toHaveLength(3);
    expect(dinxperlo.visits[0]).toEqual({
      visit: 1,
      household: 1,
      arrivedAt: at(-24 * 60),
      leftAt: '',
      adults: 1,
      children: 0,
      residence: 'address',
      postcodeArea: '7091',
      language: 'nl',
      needs: ['warmth'],
    });
    expect(dinxperlo.reports[0]).toMatchObject({ report: 1, madeToDeliveredSeconds: 240, deliveredToAcknowledgedSeconds: 120, madeToHelpSeconds: 540 });
    expect(body.points[0].data.stock).toEqual([expect.objectContaining({ item: 'Drinkwater', issued: 6, received: 50 })]);
    // Link uptime from the contact log: every push came at T0, the export is asked at T0+10.
    expect(body.points[1].contact).toMatchObject({ buckets: 2, contactBuckets: 1, share: 0.5, longestGapMs: 5 * MIN });
    for (const secret of ['Jansen', '0612345678', 'Kerkstraat', '7091 AB', 'Piet', 'onwel']) expect(response.body).not.toContain(secret);
  });
});
