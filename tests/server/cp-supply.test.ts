/**
 * /api/v1/cp/supply-requests: requests from the points, answered with approve (other
 * quantities allowed), dispatched with expected arrival, or declined; the answer reaches the
 * requesting point only.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnrollResponse, PayloadOf, PullResponse } from '../../src/domain';
import type { SupplyRequestsResponse, SupplyRequestView } from '../../src/domain/coordinatorApi';
import { pushFrom, startDashboardApp, type DashboardTestApp } from './cp-fixture';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const WATER = randomUUID();
const BLANKETS = randomUUID();

function supplyRequest(urgency: 'normal' | 'urgent' | 'critical' = 'urgent'): PayloadOf<'supply.requested'> {
  return {
    id: randomUUID(),
    items: [
      { itemId: WATER, name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'l', quantity: 500 },
      { itemId: BLANKETS, name: { nl: 'Dekens', de: 'Decken' }, unit: 'stuks', quantity: 40 },
    ],
    urgency,
    note: 'Veel ouderen vannacht',
    by: 'Locatieleider',
    at: new Date().toISOString(),
  };
}

async function updatesPulledBy(t: DashboardTestApp, device: EnrollResponse) {
  const page = (await t.pull(device.token)).json<PullResponse>();
  return page.changes.filter((change) => change.type === 'supply.updated').map((change) => change.payload as PayloadOf<'supply.updated'>);
}

describe('GET /api/v1/cp/supply-requests', () => {
  it('lists open requests of every point, most urgent first; ?status=all includes finished ones', async () => {
    const t = (current = await startDashboardApp());
    const dinxperlo = await t.enroll('Dinxperlo');
    const aalten = await t.enroll('Aalten');
    const normal = await pushFrom(t, dinxperlo, 'supply.requested', supplyRequest('normal'));
    const critical = await pushFrom(t, aalten, 'supply.requested', supplyRequest('critical'));
    const declined = await pushFrom(t, aalten, 'supply.requested', supplyRequest('urgent'));
    const coordinator = await t.signIn();
    await coordinator.post(`/api/v1/cp/supply-requests/${declined.payload.id}/status`, { status: 'declined', note: 'Komt via gemeente' });

    const open = (await coordinator.get('/api/v1/cp/supply-requests')).json<SupplyRequestsResponse>().requests;
    expect(open.map((request) => request.id)).toEqual([critical.payload.id, normal.payload.id]);
    expect(open[0]).toMatchObject({ siteName: 'Aalten', status: 'requested', request: { urgency: 'critical' } });
    const all = (await coordinator.get('/api/v1/cp/supply-requests?status=all')).json<SupplyRequestsResponse>().requests;
    expect(all.map((request) => request.status)).toEqual(['requested', 'requested', 'declined']);
    expect((await coordinator.get('/api/v1/cp/supply-requests?status=x')).statusCode).toBe(400);
    expect((await t.anonymous.get('/api/v1/cp/supply-requests')).statusCode).toBe(401);
  });
});

describe('POST /api/v1/cp/supply-requests/:id/status', () => {
  it('approves with other quantities and dispatches with an expected arrival; only the requesting point pulls it', async () => {
    const t = (current = await startDashboardApp());
    const point = await t.enroll('Dinxperlo');
    const other = await t.enroll('Aalten');
    const request = await pushFrom(t, point, 'supply.requested', supplyRequest());
    const coordinator = await t.signIn('coordinator', 'Ria');
    const url = `/api/v1/cp/supply-requests/${request.payload.id}/status`;

    const approved = await coordinator.post(url, { status: 'approved', items: [{ itemId: WATER, quantity: 300 }, { itemId: BLANKETS, quantity: 40 }], note: 'Minder water beschikbaar' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json<SupplyRequestView>().status).toBe('approved');
    const expectedAt = new Date(Date.now() + 3 * 3600_000).toISOString();
    const dispatched = await coordinator.post(url, { status: 'dispatched', expectedAt });
    expect(dispatched.json<SupplyRequestView>()).toMatchObject({ status: 'dispatched', updates: [{ status: 'approved', by: 'Ria' }, { status: 'dispatched', expectedAt }] });

    expect(await updatesPulledBy(t, point)).toEqual([
      expect.objectContaining({ requestId: request.payload.id, status: 'approved', items: [{ itemId: WATER, quantity: 300 }, { itemId: BLANKETS, quantity: 40 }] }),
      expect.objectContaining({ requestId: request.payload.id, status: 'dispatched', expectedAt }),
    ]);
    expect(await updatesPulledBy(t, other)).toEqual([]);
  });

  it('answers 409 for an answer that does not fit where the request stands, e.g. after the point received it', async () => {
    const t = (current = await startDashboardApp());
    const point = await t.enroll();
    const request = await pushFrom(t, point, 'supply.requested', supplyRequest());
    const coordinator = await t.signIn();
    const url = `/api/v1/cp/supply-requests/${request.payload.id}/status`;
    await coordinator.post(url, { status: 'dispatched', expectedAt: new Date().toISOString() });
    expect((await coordinator.post(url, { status: 'approved' })).statusCode).toBe(409);
    await pushFrom(t, point, 'supply.received', { requestId: request.payload.id, by: 'Balie', at: new Date().toISOString() });
    expect((await coordinator.post(url, { status: 'declined', note: 'te laat' })).statusCode).toBe(409);
    expect((await coordinator.get('/api/v1/cp/supply-requests?status=all')).json<SupplyRequestsResponse>().requests[0].status).toBe('received');
  });

  it('answers 400 for a dispatch without arrival time, a decline without reason, or an item that was not asked for', async () => {
    const t = (current = await startDashboardApp());
    const point = await t.enroll();
    const request = await pushFrom(t, point, 'supply.requested', supplyRequest());
    const coordinator = await t.signIn();
    const url = `/api/v1/cp/supply-requests/${request.payload.id}/status`;
    for (const body of [
      { status: 'dispatched' },
      { status: 'declined' },
      { status: 'approved', items: [{ itemId: randomUUID(), quantity: 5 }] },
      { status: 'approved', items: [{ itemId: WATER, quantity: -1 }] },
      { status: 'received' },
    ]) {
      expect((await coordinator.post(url, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await updatesPulledBy(t, point)).toEqual([]);
  });

  it('answers 404 for an unknown request, 400 for a malformed id, 401 without session', async () => {
    const t = (current = await startDashboardApp());
    const coordinator = await t.signIn();
    expect((await coordinator.post(`/api/v1/cp/supply-requests/${randomUUID()}/status`, { status: 'approved' })).statusCode).toBe(404);
    expect((await coordinator.post('/api/v1/cp/supply-requests/42/status', { status: 'approved' })).statusCode).toBe(400);
    expect((await t.anonymous.post(`/api/v1/cp/supply-requests/${randomUUID()}/status`, { status: 'approved' })).statusCode).toBe(401);
  });
});
