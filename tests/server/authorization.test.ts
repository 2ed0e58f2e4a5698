/**
 * The authorization matrix across both APIs: every identity against every route, each gets
 * exactly what it may. Tablet routes take a device token; dashboard routes take a coordinator
 * session. Neither credential opens the other's door.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRouteTable } from '../../server/cp';
import type { EnrollResponse } from '../../src/domain';
import { sessionCookieOf, startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { signalMessage } from './helpers';

let t: DashboardTestApp;
let deviceA: EnrollResponse;
let deviceB: EnrollResponse;
let revoked: EnrollResponse;
let coordinatorCookie: string;
let adminCookie: string;

beforeAll(async () => {
  t = await startDashboardApp({ enrollRateLimit: { max: 1000 } });
  deviceA = await t.enroll('Dinxperlo', 'Balie A');
  deviceB = await t.enroll('Aalten', 'Balie B');
  revoked = await t.enroll('Dinxperlo', 'Oude tablet');
  await t.storage.revokeDevice(revoked.deviceId);
  await t.createAccount('Ria', 'coordinator');
  await t.createAccount('Ad', 'admin');
  coordinatorCookie = sessionCookieOf(await t.login('Ria', 'correct horse battery'));
  adminCookie = sessionCookieOf(await t.login('Ad', 'correct horse battery'));
});
afterAll(async () => t?.close());

type Identity = { name: string; headers: () => Record<string, string> };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const identities: Identity[] = [
  { name: 'nobody', headers: () => ({}) },
  { name: 'forged token', headers: () => bearer(randomUUID()) },
  { name: 'revoked tablet', headers: () => bearer(revoked.token) },
  { name: 'tablet of point A', headers: () => bearer(deviceA.token) },
  { name: 'coordinator session', headers: () => ({ cookie: coordinatorCookie }) },
  { name: 'admin session', headers: () => ({ cookie: adminCookie }) },
];

const push = (headers: Record<string, string>, siteId: string, deviceId: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sync/push', headers: { ...headers, 'content-type': 'application/json' }, payload: { messages: [signalMessage({ siteId, deviceId })] } });
const pull = (headers: Record<string, string>, query = '') => t.app.inject({ method: 'GET', url: `/api/v1/sync/pull?after=0${query}`, headers });

describe('tablet routes', () => {
  it.each(identities)('push and pull as $name', async (identity) => {
    const own = identity.name === 'tablet of point A';
    const pushStatus = (await push(identity.headers(), deviceA.siteId, deviceA.deviceId)).statusCode;
    const pullStatus = (await pull(identity.headers())).statusCode;
    expect([pushStatus, pullStatus]).toEqual(own ? [200, 200] : [401, 401]);
  });

  it("refuses a tablet writing or reading another point's records (403)", async () => {
    expect((await push(bearer(deviceA.token), deviceB.siteId, deviceA.deviceId)).statusCode).toBe(403);
    expect((await pull(bearer(deviceA.token), `&siteId=${deviceB.siteId}`)).statusCode).toBe(403);
    const seen = (await pull(bearer(deviceB.token))).json<{ changes: { siteId: string }[] }>().changes;
    expect(seen.every((change) => change.siteId !== deviceA.siteId)).toBe(true);
  });

  it('lets anyone ask for health and only a valid code enroll', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code: 'AAAA-BBBB', deviceName: 'x' } })).statusCode).toBe(401);
  });
});

describe('dashboard routes', () => {
  const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, randomUUID());
  const routes = dashboardRouteTable().filter((route) => route.access !== 'public' && !route.url.endsWith('/logout'));

  it.each(identities)('every dashboard route as $name', async (identity) => {
    for (const route of routes) {
      const response = await t.app.inject({ method: route.method as 'GET' | 'POST', url: concrete(route.url), headers: { ...identity.headers(), 'x-requested-with': 'test' }, payload: route.method === 'POST' ? {} : undefined });
      const label = `${identity.name}: ${route.method} ${route.url}`;
      if (identity.name === 'admin session') expect([401, 403], label).not.toContain(response.statusCode);
      else if (identity.name === 'coordinator session') expect(response.statusCode === 403, label).toBe(route.access === 'admin');
      else expect(response.statusCode, label).toBe(401); // a tablet token is no dashboard login
    }
  });
});
