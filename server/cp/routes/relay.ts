/**
 * POST /relay/import: a tablet's outbox carried in by hand (a relay file from a USB stick, or the
 * codes the dashboard scanned off its screen) while its link is down.
 *
 * The file names its device and is signed with HMAC-SHA256 keyed with the SHA-256 of that
 * device's token (src/domain/relay.ts), which is what storage keeps: the signature proves the
 * file came from that tablet, not from whoever carried it. Then every message takes the push
 * path (server/push-messages.ts): same checks, same group commit, and ids make it idempotent,
 * so the tablet's own sync later gets `duplicate` for each.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { RelayFileSchema, relaySigningInput, type RelayImportResponse } from '../../../src/domain/relay';
import { ApiError } from '../../errors';
import { storeDeviceMessages } from '../../push-messages';
import type { DashboardContext } from '../context';
import { authenticatedCoordinator } from '../sessions';
import { parseInput } from '../validate';

function signatureMatches(signatureHex: string, signingInput: string, tokenHash: string): boolean {
  const expected = createHmac('sha256', tokenHash).update(signingInput, 'utf8').digest();
  const given = Buffer.from(signatureHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const relayRoutes: FastifyPluginAsync<DashboardContext> = async (app, { storage, now }) => {
  app.post('/relay/import', { config: { access: 'coordinator' } }, async (request): Promise<RelayImportResponse> => {
    const { user } = authenticatedCoordinator(request);
    const file = parseInput(RelayFileSchema, request.body, 'This is not a Noodsteunpunt relay file');

    const device = await storage.findDevice(file.deviceId);
    const tokenHash = device && (await storage.findDeviceTokenHash(device.id));
    if (!device || !tokenHash) {
      throw new ApiError(400, 'unknown_device', 'The tablet that made this file is not known here. Was it enrolled at this coordination point?');
    }
    if (device.siteId !== file.siteId) {
      throw new ApiError(403, 'wrong_site', 'The file names another point than the tablet belongs to; it was not imported.');
    }
    if (!signatureMatches(file.signature, relaySigningInput(file), tokenHash)) {
      request.log.warn({ event: 'relay_bad_signature', deviceId: device.id, userId: user.id }, 'relay file refused');
      throw new ApiError(403, 'bad_signature', 'The signature does not match: the file was changed or not made by this tablet. Nothing was imported.');
    }
    // Checked after the signature, so a forged file cannot probe which devices are revoked.
    if (device.revokedAt) {
      throw new ApiError(403, 'device_revoked', 'This tablet was revoked; its messages are not accepted. Nothing was imported.');
    }

    const results = await storeDeviceMessages(storage, device, file.messages, now());
    const count = (status: string) => results.filter((result) => result.status === status).length;
    const response = { results, accepted: count('accepted'), duplicate: count('duplicate'), rejected: count('rejected') };
    request.log.info(
      { event: 'relay_import', deviceId: device.id, userId: user.id, messages: results.length, rejected: response.rejected },
      'relay file imported',
    );
    return response;
  });
};
