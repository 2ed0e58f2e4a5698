/**
 * Device clock bookkeeping shared by push and pull: when the device was last heard from and how
 * far its clock is off (from the optional X-Device-Time header), for the dashboard; and the
 * point's contact log, from which the evaluation computes link uptime.
 */
import type { FastifyRequest } from 'fastify';
import { contactBucket } from '../../src/domain/evaluation';
import type { Device, SeenBatch, Storage } from '../storage';

export function clockOffsetMs(header: string | string[] | undefined, serverNow: Date): number | undefined {
  if (typeof header !== 'string') return undefined;
  const deviceMs = Date.parse(header);
  return Number.isFinite(deviceMs) ? deviceMs - serverNow.getTime() : undefined;
}

/**
 * Last-seen is written at most once a minute per device (or when its clock offset moved by a
 * minute): a write per push is an fsync per push, which a reconnect storm cannot afford.
 */
const SEEN_WRITE_INTERVAL_MS = 60_000;
const lastWrites = new WeakMap<Storage, Map<string, { at: number; offset?: number }>>();

function shouldWrite(storage: Storage, deviceId: string, now: Date, offset: number | undefined): boolean {
  const byDevice = lastWrites.get(storage) ?? new Map<string, { at: number; offset?: number }>();
  lastWrites.set(storage, byDevice);
  const last = byDevice.get(deviceId);
  const offsetMoved = offset !== undefined && (last?.offset === undefined || Math.abs(offset - last.offset) > 60_000);
  if (last && now.getTime() - last.at < SEEN_WRITE_INTERVAL_MS && !offsetMoved) return false;
  byDevice.set(deviceId, { at: now.getTime(), offset });
  return true;
}

/**
 * The bucket each point's contact was last written for: one insert per point per 5 minutes
 * however many tablets push and pull, so ingest does not slow down. Keyed by site id alone, not
 * per storage like `lastWrites`: push reaches the storage through the group-commit wrapper and
 * pull directly, and a site id (a UUID) names one point in any database.
 */
const contactWritten = new Map<string, number>();

/**
 * Requests that reach their bookkeeping in the same turn of the event loop share one write
 * (storage.recordSeen). A write per request was a commit, and so an fsync, per request: in a
 * reconnect storm, where every tablet's first push writes its last-seen, that took a third of
 * the ingest rate.
 */
const pending = new WeakMap<Storage, { batch: SeenBatch; written: Promise<void> }>();

function queueSeen(storage: Storage, add: (batch: SeenBatch) => void): Promise<void> {
  let entry = pending.get(storage);
  if (!entry) {
    const batch: SeenBatch = { devices: [], contacts: [] };
    const written = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      pending.delete(storage);
      return storage.recordSeen(batch);
    });
    entry = { batch, written };
    pending.set(storage, entry);
  }
  add(entry.batch);
  return entry.written;
}

/** Best effort: the sync answer matters more than the bookkeeping, so a failure is only logged. */
export async function recordDeviceSeen(storage: Storage, request: FastifyRequest, device: Device, now: Date): Promise<void> {
  const bucket = contactBucket(now.getTime());
  const contact = contactWritten.get(device.siteId) !== bucket;
  if (contact) contactWritten.set(device.siteId, bucket);
  const offset = clockOffsetMs(request.headers['x-device-time'], now);
  const touch = shouldWrite(storage, device.id, now, offset);
  if (!contact && !touch) return;
  try {
    await queueSeen(storage, (batch) => {
      if (contact) batch.contacts.push({ siteId: device.siteId, bucket: new Date(bucket) });
      if (touch) batch.devices.push({ id: device.id, lastSeenAt: now, clockOffsetMs: offset });
    });
  } catch (error) {
    // The next request of the point or the device tries again.
    if (contact && contactWritten.get(device.siteId) === bucket) contactWritten.delete(device.siteId);
    if (touch) lastWrites.get(storage)?.delete(device.id);
    request.log.warn({ err: error, deviceId: device.id, siteId: device.siteId }, 'could not record that the device was seen');
  }
}
