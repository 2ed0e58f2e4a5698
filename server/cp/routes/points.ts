/** GET /points: every point at a glance, computed from what its tablets sent. */
import type { FastifyPluginAsync } from 'fastify';
import { PointsResponseSchema } from '../../../src/domain/coordinatorApi';
import type { DashboardContext } from '../context';
import { output } from '../validate';
import { pointView } from '../views';

export const pointRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { storage, now, picture, silentAfterMinutes } = context;

  app.get('/points', { config: { access: 'coordinator' } }, async () => {
    const [sites, devices] = await Promise.all([storage.listSites(), storage.listDevices(), picture.refresh()]);
    const at = now();
    const points = sites.map((site) => pointView(picture, site, devices, at, silentAfterMinutes));
    return output(PointsResponseSchema, { points, serverTime: at.toISOString() });
  });
};
