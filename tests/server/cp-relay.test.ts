/**
 * POST /api/v1/cp/relay/import: a relay file carried in by hand goes through the push path.
 * The file must be signed with the key of the tablet it names; a forged, revoked or anonymous
 * import stores nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EnrollResponse, Envelope, PushResponse } from '../../src/domain';
import { relayKeyOf, signRelayFile, type RelayFile, type RelayImportResponse } from '../../src/domain/relay';
import { reportPayload, startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { envelope, signalPayload, stockMovedPayload } from './helpers';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function dashboardApp(): Promise<DashboardTestApp> {
  current = await startDashboardApp();
  return current;
}

function outboxOf(device: EnrollResponse): Envelope[] {
  const where = { siteId: device.siteId, deviceId: device.deviceId };
  return [
    envelope('stock.moved', stockMovedPayload(), where),
    envelope('signal.created', signalPayload(), where),
    envelope('report.created', reportPayload(), where),
  ];
}

async function relayFileOf(device: EnrollResponse, messages: Envelope[], token = device.token): Promise<RelayFile> {
  return signRelayFile({ siteId: device.siteId, deviceId: device.deviceId, createdAt: new Date().toISOString(), messages }, await relayKeyOf(token));
}

const IMPORT = '/api/v1/cp/relay/import';

describe('POST /api/v1/cp/relay/import', () => {
  it('stores every message of a signed file once, emergency report first; the same file again is all duplicate', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const coordinator = await t.signIn('coordinator');
    const messages = outboxOf(tablet);
    const file = await relayFileOf(tablet, messages);

    const first = await coordinator.post(IMPORT, file);
    expect(first.statusCode).toBe(200);
    const body = first.json<RelayImportResponse>();
    expect(body).toMatchObject({ accepted: 3, duplicate: 0, rejected: 0 });
    expect(body.results[0]).toEqual({ id: messages[2].id, status: 'accepted' });
    expect(await t.storage.countMessages()).toBe(3);

    const again = (await coordinator.post(IMPORT, file)).json<RelayImportResponse>();
    expect(again).toMatchObject({ accepted: 0, duplicate: 3, rejected: 0 });
    expect(await t.storage.countMessages()).toBe(3);

    // The tablet's own push later, once the link is back: nothing doubled.
    const pushed = (await t.push(tablet.token, { messages })).json<PushResponse>();
    expect(pushed.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await t.storage.countMessages()).toBe(3);
  });

  it('answers a bad message in the file with rejected and stores the rest, as a push does', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const coordinator = await t.signIn();
    const [good] = outboxOf(tablet);
    const bad = { ...envelope('signal.created', signalPayload(), tablet), payload: { text: '' } } as unknown as Envelope;
    const body = (await coordinator.post(IMPORT, await relayFileOf(tablet, [good, bad]))).json<RelayImportResponse>();
    expect(body).toMatchObject({ accepted: 1, rejected: 1 });
    expect(body.results.find((result) => result.status === 'rejected')).toMatchObject({ id: bad.id, error: expect.stringContaining('payload') });
  });

  it('refuses a forged signature, a changed message or another tablet\'s key and stores nothing', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const other = await t.enroll('Dinxperlo', 'Other tablet');
    const coordinator = await t.signIn();
    const file = await relayFileOf(tablet, outboxOf(tablet));

    const forged = { ...file, signature: 'a'.repeat(64) };
    const changed = JSON.parse(JSON.stringify(file).replace('Kerkstraat', 'Dorpsstraat')) as RelayFile;
    const otherKey = await relayFileOf(tablet, outboxOf(tablet), other.token);
    for (const attempt of [forged, changed, otherKey]) {
      const response = await coordinator.post(IMPORT, attempt);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: 'bad_signature', message: expect.stringContaining('Nothing was imported') });
    }
    expect(await t.storage.countMessages()).toBe(0);
  });

  it('refuses a file of a revoked tablet, an unknown tablet, another site, or no relay file at all', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const elsewhere = await t.enroll('Bredevoort');
    const coordinator = await t.signIn();
    const file = await relayFileOf(tablet, outboxOf(tablet));

    const wrongSite = await signRelayFile({ ...file, siteId: elsewhere.siteId }, await relayKeyOf(tablet.token));
    expect((await coordinator.post(IMPORT, wrongSite)).json()).toMatchObject({ error: 'wrong_site' });
    const unknown = await signRelayFile({ ...file, deviceId: crypto.randomUUID() }, await relayKeyOf(tablet.token));
    expect((await coordinator.post(IMPORT, unknown)).statusCode).toBe(400);
    expect((await coordinator.post(IMPORT, { messages: file.messages })).statusCode).toBe(400);

    await t.storage.revokeDevice(tablet.deviceId);
    const revoked = await coordinator.post(IMPORT, file);
    expect(revoked.statusCode).toBe(403);
    expect(revoked.json()).toMatchObject({ error: 'device_revoked' });
    expect(await t.storage.countMessages()).toBe(0);
  });

  it('answers 401 without a session and stores nothing', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const response = await t.anonymous.post(IMPORT, await relayFileOf(tablet, outboxOf(tablet)));
    expect(response.statusCode).toBe(401);
    expect(await t.storage.countMessages()).toBe(0);
  });
});
