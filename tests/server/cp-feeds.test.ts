/** GET /api/v1/cp/signals and /helper-offers: from every point, newest first, filterable. */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HelperOffersResponse, SignalsResponse } from '../../src/domain/coordinatorApi';
import { pushFrom, startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { signalPayload } from './helpers';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

describe('GET /api/v1/cp/signals', () => {
  it('lists the signals of every point, newest first, filtered by point, category, time and text', async () => {
    const t = (current = await startDashboardApp());
    const dinxperlo = await t.enroll('Dinxperlo');
    const aalten = await t.enroll('Aalten');
    const water = await pushFrom(t, dinxperlo, 'signal.created', { ...signalPayload('Geen waterdruk in de Kerkstraat'), location: 'Kerkstraat' });
    const care = await pushFrom(t, aalten, 'signal.created', { ...signalPayload('Oudere dame alleen thuis, geen verwarming'), category: 'care' });
    const coordinator = await t.signIn();
    const ids = async (query = '') => {
      const response = await coordinator.get(`/api/v1/cp/signals${query}`);
      expect(response.statusCode).toBe(200);
      return response.json<SignalsResponse>().signals.map((signal) => signal.id);
    };
    expect(await ids()).toEqual([care.id, water.id]);
    expect((await coordinator.get('/api/v1/cp/signals')).json<SignalsResponse>().signals[0]).toMatchObject({ siteName: 'Aalten', signal: { category: 'care' } });
    expect(await ids(`?siteId=${dinxperlo.siteId}`)).toEqual([water.id]);
    expect(await ids('?category=care')).toEqual([care.id]);
    expect(await ids('?q=KERKSTRAAT')).toEqual([water.id]);
    expect(await ids(`?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
  });

  it('answers 400 for a bad filter, 404 for an unknown point, 401 without session', async () => {
    const t = (current = await startDashboardApp());
    const coordinator = await t.signIn();
    expect((await coordinator.get('/api/v1/cp/signals?category=gossip')).statusCode).toBe(400);
    expect((await coordinator.get('/api/v1/cp/signals?since=yesterday')).statusCode).toBe(400);
    expect((await coordinator.get('/api/v1/cp/signals?siteId=abc')).statusCode).toBe(400);
    expect((await coordinator.get(`/api/v1/cp/signals?siteId=${randomUUID()}`)).statusCode).toBe(404);
    expect((await t.anonymous.get('/api/v1/cp/signals')).statusCode).toBe(401);
  });
});

describe('GET /api/v1/cp/helper-offers', () => {
  it('lists helper offers of every point, filtered by point and text', async () => {
    const t = (current = await startDashboardApp());
    const dinxperlo = await t.enroll('Dinxperlo');
    const aalten = await t.enroll('Aalten');
    const at = new Date().toISOString();
    const tractor = await pushFrom(t, dinxperlo, 'helper.offered', { id: randomUUID(), name: 'Henk', offer: 'Tractor met aggregaat', contact: 'Via de balie', at });
    const soup = await pushFrom(t, aalten, 'helper.offered', { id: randomUUID(), name: 'Buurtvereniging', offer: 'Soep voor 40 mensen', at });
    const coordinator = await t.signIn();
    const ids = async (query = '') => (await coordinator.get(`/api/v1/cp/helper-offers${query}`)).json<HelperOffersResponse>().offers.map((o) => o.id);
    expect(await ids()).toEqual([soup.id, tractor.id]);
    expect(await ids(`?siteId=${aalten.siteId}`)).toEqual([soup.id]);
    expect(await ids('?q=aggregaat')).toEqual([tractor.id]);
    expect((await coordinator.get(`/api/v1/cp/helper-offers?siteId=${randomUUID()}`)).statusCode).toBe(404);
    expect((await coordinator.get('/api/v1/cp/helper-offers?q=' + 'x'.repeat(101))).statusCode).toBe(400);
    expect((await t.anonymous.get('/api/v1/cp/helper-offers')).statusCode).toBe(401);
  });
});
