/**
 * POST /api/v1/sync/push: a tablet delivers its outbox. Every message gets its own answer, in
 * request order; one bad message is `rejected` and never fails the rest of its batch. Only a
 * bad token (401), a body that is not {messages: [...]} (400), a body over the limit (413) or a
 * message for another site (403) fail the whole request.
 */
import type { FastifyPluginAsync } from 'fastify';
import { describeIssues, PushRequestSchema, type PushResponse, type PushResult } from '../../src/domain';
import { ApiError } from '../errors';
import { authenticateDevice, authenticatedDevice } from '../plugins/device-auth';
import { logWith } from '../plugins/request-log';
import { storeDeviceMessages } from '../push-messages';
import type { Device, Storage } from '../storage';
import { recordDeviceSeen } from './device-clock';

/**
 * Checks the body's shape and hands its messages on. The request lets go of its parsed body
 * here: the handler waits for the database with `request` in hand, and in a reconnect storm
 * hundreds of pushes wait at once; their parsed messages are not needed once checked
 * (push-messages.ts).
 */
function storePushedBody(storage: Storage, request: { body: unknown }, device: Pick<Device, 'id' | 'siteId'>, receivedAt: Date): Promise<PushResult[]> {
  const parsed = PushRequestSchema.safeParse(request.body);
  if (!parsed.success) {
    throw new ApiError(400, 'bad_request', `The body must be {messages: [...]}: ${describeIssues(parsed.error)}`);
  }
  request.body = undefined;
  return storeDeviceMessages(storage, device, parsed.data.messages, receivedAt);
}

export const syncPushRoutes: FastifyPluginAsync<{ storage: Storage; now: () => Date }> = async (app, { storage, now }) => {
  app.post<{ Body: unknown; Reply: PushResponse }>(
    '/api/v1/sync/push',
    { onRequest: authenticateDevice(storage) },
    async (request, reply) => {
      const device = authenticatedDevice(request);
      const receivedAt = now();
      const results = await storePushedBody(storage, request, device, receivedAt);

      await recordDeviceSeen(storage, request, device, receivedAt);
      const rejected = results.filter((result) => result.status === 'rejected').length;
      logWith(request, { deviceId: device.id, messages: results.length, rejected });
      reply.header('cache-control', 'no-store');
      return { results };
    },
  );
};
