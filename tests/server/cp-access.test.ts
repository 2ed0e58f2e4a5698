/**
 * Who may call which dashboard route, over the route table itself: every route declares its
 * access level; nobody signed in gets 401 everywhere but login; a coordinator gets 403 on every
 * admin route; a state-changing request without the CSRF header gets 403. A new route is
 * covered without touching this file.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRouteTable } from '../../server/cp';
import { startDashboardApp, type Caller, type DashboardTestApp } from './cp-fixture';

let t: DashboardTestApp;
let coordinator: Caller;
let admin: Caller;

beforeAll(async () => {
  t = await startDashboardApp();
  coordinator = await t.signIn('coordinator');
  admin = await t.signIn('admin');
});
afterAll(async () => {
  await t?.close();
});

const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, randomUUID());
const call = (caller: Caller, method: string, url: string, headers?: Record<string, string>) =>
  method === 'GET' ? caller.get(concrete(url)) : caller.post(concrete(url), {}, headers);

describe('dashboard route table', () => {
  it('holds every dashboard route with its access level', () => {
    expect(dashboardRouteTable().map((route) => `${route.access.padEnd(11)} ${route.method} ${route.url}`)).toEqual([
      'admin       GET /api/v1/cp/admin/devices',
      'admin       POST /api/v1/cp/admin/devices/:id/revoke',
      'admin       GET /api/v1/cp/admin/sites',
      'admin       POST /api/v1/cp/admin/sites',
      'admin       POST /api/v1/cp/admin/sites/:id/enrollment-codes',
      'admin       GET /api/v1/cp/admin/users',
      'admin       POST /api/v1/cp/admin/users',
      'public      POST /api/v1/cp/auth/login',
      'coordinator POST /api/v1/cp/auth/logout',
      'coordinator GET /api/v1/cp/auth/session',
      'coordinator GET /api/v1/cp/bulletins',
      'coordinator POST /api/v1/cp/bulletins',
      'coordinator POST /api/v1/cp/bulletins/:id/withdraw',
      'coordinator GET /api/v1/cp/evaluation',
      'coordinator GET /api/v1/cp/evaluation/export',
      'coordinator GET /api/v1/cp/helper-offers',
      'coordinator GET /api/v1/cp/points',
      'coordinator GET /api/v1/cp/pulse',
      'coordinator POST /api/v1/cp/relay/import',
      'coordinator GET /api/v1/cp/reports',
      'coordinator GET /api/v1/cp/reports/:id',
      'coordinator POST /api/v1/cp/reports/:id/status',
      'coordinator GET /api/v1/cp/signals',
      'coordinator GET /api/v1/cp/supply-requests',
      'coordinator POST /api/v1/cp/supply-requests/:id/status',
    ]);
  });

  it('answers 401 to nobody signed in on every route but login', async () => {
    for (const route of dashboardRouteTable().filter((r) => r.access !== 'public')) {
      const response = await call(t.anonymous, route.method, route.url);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('answers 403 to a coordinator on every admin route, and not on the others', async () => {
    for (const route of dashboardRouteTable().filter((r) => r.access !== 'public')) {
      if (route.url.endsWith('/logout')) continue;
      const response = await call(coordinator, route.method, route.url);
      if (route.access === 'admin') expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      else expect(response.statusCode, `${route.method} ${route.url}`).not.toBe(403);
    }
  });

  it('lets an admin through on every route', async () => {
    for (const route of dashboardRouteTable().filter((r) => r.access !== 'public' && !r.url.endsWith('/logout'))) {
      const response = await call(admin, route.method, route.url);
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(response.statusCode);
    }
  });

  it('answers 403 to every state-changing request without the X-Requested-With header', async () => {
    for (const route of dashboardRouteTable().filter((r) => r.method !== 'GET')) {
      const response = await call(admin, route.method, route.url, { 'x-requested-with': '' });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(response.json<{ error: string }>().error).toBe('csrf_header_missing');
    }
  });
});
