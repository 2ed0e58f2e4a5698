/**
 * Device clock bookkeeping shared by push and pull: when the device was last heard from and how
 * far its clock is off (from the optional X-Device-Time header), for the dashboard.
 */
import type { FastifyRequest } from 'fastify';
import type { Device, Storage } from '../storage';

export function clockOffsetMs(header: string | string[] | undefined, serverNow: Date): number | undefined {
  if (typeof header !== 'string') return undefined;
  const deviceMs = Date.parse(header);
  return Number.isFinite(deviceMs) ? deviceMs - serverNow.getTime() : undefined;
}

/** Best effort: the sync answer matters more than the bookkeeping, so a failure is only logged. */
export async function recordDeviceSeen(storage: Storage, request: FastifyRequest, device: Device, now: Date): Promise<void> {
  try {
    await storage.touchDevice(device.id, { lastSeenAt: now, clockOffsetMs: clockOffsetMs(request.headers['x-device-time'], now) });
  } catch (error) {
    request.log.warn({ err: error, deviceId: device.id }, 'could not record that the device was seen');
  }
}
