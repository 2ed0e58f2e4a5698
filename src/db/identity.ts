/**
 * Who this tablet is: its device id, the site it serves and, once enrolled at the coordination
 * point, its token. Kept in the `meta` table so an action's transaction can stamp envelopes.
 */
import { ClockDriftError, formatHlc, newId, tickHlc, receiveHlc, parseHlc, type HlcState } from '../domain';
import type { NoodsteunpuntDb } from './db';
import { StorageError } from './errors';

export interface DeviceIdentity {
  deviceId: string;
  siteId: string;
  siteName: string;
  municipality: string;
  /** Set once the coordination point enrolled this device; until then the site id is local. */
  token?: string;
  enrolledAt?: string;
}

export async function readIdentity(db: NoodsteunpuntDb): Promise<DeviceIdentity | undefined> {
  return (await db.meta.get('identity'))?.value as DeviceIdentity | undefined;
}

export async function requireIdentity(db: NoodsteunpuntDb): Promise<DeviceIdentity> {
  const identity = await readIdentity(db);
  if (!identity) throw new StorageError('notSetUp', 'this tablet has no site yet');
  return identity;
}

/** First run before enrollment: a local site id that enrollment replaces later. */
export async function setUpSite(db: NoodsteunpuntDb, site: { siteName: string; municipality: string }): Promise<DeviceIdentity> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await readIdentity(db);
    const identity: DeviceIdentity = {
      deviceId: existing?.deviceId ?? newId(),
      siteId: existing?.siteId ?? newId(),
      ...site,
      token: existing?.token,
      enrolledAt: existing?.enrolledAt,
    };
    await db.meta.put({ key: 'identity', value: identity });
    return identity;
  });
}

async function readClock(db: NoodsteunpuntDb, node: string): Promise<HlcState> {
  return ((await db.meta.get('hlc'))?.value as HlcState | undefined) ?? { wallMs: 0, counter: 0, node };
}

/** The HLC timestamp of a local edit. Call inside a transaction that includes `meta`. */
export async function nextHlc(db: NoodsteunpuntDb, nowMs = Date.now()): Promise<string> {
  const identity = await requireIdentity(db);
  const clock = tickHlc(await readClock(db, identity.deviceId), nowMs);
  await db.meta.put({ key: 'hlc', value: clock });
  return formatHlc(clock);
}

/** Move the local clock past a timestamp seen in a pulled record. Inside a `meta` transaction. */
export async function observeHlc(db: NoodsteunpuntDb, remote: string, nowMs = Date.now()): Promise<void> {
  const identity = await requireIdentity(db);
  try {
    const clock = receiveHlc(await readClock(db, identity.deviceId), parseHlc(remote), nowMs);
    await db.meta.put({ key: 'hlc', value: clock });
  } catch (error) {
    // A clock far ahead (ours days behind after a power loss, or theirs broken) must not stop
    // sync: keep our clock; the record itself still merges by its timestamp.
    if (!(error instanceof ClockDriftError)) throw error;
    console.warn(error.message);
  }
}
