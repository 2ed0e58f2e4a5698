/**
 * Administration of the coordination point (admins only): points (sites), enrollment codes
 * for their tablets (text and QR), devices and their revocation, dashboard accounts.
 */
import type { FastifyPluginAsync } from 'fastify';
import QRCode from 'qrcode';
import {
  DevicesQuerySchema,
  DevicesResponseSchema,
  DeviceViewSchema,
  EnrollmentCodeRequestSchema,
  EnrollmentCodeViewSchema,
  SiteDraftSchema,
  SitesResponseSchema,
  SiteViewSchema,
  UserDraftSchema,
  UsersResponseSchema,
  CoordinatorUserSchema,
} from '../../../src/domain/coordinatorApi';
import { issueEnrollmentCode } from '../../auth';
import { ApiError } from '../../errors';
import { SiteNameTakenError, UserNameTakenError, type Device, type Site } from '../../storage';
import { requireSite, type DashboardContext } from '../context';
import { hashPassword } from '../passwords';
import { authenticatedCoordinator } from '../sessions';
import { output, parseId, parseInput } from '../validate';

function deviceView(device: Device, sites: Map<string, Site>) {
  return { ...device, siteName: sites.get(device.siteId)?.name ?? '?' };
}

export const adminRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { storage, now } = context;
  const admin = { config: { access: 'admin' as const } };

  app.get('/admin/sites', admin, async () => {
    const [sites, devices] = await Promise.all([storage.listSites(), storage.listDevices()]);
    return output(SitesResponseSchema, {
      sites: sites.map((site) => ({ ...site, activeDevices: devices.filter((device) => device.siteId === site.id && !device.revokedAt).length })),
    });
  });

  app.post('/admin/sites', admin, async (request, reply) => {
    const { user } = authenticatedCoordinator(request);
    const draft = parseInput(SiteDraftSchema, request.body, 'Send {name, municipality}');
    try {
      const site = await storage.createSite(draft);
      request.log.info({ event: 'site_added', siteId: site.id, userId: user.id }, 'site added');
      return reply.code(201).send(output(SiteViewSchema, { ...site, activeDevices: 0 }));
    } catch (error) {
      if (error instanceof SiteNameTakenError) throw new ApiError(409, 'site_name_taken', `There is already a point named "${draft.name}".`);
      throw error;
    }
  });

  app.post<{ Params: { id: string } }>('/admin/sites/:id/enrollment-codes', admin, async (request, reply) => {
    const { user } = authenticatedCoordinator(request);
    const siteId = parseId(request.params.id, 'site id');
    const { validHours } = parseInput(EnrollmentCodeRequestSchema, request.body ?? {}, 'Send {validHours?}');
    const site = await requireSite(context, siteId);
    const { code, expiresAt } = await issueEnrollmentCode(storage, site.id, { validHours, now: now() });
    const qrSvg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    request.log.info({ event: 'enrollment_code', siteId, userId: user.id }, 'enrollment code made');
    reply.header('cache-control', 'no-store');
    return reply.code(201).send(output(EnrollmentCodeViewSchema, { siteId, siteName: site.name, code, expiresAt: expiresAt.toISOString(), qrSvg }));
  });

  app.get('/admin/devices', admin, async (request) => {
    const { siteId } = parseInput(DevicesQuerySchema, request.query, 'Use ?siteId=');
    if (siteId) await requireSite(context, siteId);
    const [sites, devices] = await Promise.all([storage.listSites(), storage.listDevices(siteId)]);
    const byId = new Map(sites.map((site) => [site.id, site]));
    return output(DevicesResponseSchema, { devices: devices.map((device) => deviceView(device, byId)) });
  });

  app.post<{ Params: { id: string } }>('/admin/devices/:id/revoke', admin, async (request) => {
    const { user } = authenticatedCoordinator(request);
    const id = parseId(request.params.id, 'device id');
    if (!(await storage.revokeDevice(id, now()))) throw new ApiError(404, 'device_not_found', 'There is no tablet with this id.');
    const device = await storage.findDevice(id);
    if (!device) throw new ApiError(404, 'device_not_found', 'There is no tablet with this id.');
    request.log.info({ event: 'device_revoked', deviceId: id, userId: user.id }, 'device revoked');
    const sites = new Map((await storage.listSites()).map((site) => [site.id, site]));
    return output(DeviceViewSchema, deviceView(device, sites));
  });

  app.get('/admin/users', admin, async () => output(UsersResponseSchema, { users: await storage.listUsers() }));

  app.post('/admin/users', admin, async (request, reply) => {
    const { user: by } = authenticatedCoordinator(request);
    const draft = parseInput(UserDraftSchema, request.body, 'Send {name, role, password}');
    try {
      const user = await storage.createUser({ name: draft.name, role: draft.role, passwordHash: await hashPassword(draft.password) });
      request.log.info({ event: 'user_added', userId: user.id, role: user.role, by: by.id }, 'dashboard account added');
      return reply.code(201).send(output(CoordinatorUserSchema, user));
    } catch (error) {
      if (error instanceof UserNameTakenError) throw new ApiError(409, 'user_name_taken', `There is already an account named "${draft.name}".`);
      throw error;
    }
  });
};
