/**
 * API fuzzing against the running server process: malformed JSON, wrong types, missing
 * fields, huge bodies and strings, deep nesting, odd Unicode, SQL-looking strings, ids of other
 * points, replayed and forged tokens. Proves: no 5xx, nothing invalid stored, and valid
 * clients are still served afterwards. The seed is printed (FUZZ_SEED replays a run).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChange, type Change } from '../../src/domain';
import { enrollOverHttp, makeEnrollmentCode, makeTempDir, runCli, signalMessage, startServerProcess, type ServerProcess } from '../server/helpers';
import { pick, seedFromEnv, seededRandom, type Random } from '../chaos/random';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const temp = makeTempDir('nsp-fuzz-');
let server: ServerProcess;
let siteA: { token: string; siteId: string; deviceId: string };
let siteB: { token: string; siteId: string; deviceId: string };
let revokedToken: string;

beforeAll(async () => {
  // A stand-in build, so the run does not depend on whether `vite build` ran before it: a path
  // like /api/v1/../../etc/passwd reaches the server as /etc/passwd, a client route.
  const distDir = path.join(temp.dir, 'dist');
  mkdirSync(distDir);
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Noodsteunpunt</title>');
  server = await startServerProcess({ dataDir: temp.dir, distDir, env: { ENROLL_RATE_LIMIT: '100000' } });
  const enrollAt = async (site: string) => enrollOverHttp(server.url, (await makeEnrollmentCode(temp.dir, site)).code);
  siteA = await enrollAt('Fuzz-A');
  siteB = await enrollAt('Fuzz-B');
  const revoked = await enrollAt('Fuzz-A');
  revokedToken = revoked.token;
  await runCli(temp.dir, ['revoke', revoked.deviceId]);
});
afterAll(async () => {
  await server?.stop();
  temp.remove();
});

const ODD_STRINGS = [
  "'; DROP TABLE messages; --",
  '" OR 1=1 --',
  '1; SELECT pg_sleep(10)',
  '\u0000\u0001\u0002',
  '\ud800 lone surrogate',
  '\u202e right-to-left override',
  'zero\u200bwidth',
  '🚑🔥👮‍♀️',
  'Ärztin Größe ÿ',
  '%00%27%22',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'x'.repeat(5000),
];

function deepNest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { a: [value] };
  return value;
}

/** A lone surrogate cannot be percent-encoded: send the replacement character in its place. */
const queryValue = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));

type FuzzRequest = { method: string; path: string; headers: Record<string, string>; body?: string; kind: string };

function mutateValue(random: Random): unknown {
  return pick(random, [null, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, true, [], {}, pick(random, ODD_STRINGS), randomUUID(), [randomUUID()], { $gt: '' }, deepNest(50)]);
}

function validMessage(random: Random, who = siteA) {
  const message = signalMessage({ siteId: who.siteId, deviceId: who.deviceId }, pick(random, ODD_STRINGS).slice(0, 300) || 'x');
  return message as unknown as Record<string, unknown>;
}

function fuzzRequest(random: Random): FuzzRequest {
  const auth = { authorization: `Bearer ${siteA.token}`, 'content-type': 'application/json' };
  const kind = pick(random, ['badJson', 'wrongTypes', 'missingFields', 'oddPayload', 'otherSite', 'forgedToken', 'revokedToken', 'replay', 'badPull', 'deep', 'hugeString', 'enroll', 'randomPath', 'badEnvelopeList', 'coordinationOnly']);
  switch (kind) {
    case 'badJson':
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: pick(random, ['{', '{"messages": [', 'null', '[]', '"text"', '{"messages": 5}', '\u0000', '{"messages":[{]}', 'NaN']) };
    case 'wrongTypes': {
      const message = validMessage(random);
      const field = pick(random, ['id', 'type', 'siteId', 'deviceId', 'createdAt', 'payload']);
      message[field] = mutateValue(random);
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [message] }) };
    }
    case 'missingFields': {
      const message = validMessage(random);
      delete message[pick(random, ['id', 'type', 'siteId', 'deviceId', 'createdAt', 'payload'])];
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [message, validMessage(random)] }) };
    }
    case 'oddPayload': {
      const message = validMessage(random);
      const payload = { ...(message.payload as Record<string, unknown>) };
      payload[pick(random, ['id', 'category', 'text', 'at', 'location', '__proto__', 'constructor'])] = mutateValue(random);
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [{ ...message, payload }] }) };
    }
    case 'otherSite':
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [validMessage(random, siteB)] }) };
    case 'forgedToken': {
      const token = pick(random, ['', 'null', siteA.token.slice(0, -1) + 'A', siteA.token + 'x', randomUUID(), 'Bearer', pick(random, ODD_STRINGS)]);
      // Headers carry printable ASCII only (fetch refuses anything else before it is sent).
      const header = `Bearer ${token}`.replace(/[^\x20-\x7e]/g, '?').slice(0, 4000);
      return { kind, method: pick(random, ['POST', 'GET']), path: pick(random, ['/api/v1/sync/push', '/api/v1/sync/pull?after=0']), headers: { authorization: header, 'content-type': 'application/json' }, body: JSON.stringify({ messages: [validMessage(random)] }) };
    }
    case 'revokedToken':
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: { ...auth, authorization: `Bearer ${revokedToken}` }, body: JSON.stringify({ messages: [validMessage(random)] }) };
    case 'replay':
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [REPLAYED] }) };
    case 'badPull':
      return { kind, method: 'GET', path: `/api/v1/sync/pull?after=${queryValue(String(mutateValue(random)))}&limit=${encodeURIComponent(pick(random, ['-1', '0', 'abc', '1e9', '1001', "1' OR '1'='1", '']))}&siteId=${pick(random, [siteB.siteId, siteA.siteId, 'x'])}`, headers: auth };
    case 'deep':
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [{ ...validMessage(random), payload: deepNest(2000) }] }) };
    case 'hugeString': {
      const message = validMessage(random);
      (message.payload as Record<string, unknown>).text = 'ü'.repeat(100_000);
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [message] }) };
    }
    case 'enroll':
      return { kind, method: 'POST', path: '/api/v1/enroll', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: pick(random, [mutateValue(random), 'AAAA-BBBB', "' OR 1=1 --", '']), deviceName: mutateValue(random) }) };
    case 'randomPath':
      return { kind, method: pick(random, ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']), path: pick(random, ['/api/v1/sync', '/api/v2/sync/push', '/api/v1/../../etc/passwd', '/api/v1/sync/push?x=%00', '/%2e%2e/data/coordination.sqlite', '/api/v1/health?x=' + 'a'.repeat(3000)]), headers: auth, body: '{}' };
    case 'badEnvelopeList':
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: Array.from({ length: pick(random, [0, 1, 5001]) }, () => mutateValue(random)) }) };
    default: {
      const message = validMessage(random);
      return { kind, method: 'POST', path: '/api/v1/sync/push', headers: auth, body: JSON.stringify({ messages: [{ ...message, type: pick(random, ['report.statusChanged', 'bulletin.published', 'supply.updated']) }] }) };
    }
  }
}

