/**
 * /api/v1/cp/admin: points, enrollment codes (text and QR), devices and their revocation,
 * accounts. Admins only: a coordinator gets 403, nobody signed in 401.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DevicesResponse, DeviceView, EnrollmentCodeView, SitesResponse, SiteView, UsersResponse } from '../../src/domain/coordinatorApi';
import { startDashboardApp, type DashboardTestApp } from './cp-fixture';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function dashboardApp(): Promise<DashboardTestApp> {
  current = await startDashboardApp();
  return current;
}

describe('/api/v1/cp/admin/sites', () => {
  it('lists points with their active tablets and adds a point', async () => {
    const t = await dashboardApp();
    await t.enroll('Dinxperlo');
    const admin = await t.signIn('admin');
    const added = await admin.post('/api/v1/cp/admin/sites', { name: 'Bredevoort', municipality: 'Aalten' });
    expect(added.statusCode).toBe(201);
    expect(added.json<SiteView>()).toMatchObject({ name: 'Bredevoort', municipality: 'Aalten', activeDevices: 0 });
    const { sites } = (await admin.get('/api/v1/cp/admin/sites')).json<SitesResponse>();
    expect(sites.map((site) => [site.name, site.activeDevices])).toEqual([
      ['Bredevoort', 0],
      ['Dinxperlo', 1],
    ]);
  });

  it('answers 409 for a name in use, 400 for bad input, 403 for a coordinator, 401 without session', async () => {
    const t = await dashboardApp();
    const admin = await t.signIn('admin');
    await admin.post('/api/v1/cp/admin/sites', { name: 'Bredevoort', municipality: 'Aalten' });
    expect((await admin.post('/api/v1/cp/admin/sites', { name: 'BREDEVOORT', municipality: 'Aalten' })).statusCode).toBe(409);
    for (const body of [{}, { name: '', municipality: 'Aalten' }, { name: 'x'.repeat(81), municipality: 'A' }]) {
      expect((await admin.post('/api/v1/cp/admin/sites', body)).statusCode).toBe(400);
    }
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.get('/api/v1/cp/admin/sites')).statusCode).toBe(403);
    expect((await coordinator.post('/api/v1/cp/admin/sites', { name: 'Lintelo', municipality: 'Aalten' })).statusCode).toBe(403);
    expect((await t.anonymous.get('/api/v1/cp/admin/sites')).statusCode).toBe(401);
    expect(await t.storage.findSite('Lintelo')).toBeNull();
  });
});

describe('POST /api/v1/cp/admin/sites/:id/enrollment-codes', () => {
  it('makes a single-use code, as text and as a QR code, that enrolls a tablet of that point', async () => {
    const t = await dashboardApp();
    const site = await t.storage.createSite({ name: 'Bredevoort', municipality: 'Aalten' });
    const admin = await t.signIn('admin');
    const response = await admin.post(`/api/v1/cp/admin/sites/${site.id}/enrollment-codes`, { validHours: 2 });
    expect(response.statusCode).toBe(201);
    const view = response.json<EnrollmentCodeView>();
    expect(view.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(view.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(Date.parse(view.expiresAt) - Date.now()).toBeGreaterThan(1.9 * 3600_000);
    expect(Date.parse(view.expiresAt) - Date.now()).toBeLessThan(2.1 * 3600_000);

    const enroll = (code: string) => t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code, deviceName: 'Balie' } });
    const enrolled = await enroll(view.code);
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json<{ siteId: string }>().siteId).toBe(site.id);
    expect((await enroll(view.code)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown point, 400 for bad input, 403 for a coordinator', async () => {
    const t = await dashboardApp();
    const site = await t.storage.createSite({ name: 'Bredevoort', municipality: 'Aalten' });
    const admin = await t.signIn('admin');
    expect((await admin.post(`/api/v1/cp/admin/sites/${randomUUID()}/enrollment-codes`, {})).statusCode).toBe(404);
    expect((await admin.post('/api/v1/cp/admin/sites/Bredevoort/enrollment-codes', {})).statusCode).toBe(400);
    expect((await admin.post(`/api/v1/cp/admin/sites/${site.id}/enrollment-codes`, { validHours: 10_000 })).statusCode).toBe(400);
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.post(`/api/v1/cp/admin/sites/${site.id}/enrollment-codes`, {})).statusCode).toBe(403);
    expect((await t.anonymous.post(`/api/v1/cp/admin/sites/${site.id}/enrollment-codes`, {})).statusCode).toBe(401);
  });
});

describe('/api/v1/cp/admin/devices', () => {
  it('lists tablets (all or of one point) and revokes one, whose token then stops working', async () => {
    const t = await dashboardApp();
    const desk = await t.enroll('Dinxperlo', 'Balie');
    await t.enroll('Aalten', 'Balie Aalten');
    const admin = await t.signIn('admin');
    const all = (await admin.get('/api/v1/cp/admin/devices')).json<DevicesResponse>().devices;
    expect(all.map((device) => device.siteName).sort()).toEqual(['Aalten', 'Dinxperlo']);
    const mine = (await admin.get(`/api/v1/cp/admin/devices?siteId=${desk.siteId}`)).json<DevicesResponse>().devices;
    expect(mine).toEqual([expect.objectContaining({ id: desk.deviceId, name: 'Balie', siteName: 'Dinxperlo', revokedAt: null })]);
    expect(JSON.stringify(all)).not.toContain(desk.token);

    const revoked = await admin.post(`/api/v1/cp/admin/devices/${desk.deviceId}/revoke`, {});
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<DeviceView>().revokedAt).toEqual(expect.any(String));
    expect((await t.pull(desk.token)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown device or point, 400 for malformed ids, 403 for a coordinator, 401 without session', async () => {
    const t = await dashboardApp();
    const desk = await t.enroll();
    const admin = await t.signIn('admin');
    expect((await admin.post(`/api/v1/cp/admin/devices/${randomUUID()}/revoke`, {})).statusCode).toBe(404);
    expect((await admin.post('/api/v1/cp/admin/devices/zzz/revoke', {})).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/cp/admin/devices?siteId=${randomUUID()}`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/cp/admin/devices?siteId=x')).statusCode).toBe(400);
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.get('/api/v1/cp/admin/devices')).statusCode).toBe(403);
    expect((await coordinator.post(`/api/v1/cp/admin/devices/${desk.deviceId}/revoke`, {})).statusCode).toBe(403);
    expect((await t.anonymous.post(`/api/v1/cp/admin/devices/${desk.deviceId}/revoke`, {})).statusCode).toBe(401);
    expect((await t.pull(desk.token)).statusCode).toBe(200);
  });
});

describe('/api/v1/cp/admin/users', () => {
  it('lists and adds accounts; the new account can sign in with its role', async () => {
    const t = await dashboardApp();
    const admin = await t.signIn('admin', 'Anna');
    const added = await admin.post('/api/v1/cp/admin/users', { name: 'Jan', role: 'coordinator', password: 'een lang wachtwoord' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ id: expect.any(String), name: 'Jan', role: 'coordinator', createdAt: expect.any(String) });
    const { users } = (await admin.get('/api/v1/cp/admin/users')).json<UsersResponse>();
    expect(users.map((user) => [user.name, user.role])).toEqual([
      ['Anna', 'admin'],
      ['Jan', 'coordinator'],
    ]);
    const login = await t.login('jan', 'een lang wachtwoord');
    expect(login.json<{ user: { role: string } }>().user.role).toBe('coordinator');
  });

  it('answers 409 for a name in use, 400 for a short password or bad role, 403 for a coordinator, 401 without session', async () => {
    const t = await dashboardApp();
    const admin = await t.signIn('admin', 'Anna');
    expect((await admin.post('/api/v1/cp/admin/users', { name: 'ANNA', role: 'coordinator', password: 'een lang wachtwoord' })).statusCode).toBe(409);
    expect((await admin.post('/api/v1/cp/admin/users', { name: 'Jan', role: 'coordinator', password: 'kort' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/cp/admin/users', { name: 'Jan', role: 'root', password: 'een lang wachtwoord' })).statusCode).toBe(400);
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.get('/api/v1/cp/admin/users')).statusCode).toBe(403);
    const escalate = await coordinator.post('/api/v1/cp/admin/users', { name: 'Mallory', role: 'admin', password: 'een lang wachtwoord' });
    expect(escalate.statusCode).toBe(403);
    expect(await t.storage.findUserByName('Mallory')).toBeNull();
    expect((await t.anonymous.get('/api/v1/cp/admin/users')).statusCode).toBe(401);
  });
});
