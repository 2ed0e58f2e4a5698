/**
 * What only the real process shows: a SIGKILL in the middle of a push loses no answered
 * message and doubles none after redelivery; the first start seeds a demo site; SIGTERM exits
 * cleanly; the admin CLI works on the same data while the server runs; it runs with the
 * launcher's memory settings.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnrollResponse, Envelope, PullResponse, PushResponse } from '../../src/domain';
import { openStorage } from '../../server/storage';
import { serverNodeEnv } from '../../scripts/server-node.mjs';
import {
  createTestDatabase,
  enrollOverHttp,
  findEnrollmentCode,
  makeTempDir,
  runCli,
  signalMessage,
  startServerProcess,
  type ServerProcess,
} from './helpers';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

const running: ServerProcess[] = [];
const cleanups: Array<() => void | Promise<void>> = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.kill()));
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function tempDir(): string {
  const temp = makeTempDir('nsp-process-');
  cleanups.push(temp.remove);
  return temp.dir;
}

async function push(url: string, token: string, messages: Envelope[]): Promise<Response> {
  return fetch(`${url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ messages }),
  });
}

async function pullAll(url: string, token: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${url}/api/v1/sync/pull?after=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await response.json()) as PullResponse;
    ids.push(...page.changes.map((change) => change.id));
    cursor = page.cursor;
    if (!page.more) return ids;
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/** The process tests run on SQLite, and on PostgreSQL (DATABASE_URL) when TEST_DATABASE_URL is set. */
function processContract(usePostgres: boolean): void {
  let databaseUrl: string | undefined;

  async function start(dataDir: string): Promise<ServerProcess> {
    const server = await startServerProcess({ dataDir, databaseUrl });
    running.push(server);
    return server;
  }

  beforeEach(async () => {
    databaseUrl = undefined;
    if (usePostgres && TEST_DATABASE_URL) {
      const database = await createTestDatabase(TEST_DATABASE_URL);
      databaseUrl = database.url;
      cleanups.push(database.drop);
    }
  });

  it('keeps every message exactly once when killed with SIGKILL in the middle of a push', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    let server = await start(dataDir);
    const code = findEnrollmentCode(server.output());
    expect(code, server.output()).toBeDefined();
    const device: EnrollResponse = await enrollOverHttp(server.url, code ?? '', 'Desk tablet');

    const messages = Array.from({ length: 2000 }, (_, index) => signalMessage(device, `Signal ${index}`));
    const batches = chunk(messages, 100);

    // The first batches go one by one and are all answered; they also tell how long a push takes here.
    const ANSWERED_FIRST = 5;
    const startedAt = performance.now();
    for (const batch of batches.slice(0, ANSWERED_FIRST)) {
      const response = await push(server.url, device.token, batch);
      expect(response.status).toBe(200);
      const { results } = (await response.json()) as PushResponse;
      expect(results.every((result) => result.status === 'accepted')).toBe(true);
    }
    const pushMs = (performance.now() - startedAt) / ANSWERED_FIRST;

    // One push is stored, but its answer is lost on the way back: the tablet must send it again.
    const answerLost = batches[ANSWERED_FIRST];
    expect((await push(server.url, device.token, answerLost)).status).toBe(200);
    const committedBefore = (ANSWERED_FIRST + 1) * 100;

    // The rest go at once, and the power fails while the server works through them, as soon as
    // the next commit shows in the database. On SQLite the wait is synchronous (awaiting
    // better-sqlite3 only yields to microtasks), so this process reads no answer in between.
    const inFlight = batches.slice(ANSWERED_FIRST + 1).map((batch) =>
      push(server.url, device.token, batch)
        .then(async (response) => ({ batch, answered: response.status === 200 && ((await response.json()) as PushResponse).results.length > 0 }))
        .catch(() => ({ batch, answered: false })),
    );
    await delay(Math.max(2, Math.round(pushMs / 2)));
    const observer = openStorage({ dataDir, databaseUrl });
    const deadline = Date.now() + 10_000;
    while ((await observer.countMessages()) <= committedBefore && Date.now() < deadline) {
      // spin until the server commits the next push
    }
    server.child.kill('SIGKILL');
    await observer.close();
    await server.kill();
    const interrupted = (await Promise.all(inFlight)).filter((push) => !push.answered).map((push) => push.batch);
    expect(interrupted.length, 'the kill must interrupt some pushes').toBeGreaterThan(0);

    server = await start(dataDir);
    expect(findEnrollmentCode(server.output())).toBeUndefined();
    const redelivery = await push(server.url, device.token, answerLost);
    expect(((await redelivery.json()) as PushResponse).results.every((result) => result.status === 'duplicate')).toBe(true);
    for (const batch of interrupted) {
      const response = await push(server.url, device.token, batch);
      expect(response.status).toBe(200);
      const statuses = new Set(((await response.json()) as PushResponse).results.map((result) => result.status));
      // One transaction per push: a killed push is stored completely or not at all.
      expect([['accepted'], ['duplicate']]).toContainEqual([...statuses]);
    }
    for (const batch of batches) {
      const { results } = (await (await push(server.url, device.token, batch)).json()) as PushResponse;
      expect(results.every((result) => result.status === 'duplicate')).toBe(true);
    }

    const pulled = await pullAll(server.url, device.token);
    expect(pulled).toHaveLength(2000);
    expect(new Set(pulled)).toEqual(new Set(messages.map((message) => message.id)));

    expect(await server.stop()).toBe(0);
    const storage = openStorage({ dataDir, databaseUrl });
    try {
      expect(await storage.countMessages()).toBe(2000);
    } finally {
      await storage.close();
    }
  });

  it('is managed with the CLI while it runs: a revoked tablet gets 401', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const added = await runCli(dataDir, ['site', 'add', 'Winterswijk Centrum', '--municipality', 'Winterswijk'], { databaseUrl });
    expect(added, added.stderr).toMatchObject({ code: 0 });
    const server = await start(dataDir);
    expect(findEnrollmentCode(server.output()), 'no demo site once a site exists').toBeUndefined();

    const issued = await runCli(dataDir, ['enroll-code', 'winterswijk centrum', '--hours', '2'], { databaseUrl });
    expect(issued.code, issued.stderr).toBe(0);
    const code = findEnrollmentCode(issued.stdout);
    expect(code).toBeDefined();
    const device = await enrollOverHttp(server.url, code ?? '', 'Kiosk tablet');
    expect(device.siteName).toBe('Winterswijk Centrum');
    expect((await push(server.url, device.token, [signalMessage(device)])).status).toBe(200);

    const listed = await runCli(dataDir, ['devices', 'Winterswijk Centrum'], { databaseUrl });
    expect(listed.stdout).toContain(device.deviceId);
    expect(listed.stdout).toContain('active');

    const revoked = await runCli(dataDir, ['revoke', device.deviceId], { databaseUrl });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await push(server.url, device.token, [signalMessage(device)])).status).toBe(401);
    expect((await runCli(dataDir, ['devices'], { databaseUrl })).stdout).toContain('revoked');
  });
}

