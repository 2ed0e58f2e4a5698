/**
 * POST /api/v1/sync/push: a tablet delivers its outbox. Every message gets its own answer, in
 * request order; one bad message is `rejected` and never fails the rest of its batch. Only a
 * bad token (401), a body that is not {messages: [...]} (400), a body over the limit (413) or a
 * message for another site (403) fail the whole request.
 */
import type { FastifyPluginAsync } from 'fastify';
import { checkEnvelope, describeIssues, PushRequestSchema, type PushResponse, type PushResult } from '../../src/domain';
import { ApiError } from '../errors';
import { authenticateDevice, authenticatedDevice } from '../plugins/device-auth';
import type { MessageRow, Storage } from '../storage';
import { recordDeviceSeen } from './device-clock';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id to answer a rejected message with; '' when it has none (results are also in request order). */
function idOf(raw: unknown): string {
  return isRecord(raw) && typeof raw.id === 'string' ? raw.id.slice(0, 200) : '';
}

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

      // Writing into another site is not a bad message but a device that must be stopped.
      for (const raw of messages) {
        if (isRecord(raw) && typeof raw.siteId === 'string' && raw.siteId !== device.siteId) {
          throw new ApiError(403, 'wrong_site', 'This device may only push messages for its own site.');
        }
      }

      const receivedAt = now();
      const results: PushResult[] = new Array<PushResult>(messages.length);
      const rows: MessageRow[] = [];
      const rowPositions: number[] = [];
      messages.forEach((raw, position) => {
        const check = checkEnvelope(raw, 'device');
        if (!check.ok) {
          results[position] = { id: idOf(raw), status: 'rejected', error: check.error };
        } else if (check.envelope.deviceId !== device.id) {
          results[position] = { id: check.envelope.id, status: 'rejected', error: 'deviceId: not the device this token belongs to' };
        } else {
          rows.push({ ...check.envelope, siteId: device.siteId, origin: 'device', receivedAt: receivedAt.toISOString() });
          rowPositions.push(position);
        }
      });

      const outcomes = await storage.storeMessages(rows);
      outcomes.forEach((outcome, index) => {
        const { id } = rows[index];
        results[rowPositions[index]] =
          outcome === 'conflict' ? { id, status: 'rejected', error: 'id: already in use by another message' } : { id, status: outcome };
      });

      await recordDeviceSeen(storage, request, device, receivedAt);
      const rejected = results.filter((result) => result.status === 'rejected').length;
      request.log.info({ deviceId: device.id, messages: messages.length, rejected }, 'push');
      reply.header('cache-control', 'no-store');
      return { results };
    },
  );
};
