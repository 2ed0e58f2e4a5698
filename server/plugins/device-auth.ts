/**
 * Bearer-token authentication of tablets. Runs as an onRequest hook, before the body is read,
 * so an unauthenticated client cannot make the server parse a megabyte of JSON.
 */
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { bearerToken, hashSecret } from '../auth';
import { ApiError } from '../errors';
import type { Device, Storage } from '../storage';

declare module 'fastify' {
  interface FastifyRequest {
    /** The enrolled, unrevoked device behind the bearer token; set on authenticated routes. */
    device: Device | null;
  }
}

export function installDeviceAuth(app: FastifyInstance): void {
  app.decorateRequest('device', null);
}

export function authenticateDevice(storage: Storage): onRequestAsyncHookHandler {
  return async (request) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new ApiError(401, 'unauthorized', 'Send the device token as "Authorization: Bearer <token>".');
    const device = await storage.findDeviceByTokenHash(hashSecret(token));
    if (!device) throw new ApiError(401, 'unauthorized', 'This device token is not known here. Enroll the device again.');
    if (device.revokedAt) {
      throw new ApiError(401, 'device_revoked', 'This device was removed by the coordination point. Enroll it again with a new code.');
    }
    request.device = device;
  };
}

export function authenticatedDevice(request: FastifyRequest): Device {
  if (!request.device) throw new Error('Route is missing the authenticateDevice hook');
  return request.device;
}
