/**
 * GET /api/v1/sync/pull: the changes a tablet's site may see (its own site's, from every device
 * and from the coordination point, plus broadcasts), in server order after its cursor.
 *
 * `withOwn=false` leaves out the messages the asking device pushed itself: it wrote them and
 * keeps them, so sending them back only costs the link. After an outage that was the tablet's
 * whole backlog coming back down the satellite link it had just pushed it up (20,000 messages
 * at 2 Mbit/s: 12.6 s and 1.9 MiB; BENCHMARKS.md, section 4), and then applied again. The
 * cursor still moves past them (server/storage/types.ts, `pullPage`).
 * Without the parameter a pull answers as the sync contract (DESIGN.md) says, own messages
 * included; the app always sends it (src/sync/transport.ts).
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { describeIssues, type PullResponse } from '../../src/domain';
import { ApiError } from '../errors';
import { authenticateDevice, authenticatedDevice } from '../plugins/device-auth';
import type { Storage } from '../storage';
import { recordDeviceSeen } from './device-clock';

export const PULL_LIMIT_DEFAULT = 500;
export const PULL_LIMIT_MAX = 1000;

/** Query strings arrive as text; a repeated parameter arrives as an array and fails the number check. */
const PullQuerySchema = z.object({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(PULL_LIMIT_MAX).default(PULL_LIMIT_DEFAULT),
  siteId: z.string().optional(),
  withOwn: z.enum(['true', 'false']).default('true'),
});

export const syncPullRoutes: FastifyPluginAsync<{ storage: Storage; now: () => Date }> = async (app, { storage, now }) => {
  app.get<{ Querystring: unknown; Reply: PullResponse }>(
    '/api/v1/sync/pull',
    { onRequest: authenticateDevice(storage) },
    async (request, reply) => {
      const device = authenticatedDevice(request);
      const query = PullQuerySchema.safeParse(request.query);
      if (!query.success) {
        throw new ApiError(400, 'bad_request', `Use ?after=<cursor>&limit=<1..${PULL_LIMIT_MAX}>[&withOwn=false]: ${describeIssues(query.error)}`);
      }
      if (query.data.siteId !== undefined && query.data.siteId !== device.siteId) {
        throw new ApiError(403, 'wrong_site', "This device may only pull its own site's changes.");
      }
      const { after, limit, withOwn } = query.data;
      const page = await storage.pull({ siteId: device.siteId, after, limit, exceptDeviceId: withOwn === 'false' ? device.id : undefined });
      await recordDeviceSeen(storage, request, device, now());
      reply.header('cache-control', 'no-store');
      return page;
    },
  );
};
