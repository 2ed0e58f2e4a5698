/**
 * Delivery of emergency reports, as the desk's escalation needs it: a report gets its delivery
 * time exactly when its message leaves the outbox (accepted or duplicate), and a report pulled
 * from another tablet of the point carries the coordination point's receipt time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmergencyReport } from '../../src/db';
import { SyncEngine } from '../../src/sync/engine';
import { makeEnrollmentCode, makeTempDir, startServerProcess, type ServerProcess } from '../server/helpers';
import { deadLink, enrolledDevice } from './devices';

let server: ServerProcess;
const temp = makeTempDir('nsp-delivery-');

beforeAll(async () => {
  server = await startServerProcess({ dataDir: temp.dir });
});
afterAll(async () => {
  await server?.stop();
  temp.remove();
});

const REPORT = {
  service: 'ambulance' as const,
  incident: ['unconscious'],
  description: 'Man onwel in de sporthal',
  urgency: 'lifeThreatening' as const,
  address: 'Sportlaan 2, Dinxperlo',
  peopleInvolved: 1,
  occurredAt: new Date().toISOString(),
};

describe('report delivery time', () => {
  it('is unset while the link is down and set in the round that delivers the report', async () => {
    const { code } = await makeEnrollmentCode(temp.dir, 'Delivery-site');
    const device = await enrolledDevice(server.url, code, { fetchFn: deadLink });
    const report = await createEmergencyReport(device.db, REPORT);
    expect((await device.engine.syncOnce()).failure).toBe('linkDown');
    expect((await device.db.reports.get(report.id))?.deliveredAt).toBeUndefined();

    const before = new Date().toISOString();
    await new SyncEngine({ db: device.db, baseUrl: server.url }).syncOnce();
    const delivered = await device.db.reports.get(report.id);
    expect(await device.db.outbox.count()).toBe(0);
    expect(delivered?.deliveredAt).toBeDefined();
    expect(delivered!.deliveredAt! >= before).toBe(true);
  });

  it('is set on a redelivery the server answers with duplicate (the first answer was lost)', async () => {
    const { code } = await makeEnrollmentCode(temp.dir, 'Duplicate-site');
    let answers = 0;
    // The server stores the first push, but its answer never reaches the tablet.
    const lostAnswer: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/sync/push') && ++answers === 1) throw new TypeError('fetch failed');
      return response;
    };
    const device = await enrolledDevice(server.url, code, { fetchFn: lostAnswer });
    const report = await createEmergencyReport(device.db, REPORT);
    expect((await device.engine.syncOnce()).failure).toBe('linkDown');
    expect((await device.db.reports.get(report.id))?.deliveredAt).toBeUndefined();
    await device.engine.syncOnce();
    expect((await device.db.reports.get(report.id))?.deliveredAt).toBeDefined();
  });

  it('comes from the coordination point for a report another tablet of the point made', async () => {
    const a = await enrolledDevice(server.url, (await makeEnrollmentCode(temp.dir, 'Two-tablets')).code);
    const b = await enrolledDevice(server.url, (await makeEnrollmentCode(temp.dir, 'Two-tablets')).code);
    const report = await createEmergencyReport(a.db, REPORT);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    const pulled = await b.db.reports.get(report.id);
    expect(pulled?.deviceId).toBe(a.deviceId);
    expect(pulled?.deliveredAt).toBeDefined();
  });
});
