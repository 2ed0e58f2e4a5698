/**
 * The air-gap relay end to end, against the real server process: a tablet whose link is dead
 * exports its outbox to a file, a coordinator imports it over HTTP, and the tablet's normal sync
 * later finds every message already there (`duplicate`), empties its outbox, and the server
 * holds each message exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain';
import type { RelayImportResponse } from '../../src/domain/relay';
import { SyncEngine } from '../../src/sync/engine';
import { buildRelayFile, relayFileName } from '../../src/sync/relay';
import { hashPassword } from '../../server/cp/passwords';
import { openStorage } from '../../server/storage';
import { TEST_SCRYPT_COST } from '../server/cp-fixture';
import { makeEnrollmentCode, makeTempDir, startServerProcess, type ServerProcess } from '../server/helpers';
import { SAMPLE_VISIT } from '../db/helpers';
import { deadLink, enrolledDevice } from './devices';
import { createEmergencyReport, recordStockMovement, registerVisit } from './testActions';

let server: ServerProcess;
const temp = makeTempDir('nsp-relay-');
const PASSWORD = 'relay runner password';

beforeAll(async () => {
  server = await startServerProcess({ dataDir: temp.dir });
  const storage = openStorage({ dataDir: temp.dir });
  try {
    await storage.createUser({ name: 'Coördinator Ria', role: 'coordinator', passwordHash: await hashPassword(PASSWORD, TEST_SCRYPT_COST) });
  } finally {
    await storage.close();
  }
});
afterAll(async () => {
  await server?.stop();
  temp.remove();
});

async function signInAsCoordinator(): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/cp/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'test' },
    body: JSON.stringify({ name: 'Coördinator Ria', password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0].split(';')[0];
}

async function serverChangesOf(token: string): Promise<Change[]> {
  const response = await fetch(`${server.url}/api/v1/sync/pull?after=0&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { changes: Change[] }).changes;
}

describe('air-gap relay against the real coordination point', () => {
  it('a file carried by hand delivers every message once; the later sync reports them all as duplicates', async () => {
    const { code } = await makeEnrollmentCode(temp.dir, 'Relay-site');
    const tablet = await enrolledDevice(server.url, code, { fetchFn: deadLink });
    for (let i = 0; i < 5; i += 1) await registerVisit(tablet.db, SAMPLE_VISIT);
    await recordStockMovement(tablet.db, { itemId: crypto.randomUUID(), kind: 'received', delta: 12, by: 'Desk' });
    await createEmergencyReport(tablet.db, {
      service: 'ambulance',
      incident: ['breathing'],
      description: 'Vrouw met ademhalingsproblemen, zuurstofapparaat zonder stroom',
      urgency: 'lifeThreatening',
      address: 'Kerkstraat 4, Dinxperlo',
      peopleInvolved: 1,
      occurredAt: new Date().toISOString(),
    });
    expect((await tablet.engine.syncOnce()).failure).toBe('linkDown');
    const queued = await tablet.db.outbox.toArray();
    expect(queued).toHaveLength(7);

    const file = await buildRelayFile(tablet.db);
    expect(file.messages).toHaveLength(7);
    expect(file.messages[0].type).toBe('report.created');
    expect(relayFileName('Relay-site', new Date('2026-11-25T18:40:00Z'))).toBe('noodsteunpunt-relay-site-20261125-1840.relay.json');
    // Exporting reads only: the outbox keeps everything until the server answers the tablet itself.
    expect(await tablet.db.outbox.count()).toBe(7);

    const cookie = await signInAsCoordinator();
    const imported = await fetch(`${server.url}/api/v1/cp/relay/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'test', cookie },
      body: JSON.stringify(file, null, 2),
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject<Partial<RelayImportResponse>>({ accepted: 7, duplicate: 0, rejected: 0 });

    const pushStatuses: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/sync/push')) {
        const { results } = (await response.clone().json()) as { results: Array<{ status: string }> };
        pushStatuses.push(...results.map((result) => result.status));
      }
      return response;
    };
    const report = await new SyncEngine({ db: tablet.db, baseUrl: server.url, fetchFn: recording }).syncOnce();
    expect(report).toMatchObject({ pushed: 7, rejected: 0 });
    expect(pushStatuses).toEqual(Array(7).fill('duplicate'));
    expect(await tablet.db.outbox.count()).toBe(0);

    const stored = (await serverChangesOf(tablet.token)).filter((change) => change.deviceId === tablet.deviceId);
    expect(stored.map((change) => change.id).sort()).toEqual(queued.map((entry) => entry.id).sort());
  });
});