let REPLAYED: Record<string, unknown>;

async function pullAll(token: string): Promise<Change[]> {
  const changes: Change[] = [];
  let after = 0;
  for (;;) {
    const response = await fetch(`${server.url}/api/v1/sync/pull?after=${after}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await response.json()) as { changes: Change[]; cursor: number; more: boolean };
    changes.push(...page.changes);
    after = page.cursor;
    if (!page.more) return changes;
  }
}

describe('API fuzzing', () => {
  it(`answers ${REQUESTS} hostile requests without a 5xx and stores nothing invalid`, async () => {
    const seed = seedFromEnv('FUZZ_SEED');
    console.log(`FUZZ_SEED=${seed}`);
    const random = seededRandom(seed);
    REPLAYED = validMessage(random);
    const statuses = new Map<number, number>();
    const byKind = new Map<string, number>();
    let accepted = 0;
    let fiveHundreds = 0;
    const failures: string[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < REQUESTS) {
        sent += 1;
        const request = fuzzRequest(random);
        byKind.set(request.kind, (byKind.get(request.kind) ?? 0) + 1);
        const response = await fetch(`${server.url}${request.path}`, { method: request.method, headers: request.headers, body: request.method === 'GET' ? undefined : request.body });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) {
          fiveHundreds += 1;
          if (failures.length < 5) failures.push(`${request.kind} ${request.method} ${request.path} -> ${response.status} ${text.slice(0, 200)}`);
        }
        if (response.ok && request.path.endsWith('/sync/push')) {
          accepted += ((JSON.parse(text) as { results: { status: string }[] }).results ?? []).filter((result) => result.status === 'accepted').length;
        }
      }
    };
    // A few huge bodies over the 1 MiB limit, then the stream of hostile requests. The server
    // answers 413 from the Content-Length alone and closes the connection without reading the
    // body (Fastify), so a client still sending it may see the connection closed before the
    // answer (EPIPE, ECONNRESET): refused either way, and nothing of it is stored (checked below).
    let closedEarly = 0;
    for (let i = 0; i < 5; i += 1) {
      const status = await fetch(`${server.url}/api/v1/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${siteA.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ pad: 'x'.repeat(2 * 1024 * 1024) }] }) }).then(
        (response) => response.status,
        (error: unknown) => {
          if (!['EPIPE', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(String((error as { cause?: { code?: string } }).cause?.code))) throw error;
          closedEarly += 1;
          return undefined;
        },
      );
      if (status !== undefined) {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status).toBe(413);
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker));

    const storedA = await pullAll(siteA.token);
    const storedB = await pullAll(siteB.token);
    const invalid = [...storedA, ...storedB].filter((change) => !checkChange(change).ok);
    const figures = { requests: sent + 5, statuses: Object.fromEntries(statuses), closedEarly, kinds: Object.fromEntries(byKind), accepted, stored: storedA.length + storedB.length, invalidRows: invalid.length, fiveHundreds };
    console.log(JSON.stringify(figures, null, 2));
    expect(failures).toEqual([]);
    expect(fiveHundreds).toBe(0);
    expect(invalid).toHaveLength(0);
    expect(storedB).toHaveLength(0);
    expect(storedA.length).toBe(accepted);

    // A valid tablet is still served afterwards.
    const after = await fetch(`${server.url}/api/v1/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${siteA.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ messages: [validMessage(random)] }) });
    expect(((await after.json()) as { results: { status: string }[] }).results[0].status).toBe('accepted');
  }, 180_000); // bounded work (10,000 requests), but a shared machine can be slow
});
