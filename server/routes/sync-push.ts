/**
 * POST /api/v1/sync/push: a tablet delivers its outbox. Every message gets its own answer, in
 * request order; one bad message is `rejected` and never fails the rest of its batch. Only a
 * bad token (401), a body that is not {messages: [...]} (400), a body over the limit (413) or a
 * message for another site (403) fail the whole request.
 */
import type { FastifyPluginAsync } from 'fastify';
import { describeIssues, PushRequestSchema, type PushResponse } from '../../src/domain';
import { ApiError } from '../errors';
import { authenticateDevice, authenticatedDevice } from '../plugins/device-auth';
import { logWith } from '../plugins/request-log';
import { storeDeviceMessages } from '../push-messages';
import type { Storage } from '../storage';
import { recordDeviceSeen } from './device-clock';

export const syncPushRoutes: FastifyPluginAsync<{ storage: Storage; now: () => Date }> = async (app, { storage, now }) => {
  app.post<{ Body: unknown; Reply: PushResponse }>(
    '/api/v1/sync/push',
    { onRequest: authenticateDevice(storage) },
    async (request, reply) => {
      const device = authenticatedDevice(request);
      const parsed = PushRequestSchema.safeParse(request.body);
      if (!parsed.success) {
        throw new ApiError(400, 'bad_request', `The body must be {messages: [...]}: ${describeIssues(parsed.error)}`);
      }
      const { messages } = parsed.data;

      const receivedAt = now();
      const results = await storeDeviceMessages(storage, device, messages, receivedAt);

      await recordDeviceSeen(storage, request, device, receivedAt);
      const rejected = results.filter((result) => result.status === 'rejected').length;
      logWith(request, { deviceId: device.id, messages: messages.length, rejected });
      reply.header('cache-control', 'no-store');
      return { results };
    },
  );
};
