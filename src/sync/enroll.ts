/**
 * Enrollment: a code made at the coordination point ties this tablet to its point. Afterwards
 * the point's identity comes from the server. Messages queued before enrollment belong to this
 * point too: they are re-addressed in the same transaction, so none is lost or sent twice.
 */
import type { EnrollResponse } from '../domain';
import type { NoodsteunpuntDb } from '../db/db';
import { readIdentity, type DeviceIdentity } from '../db/identity';
import { HttpTransport } from './transport';

export function normaliseEnrollmentCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export async function enrollDevice(
  db: NoodsteunpuntDb,
  { code, deviceName, baseUrl = '', fetchFn }: { code: string; deviceName: string; baseUrl?: string; fetchFn?: typeof fetch },
): Promise<DeviceIdentity> {
  const answer = await new HttpTransport({ baseUrl, fetchFn }).enroll(normaliseEnrollmentCode(code), deviceName);
  return adoptEnrollment(db, answer);
}

export function adoptEnrollment(db: NoodsteunpuntDb, answer: EnrollResponse): Promise<DeviceIdentity> {
  return db.transaction('rw', db.meta, db.outbox, async () => {
    const previous = await readIdentity(db);
    const identity: DeviceIdentity = {
      deviceId: answer.deviceId,
      siteId: answer.siteId,
      siteName: answer.siteName,
      municipality: answer.municipality,
      token: answer.token,
      enrolledAt: new Date().toISOString(),
    };
    await db.meta.put({ key: 'identity', value: identity });
    if (previous?.siteId !== answer.siteId) await db.meta.put({ key: 'cursor', value: 0 });
    await db.outbox.toCollection().modify((entry) => {
      entry.envelope = { ...entry.envelope, siteId: answer.siteId, deviceId: answer.deviceId };
    });
    return identity;
  });
}
