/**
 * Enrollment: a tablet trades a single-use code, made at the coordination point for one site,
 * for its own device token. Rate-limited per IP because codes are short enough to guess at.
 */
import type { FastifyPluginAsync } from 'fastify';
import { describeIssues, EnrollRequestSchema, type EnrollResponse } from '../../src/domain';
import { generateDeviceToken, hashSecret, redeemEnrollmentCode } from '../auth';
import { ApiError } from '../errors';
import type { Storage } from '../storage';

export interface EnrollRouteOptions {
  storage: Storage;
  now: () => Date;
  rateLimit: { max: number; timeWindowMs: number };
}

export const enrollRoutes: FastifyPluginAsync<EnrollRouteOptions> = async (app, { storage, now, rateLimit }) => {
  app.post<{ Body: unknown; Reply: EnrollResponse }>(
    '/api/v1/enroll',
    { config: { rateLimit: { max: rateLimit.max, timeWindow: rateLimit.timeWindowMs } } },
    async (request, reply) => {
      const parsed = EnrollRequestSchema.safeParse(request.body);
      if (!parsed.success) {
        throw new ApiError(400, 'bad_request', `Send {code, deviceName}: ${describeIssues(parsed.error)}`);
      }
      const site = await redeemEnrollmentCode(storage, parsed.data.code, now());
      if (!site) {
        throw new ApiError(
          401,
          'enrollment_code_invalid',
          'This enrollment code is unknown, already used or expired. Ask the coordination point for a new code.',
        );
      }
      const token = generateDeviceToken();
      const device = await storage.createDevice({ siteId: site.id, name: parsed.data.deviceName, tokenHash: hashSecret(token) });
      request.log.info({ deviceId: device.id, siteId: site.id }, 'device enrolled');
      // The token is a secret: no cache along the way may keep this answer.
      reply.header('cache-control', 'no-store');
      return { siteId: site.id, deviceId: device.id, token, siteName: site.name, municipality: site.municipality };
    },
  );
};
