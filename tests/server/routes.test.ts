/**
 * The HTTP contract of DESIGN.md ("Sync contract v1"), route by route, in-process with
 * app.inject over SQLite in a temp dir. Each test builds its own app, so rate limits and data
 * never leak between tests.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PullResponse, PushResponse } from '../../src/domain';
import { hashSecret } from '../../server/auth';
import { BROADCAST_SITE_ID, COORDINATION_DEVICE_ID, InvalidMessageError, publishFromCoordination } from '../../server/coordination';
import { CONTENT_SECURITY_POLICY } from '../../server/plugins/security-headers';
import { openStorage, type Storage } from '../../server/storage';
import { startTestApp, writeFakeDist, type TestApp } from './app-fixture';
import { bulletinPayload, envelope, makeTempDir, signalMessage, signalPayload, stockMovedPayload } from './helpers';

let current: TestApp | undefined;
const cleanups: Array<() => void> = [];

function tempDir(): string {
  const temp = makeTempDir('nsp-routes-seen-');
  cleanups.push(temp.remove);
  return temp.dir;
}

async function testApp(options?: Parameters<typeof startTestApp>[0]): Promise<TestApp> {
  current = await startTestApp(options);
  return current;
}

afterEach(async () => {
  await current?.close();
  current = undefined;
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

describe('GET /api/v1/health', () => {
  it('answers ok with the server time, uncached, without a token', async () => {
    const { app } = await testApp();
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, time: expect.any(String) });
    expect(Date.parse(response.json<{ time: string }>().time)).toBeGreaterThan(0);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['permissions-policy']).toBe('geolocation=(self), camera=(self), microphone=()');
  });
});

describe('POST /api/v1/enroll', () => {
  it('gives a device of the code’s site a token, and stores only its hash', async () => {
    const t = await testApp();
    const code = await t.code('Dinxperlo');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code, deviceName: 'Desk tablet' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{ siteId: string; deviceId: string; token: string; siteName: string; municipality: string }>();
    const site = await t.storage.findSite('Dinxperlo');
    expect(body).toEqual({ siteId: site?.id, deviceId: expect.any(String), token: expect.any(String), siteName: 'Dinxperlo', municipality: 'Aalten' });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await t.storage.findDeviceByTokenHash(hashSecret(body.token)))?.id).toBe(body.deviceId);
    expect(JSON.stringify(await t.storage.listDevices())).not.toContain(body.token);
  });

  it('accepts the code in lower case and without the dash', async () => {
    const t = await testApp();
    const code = (await t.code()).replace('-', '').toLowerCase();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code, deviceName: 'Kiosk' } });
    expect(response.statusCode).toBe(200);
  });

  it('refuses an unknown code with 401', async () => {
    const t = await testApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code: 'ABCD-EFGH', deviceName: 'Kiosk' } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'enrollment_code_invalid', message: expect.stringContaining('new code') });
  });

  it('refuses a code that was already used with 401', async () => {
    const t = await testApp();
    const code = await t.code();
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code, deviceName: 'Tablet 1' } });
    const second = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code, deviceName: 'Tablet 2' } });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(401);
    expect(second.json<{ error: string }>().error).toBe('enrollment_code_invalid');
  });

  it('refuses an expired code with 401', async () => {
    const t = await testApp();
    const code = await t.code('Dinxperlo', { now: new Date(Date.now() - 25 * 3600_000), validHours: 24 });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code, deviceName: 'Tablet' } });
    expect(response.statusCode).toBe(401);
  });

  it('answers 429 after too many attempts from one address', async () => {
    const t = await testApp({ enrollRateLimit: { max: 3, timeWindowMs: 60_000 } });
    const attempt = () => t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code: 'WRNG-CODE', deviceName: 'Guess' } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json<{ error: string }>().error).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('answers 400 for a malformed request', async () => {
    const t = await testApp();
    const missingName = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code: await t.code() } });
    expect(missingName.statusCode).toBe(400);
    expect(missingName.json()).toEqual({ error: 'bad_request', message: expect.stringContaining('deviceName') });
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enroll',
      headers: { 'content-type': 'application/json' },
      payload: '{code: ',
    });
    expect(notJson.statusCode).toBe(400);
  });
});

describe('POST /api/v1/sync/push', () => {
  it('accepts a message, answers the identical redelivery as duplicate and stores it once', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const message = signalMessage(device);
    const first = await t.push(device.token, { messages: [message] });
    expect(first.statusCode).toBe(200);
    expect(first.json<PushResponse>()).toEqual({ results: [{ id: message.id, status: 'accepted' }] });
    const again = await t.push(device.token, { messages: [message] });
    expect(again.json<PushResponse>()).toEqual({ results: [{ id: message.id, status: 'duplicate' }] });
    expect(await t.storage.countMessages()).toBe(1);
  });

  it('rejects one bad message with a readable error and accepts the rest, in request order', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const good1 = signalMessage(device);
    const bad = envelope('stock.moved', { ...stockMovedPayload(), kind: 'stolen' } as unknown as ReturnType<typeof stockMovedPayload>, device);
    const good2 = envelope('stock.moved', stockMovedPayload(), device);
    const response = await t.push(device.token, { messages: [good1, bad, good2] });
    expect(response.statusCode).toBe(200);
    const { results } = response.json<PushResponse>();
    expect(results.map((result) => [result.id, result.status])).toEqual([
      [good1.id, 'accepted'],
      [bad.id, 'rejected'],
      [good2.id, 'accepted'],
    ]);
    expect(results[1].error).toMatch(/^payload: kind: /);
    expect(await t.storage.countMessages()).toBe(2);
  });

  it('rejects a report status change from a tablet: the coordination point owns report status', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const statusChange = envelope(
      'report.statusChanged',
      { reportId: randomUUID(), status: 'closed', by: 'Desk', at: new Date().toISOString() },
      device,
    );
    const { results } = (await t.push(device.token, { messages: [statusChange] })).json<PushResponse>();
    expect(results).toEqual([{ id: statusChange.id, status: 'rejected', error: expect.stringContaining('coordination point') }]);
    expect(await t.storage.countMessages()).toBe(0);
  });

  it('rejects a message signed with another device id, and one that is no envelope at all', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const otherDevice = signalMessage({ siteId: device.siteId, deviceId: randomUUID() });
    const { results } = (await t.push(device.token, { messages: [otherDevice, 42, { type: 'signal.created' }] })).json<PushResponse>();
    expect(results).toEqual([
      { id: otherDevice.id, status: 'rejected', error: expect.stringContaining('deviceId') },
      { id: '', status: 'rejected', error: expect.any(String) },
      { id: '', status: 'rejected', error: expect.any(String) },
    ]);
  });

  it("rejects an id that another site already uses instead of calling it this site's duplicate", async () => {
    const t = await testApp();
    const mine = await t.enroll('Dinxperlo');
    const theirs = await t.enroll('Aalten');
    const message = signalMessage(theirs);
    await t.push(theirs.token, { messages: [message] });
    const { results } = (await t.push(mine.token, { messages: [{ ...message, siteId: mine.siteId, deviceId: mine.deviceId }] })).json<PushResponse>();
    expect(results).toEqual([{ id: message.id, status: 'rejected', error: 'id: already in use by another message' }]);
  });

  it('answers 400 when the body is not {messages: [...]}', async () => {
    const t = await testApp();
    const device = await t.enroll();
    expect((await t.push(device.token, {})).statusCode).toBe(400);
    expect((await t.push(device.token, { messages: 'all of them' })).statusCode).toBe(400);
    const invalidJson = await t.push(device.token, '{"messages": [', { 'content-type': 'application/json' });
    expect(invalidJson.statusCode).toBe(400);
    // Fastify's protection against prototype poisoning still holds for bodies parsed in turns (server/turns.ts).
    const poisoned = await t.push(device.token, '{"messages": [], "__proto__": {"admin": true}}', { 'content-type': 'application/json' });
    expect(poisoned.statusCode).toBe(400);
    // Also spelled with escapes, and through a constructor key (plugins/json-body.ts parses a body
    // without any of these at once, and hands every other one to Fastify's checking parser).
    for (const key of ['\\u005f_proto__', '\\u005F\\u005Fproto\\u005f_', 'constructor', '\\u0063onstructor']) {
      const escaped = await t.push(device.token, `{"messages": [], "${key}": {"prototype": {"admin": true}}}`, { 'content-type': 'application/json' });
      expect(escaped.statusCode, key).toBe(400);
    }
    // A body with escapes but no such key is parsed as ever: the escapes are its text.
    const named = signalMessage(device);
    const withEscapes = JSON.stringify({ messages: [named] }).replace(/"messages"/, '"\\u006dessages"');
    const accepted = await t.push(device.token, withEscapes, { 'content-type': 'application/json' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<PushResponse>().results).toEqual([{ id: named.id, status: 'accepted' }]);
    const plainText = await t.push(device.token, 'messages please', { 'content-type': 'text/plain' });
    expect(plainText.statusCode).toBe(400);
    expect(plainText.json()).toEqual({ error: 'bad_request', message: expect.stringContaining('{messages: [...]}') });
    const binary = await t.push(device.token, 'abc', { 'content-type': 'application/octet-stream' });
    expect(binary.statusCode).toBe(400);
    expect(binary.json()).toEqual({ error: 'bad_request', message: expect.stringContaining('JSON') });
  });

  it('answers 401 without a token, with an unknown token and for a revoked device', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const body = { messages: [signalMessage(device)] };
    const noToken = await t.app.inject({ method: 'POST', url: '/api/v1/sync/push', payload: body });
    expect(noToken.statusCode).toBe(401);
    expect((await t.push('x'.repeat(43), body)).statusCode).toBe(401);
    await t.storage.revokeDevice(device.deviceId);
    const revoked = await t.push(device.token, body);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json<{ error: string }>().error).toBe('device_revoked');
    expect(await t.storage.countMessages()).toBe(0);
  });

  it('answers 413 for a body over the limit', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const huge = JSON.stringify({ messages: [{ ...signalMessage(device), padding: 'x'.repeat(2 * 1024 * 1024) }] });
    const response = await t.push(device.token, huge, { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: string }>().error).toBe('payload_too_large');
  });

  it("answers 403 for the whole request when a message claims another site, and stores none of it", async () => {
    const t = await testApp();
    const mine = await t.enroll('Dinxperlo');
    const theirs = await t.enroll('Aalten');
    const response = await t.push(mine.token, {
      messages: [signalMessage(mine), signalMessage({ siteId: theirs.siteId, deviceId: mine.deviceId })],
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: string }>().error).toBe('wrong_site');
    expect(await t.storage.countMessages()).toBe(0);
  });

  it('records when the device was seen and how far its clock is off', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const deviceTime = new Date(Date.now() + 10 * 60_000).toISOString();
    await t.push(device.token, { messages: [] }, { 'x-device-time': deviceTime });
    const seen = await t.storage.findDevice(device.deviceId);
    expect(seen?.lastSeenAt).not.toBeNull();
    expect(seen?.clockOffsetMs).toBeGreaterThan(9 * 60_000);
    expect(seen?.clockOffsetMs).toBeLessThan(11 * 60_000);
  });
});

describe('bookkeeping of pushes and pulls (last seen, contact of the point)', () => {
  it('writes the last-seen of tablets that push at the same moment in one commit, not one each', async () => {
    const storage = openStorage({ dataDir: tempDir() });
    const recordSeen = vi.spyOn(storage, 'recordSeen');
    const t = await testApp({ storage });
    const devices = [];
    for (let index = 0; index < 6; index += 1) devices.push(await t.enroll('Dinxperlo', `Tablet ${index}`));
    recordSeen.mockClear();
    const responses = await Promise.all(devices.map((device) => t.push(device.token, { messages: [signalMessage(device)] })));
    expect(responses.map((response) => response.statusCode)).toEqual(devices.map(() => 200));
    for (const device of devices) expect((await t.storage.findDevice(device.deviceId))?.lastSeenAt).not.toBeNull();
    const written = recordSeen.mock.calls.flatMap(([seen]) => seen.devices.map((each) => each.id));
    expect(written.sort()).toEqual(devices.map((device) => device.deviceId).sort());
    expect(recordSeen.mock.calls.length).toBeLessThan(devices.length);
    // The point's contact once, however many of its tablets pushed.
    expect(recordSeen.mock.calls.flatMap(([seen]) => seen.contacts)).toHaveLength(1);
  });

  it('still answers a push when the bookkeeping cannot be written, and writes it with the next request', async () => {
    const storage = openStorage({ dataDir: tempDir() });
    const t = await testApp({ storage });
    const device = await t.enroll();
    vi.spyOn(storage, 'recordSeen').mockRejectedValueOnce(new Error('disk full'));
    const first = await t.push(device.token, { messages: [signalMessage(device)] });
    expect(first.statusCode).toBe(200);
    expect(first.json<PushResponse>().results[0].status).toBe('accepted');
    expect((await t.storage.findDevice(device.deviceId))?.lastSeenAt).toBeNull();
    await t.pull(device.token);
    expect((await t.storage.findDevice(device.deviceId))?.lastSeenAt).not.toBeNull();
  });
});

describe('GET /api/v1/sync/pull', () => {
  it('pages through the changes with the cursor and says when there is more', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const messages = Array.from({ length: 25 }, () => signalMessage(device));
    await t.push(device.token, { messages });
    const ids: string[] = [];
    const mores: boolean[] = [];
    let cursor = 0;
    for (;;) {
      const response = await t.pull(device.token, `?after=${cursor}&limit=10`);
      expect(response.statusCode).toBe(200);
      const page = response.json<PullResponse>();
      ids.push(...page.changes.map((change) => change.id));
      mores.push(page.more);
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(mores).toEqual([true, true, false]);
    expect(ids).toEqual(messages.map((message) => message.id));
    const first = (await t.pull(device.token)).json<PullResponse>().changes[0];
    expect(first).toMatchObject({ ...messages[0], seq: expect.any(Number), receivedAt: expect.any(String) });
  });

  it("never shows another site's records; broadcasts reach every site", async () => {
    const t = await testApp();
    const mine = await t.enroll('Dinxperlo');
    const colleague = await t.enroll('Dinxperlo', 'Kiosk');
    const theirs = await t.enroll('Aalten');
    const fromColleague = signalMessage(colleague);
    const fromThem = signalMessage(theirs);
    await t.push(colleague.token, { messages: [fromColleague] });
    await t.push(theirs.token, { messages: [fromThem] });
    const bulletin = await publishFromCoordination(t.storage, { siteId: null, type: 'bulletin.published', payload: bulletinPayload() });
    const forThem = await publishFromCoordination(t.storage, {
      siteId: theirs.siteId,
      type: 'report.statusChanged',
      payload: { reportId: randomUUID(), status: 'acknowledged', by: 'Coordinator', at: new Date().toISOString() },
    });

    const minePage = (await t.pull(mine.token)).json<PullResponse>();
    expect(minePage.changes.map((change) => change.id)).toEqual([fromColleague.id, bulletin.envelope.id]);
    expect(minePage.changes[1]).toMatchObject({ siteId: BROADCAST_SITE_ID, deviceId: COORDINATION_DEVICE_ID });
    const theirPage = (await t.pull(theirs.token)).json<PullResponse>();
    expect(theirPage.changes.map((change) => change.id)).toEqual([fromThem.id, bulletin.envelope.id, forThem.envelope.id]);
  });

  it("with withOwn=false sends a tablet only the others' changes, and its cursor past its own", async () => {
    const t = await testApp();
    const tablet = await t.enroll('Dinxperlo');
    const colleague = await t.enroll('Dinxperlo', 'Kiosk');
    const own = [signalMessage(tablet), signalMessage(tablet)];
    const theirs = signalMessage(colleague);
    await t.push(tablet.token, { messages: own });
    await t.push(colleague.token, { messages: [theirs] });

    const everything = (await t.pull(tablet.token)).json<PullResponse>();
    expect(everything.changes.map((change) => change.id)).toEqual([...own, theirs].map((message) => message.id));
    const withoutOwn = (await t.pull(tablet.token, '?withOwn=false')).json<PullResponse>();
    expect(withoutOwn).toEqual({ changes: [everything.changes[2]], cursor: everything.cursor, more: false });
    // Its own messages do not take up the page: with room for one change, that is the colleague's.
    const onePage = (await t.pull(tablet.token, '?withOwn=false&limit=1')).json<PullResponse>();
    expect(onePage).toEqual({ changes: [everything.changes[2]], cursor: everything.cursor, more: false });
    // The colleague gets both of the tablet's messages and not its own.
    const colleaguePage = (await t.pull(colleague.token, '?withOwn=false')).json<PullResponse>();
    expect(colleaguePage.changes.map((change) => change.id)).toEqual(own.map((message) => message.id));
  });

  it('answers 400 for a query that is not a cursor and a limit of 1..1000', async () => {
    const t = await testApp();
    const device = await t.enroll();
    for (const query of ['?after=-1', '?after=abc', '?limit=0', '?limit=1001', '?after=1.5', '?after=1&after=2', '?withOwn=no', '?withOwn=']) {
      const response = await t.pull(device.token, query);
      expect(response.statusCode, query).toBe(400);
    }
    expect((await t.pull(device.token, '?limit=1000')).statusCode).toBe(200);
  });

  it('records the device clock offset on pull too, and ignores a device time that is no time', async () => {
    const t = await testApp();
    const device = await t.enroll();
    await t.pull(device.token, '', { 'x-device-time': new Date(Date.now() - 3600_000).toISOString() });
    expect((await t.storage.findDevice(device.deviceId))?.clockOffsetMs).toBeLessThan(-3500_000);
    expect((await t.pull(device.token, '', { 'x-device-time': 'half past nine' })).statusCode).toBe(200);
    expect((await t.storage.findDevice(device.deviceId))?.clockOffsetMs).toBeLessThan(-3500_000);
  });

  it("answers 403 when asked for another site's changes, 401 without a token", async () => {
    const t = await testApp();
    const mine = await t.enroll('Dinxperlo');
    const theirs = await t.enroll('Aalten');
    expect((await t.pull(mine.token, `?siteId=${theirs.siteId}`)).statusCode).toBe(403);
    expect((await t.pull(mine.token, `?siteId=${mine.siteId}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sync/pull' })).statusCode).toBe(401);
  });
});

describe('publishFromCoordination', () => {
  it('refuses a payload that does not match its type, and a type only tablets send', async () => {
    const t = await testApp();
    await expect(
      publishFromCoordination(t.storage, { siteId: null, type: 'bulletin.published', payload: { ...bulletinPayload(), version: 0 } }),
    ).rejects.toBeInstanceOf(InvalidMessageError);
    await expect(publishFromCoordination(t.storage, { siteId: null, type: 'signal.created', payload: signalPayload() })).rejects.toThrow(
      /coordination point/,
    );
  });
});

describe('static PWA', () => {
  async function appWithDist(): Promise<TestApp> {
    const temp = makeTempDir('nsp-dist-');
    cleanups.push(temp.remove);
    writeFakeDist(temp.dir);
    return testApp({ distDir: temp.dir });
  }

  it('serves index.html at / with the CSP and revalidation', async () => {
    const { app } = await appWithDist();
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<div id="root">');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('makes the service worker, its registration and the manifest revalidate', async () => {
    const { app } = await appWithDist();
    for (const url of ['/sw.js', '/registerSW.js', '/manifest.webmanifest', '/index.html']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year', async () => {
    const { app } = await appWithDist();
    const response = await app.inject({ method: 'GET', url: '/assets/index-3f2a9c.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers deep links to the screens with index.html, and /kiosk with the lean kiosk page', async () => {
    const { app } = await appWithDist();
    for (const url of ['/kiosk', '/kiosk?x=1', '/desk', '/lead', '/cp', '/desk/visitors?q=1']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.body, url).toContain(url.startsWith('/kiosk') ? '<div id="root" data-page="kiosk">' : '<div id="root">');
    }
  });

  it('answers 404 for a missing file and JSON 404 for an unknown API path', async () => {
    const { app } = await appWithDist();
    expect((await app.inject({ method: 'GET', url: '/assets/gone-123.js' })).statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'not_found', message: expect.stringContaining('/api/v1/nothing-here') });
    expect((await app.inject({ method: 'POST', url: '/api/v2/sync/push', payload: {} })).statusCode).toBe(404);
  });

  it('answers 503 with a hint when the PWA is not built', async () => {
    const { app } = await testApp({ distDir: path.join(makeTempDir().dir, 'missing') });
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build:app');
  });
});

describe('errors and logs', () => {
  it('hide the details of a 5xx from the client', async () => {
    const t = await testApp();
    const device = await t.enroll();
    const failing: Storage = Object.create(t.storage) as Storage;
    failing.pull = async () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/secret/coordination.sqlite');
    };
    const broken = await startTestApp({ storage: failing });
    try {
      const response = await broken.pull(device.token);
      expect(response.statusCode).toBe(500);
      expect(response.json<{ error: string }>().error).toBe('internal');
      expect(response.body).not.toMatch(/SQLITE|secret/);
    } finally {
      await broken.app.close();
    }
  });

  it('never log the token, the enrollment code or message contents', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString('utf8');
        done();
      },
    });
    const t = await testApp({ logger: { level: 'debug', stream } });
    const code = await t.code();
    const enrolled = await t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code, deviceName: 'Desk tablet' } });
    const device = enrolled.json<{ token: string; siteId: string; deviceId: string }>();
    await t.push(device.token, { messages: [signalMessage(device, 'Mrs Jansen needs insulin')] });
    await t.push('bogus-token-bogus-token-bogus', { messages: [] });
    expect(log).toContain('/api/v1/sync/push');
    expect(log).not.toContain(device.token);
    expect(log).not.toContain(code);
    expect(log).not.toContain('insulin');
    expect(log).not.toContain('bogus-token');
    expect(log).not.toContain('127.0.0.1');
  });

  it('write one line per request at info: what it was, its answer, and what the route adds', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const t = await testApp({ logger: { level: 'info', stream } });
    const device = await t.enroll();
    lines.length = 0;
    const good = signalMessage(device, 'water');
    await t.push(device.token, { messages: [good, { ...good, id: 'not-a-uuid' }] });
    await t.push('bogus-token-bogus-token-bogus', { messages: [] });

    expect(lines.map((line) => line.msg)).toEqual(['request completed', 'request completed']);
    const [push, refused] = lines;
    expect(push).toMatchObject({
      req: { method: 'POST', url: '/api/v1/sync/push' },
      res: { statusCode: 200 },
      deviceId: device.deviceId,
      messages: 2,
      rejected: 1,
    });
    expect(push.responseTime).toEqual(expect.any(Number));
    expect(refused).toMatchObject({ req: { url: '/api/v1/sync/push' }, res: { statusCode: 401 }, error: 'unauthorized' });
  });
});
