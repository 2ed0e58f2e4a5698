/**
 * Simulated tablets for sync tests: the real src/db and src/sync code over fake-indexeddb,
 * talking HTTP to the real server process.
 */
import { NoodsteunpuntDb, setUpSite } from '../../src/db';
import { adoptEnrollment } from '../../src/sync/enroll';
import { SyncEngine, type SyncEngineOptions } from '../../src/sync/engine';
import { enrollOverHttp } from '../server/helpers';

export interface Device {
  db: NoodsteunpuntDb;
  engine: SyncEngine;
  siteId: string;
  deviceId: string;
  token: string;
}

let counter = 0;

export async function enrolledDevice(url: string, code: string, options: Partial<SyncEngineOptions> = {}): Promise<Device> {
  counter += 1;
  const db = new NoodsteunpuntDb(`device-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
  await setUpSite(db, { siteName: 'local', municipality: 'local' });
  const identity = await adoptEnrollment(db, await enrollOverHttp(url, code, `Tablet ${counter}`));
  const engine = new SyncEngine({ db, baseUrl: url, ...options });
  return { db, engine, siteId: identity.siteId, deviceId: identity.deviceId, token: identity.token! };
}

/** A fetch that fails like a dead Starlink link. */
export const deadLink: typeof fetch = async () => {
  throw new TypeError('fetch failed');
};