describe('server process on SQLite', () => {
  processContract(false);
});

describe.skipIf(!TEST_DATABASE_URL)('server process on PostgreSQL', () => {
  processContract(true);
});

describe('admin CLI', () => {
  it('CLI mistakes exit with code 1 and say what is wrong', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const cases: Array<[string[], RegExp]> = [
      [['enroll-code', 'Nowhere'], /Unknown site "Nowhere"/],
      [['revoke', randomUUID()], /Unknown device/],
      [['frobnicate'], /Unknown command "frobnicate"[\s\S]*Usage/],
      [['site', 'add', 'Lintelo'], /--municipality/],
      [[], /Usage/],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(dataDir, args)));
    results.forEach((result, index) => {
      expect(result.code, cases[index][0].join(' ')).toBe(1);
      expect(result.stderr).toMatch(cases[index][1]);
    });
  });
});

describe.skipIf(process.platform !== 'linux')("the server process's memory settings (scripts/server-node.mjs)", () => {
  it('runs with the young generation floor and glibc keeping its memory, after any tunables the caller set', { timeout: 60_000 }, async () => {
    const server = await startServerProcess({ dataDir: tempDir() });
    running.push(server);
    const pid = server.child.pid ?? 0;
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain('--min-semi-space-size=16');
    // glibc reads GLIBC_TUNABLES in place at start and leaves only its first setting visible here.
    expect(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')).toContain('GLIBC_TUNABLES=glibc.malloc.mmap_threshold=33554432');
    expect(serverNodeEnv({}).GLIBC_TUNABLES).toBe('glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824');
    expect(serverNodeEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=4', LANG: 'nl_NL.UTF-8' })).toEqual({
      GLIBC_TUNABLES: 'glibc.malloc.arena_max=4:glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824',
      LANG: 'nl_NL.UTF-8',
    });
  });
});
