import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './app-fixture';
import { signalMessage } from './helpers';

let test: TestApp;
afterEach(async () => test?.close());

const gzipJson = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value)));

describe('gzip on the sync routes', () => {
  it('accepts a gzipped push', async () => {
    test = await startTestApp();
    const device = await test.enroll();
    const messages = Array.from({ length: 50 }, () => signalMessage(device));
    const response = await test.push(device.token, gzipJson({ messages }), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ results: { status: string }[] }>().results.every((result) => result.status === 'accepted')).toBe(true);
  });

  it('refuses a gzipped body that inflates beyond the body limit (413) and a corrupt one (400)', async () => {
    test = await startTestApp({ bodyLimit: 64 * 1024 });
    const device = await test.enroll();
    const bomb = gzipSync(Buffer.from(JSON.stringify({ messages: [{ pad: 'x'.repeat(1024 * 1024) }] })));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const big = await test.push(device.token, bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: 'payload_too_large' });
    const corrupt = await test.push(device.token, Buffer.from('not gzip at all'), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json()).toMatchObject({ error: 'bad_request', message: 'The body is not valid gzip.' });
    // Cut short: the gzip stream ends before its end.
    const truncated = gzipJson({ messages: [signalMessage(device)] });
    const cut = await test.push(device.token, truncated.subarray(0, truncated.length - 8), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(cut.statusCode).toBe(400);
    // Nothing of those was stored: the device's next push is its first message.
    const after = await test.push(device.token, gzipJson({ messages: [signalMessage(device)] }), { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' });
    expect(after.statusCode).toBe(200);
    expect((await test.pull(device.token, '?after=0')).json<{ changes: unknown[] }>().changes).toHaveLength(1);
    const unknown = await test.push(device.token, Buffer.from('{}'), { 'content-type': 'application/json', 'content-encoding': 'br' });
    expect(unknown.statusCode).toBe(415);
  });

  it('refuses a gzipped JSON body that names __proto__ or constructor, and one that is not JSON (400)', async () => {
    test = await startTestApp();
    const device = await test.enroll();
    const headers = { 'content-type': 'application/json', 'content-encoding': 'gzip' };
    const poisoned = await test.push(device.token, gzipSync(Buffer.from('{"messages": [], "__proto__": {"admin": true}}')), headers);
    expect(poisoned.statusCode).toBe(400);
    const escaped = await test.push(device.token, gzipSync(Buffer.from('{"messages": [], "\\u0063onstructor": {"prototype": {}}}')), headers);
    expect(escaped.statusCode).toBe(400);
    const notJson = await test.push(device.token, gzipSync(Buffer.from('{"messages": [')), headers);
    expect(notJson.statusCode).toBe(400);
    const empty = await test.push(device.token, gzipSync(Buffer.alloc(0)), headers);
    expect(empty.statusCode).toBe(400);
  });

  it('gzips large pull answers for clients that accept it', async () => {
    test = await startTestApp();
    const device = await test.enroll();
    await test.push(device.token, { messages: Array.from({ length: 20 }, () => signalMessage(device)) });
    const plain = await test.pull(device.token, '?after=0');
    const zipped = await test.pull(device.token, '?after=0', { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(plain.json());
  });
});
