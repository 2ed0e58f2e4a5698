/**
 * Benchmark 4: backlog drain after an outage. 20,000 queued messages (a 72 h mix) drained to
 * the coordination point through a link shaped to 2 Mbit/s and 50 ms latency, against PouchDB
 * replication of the same documents to a CouchDB-compatible server over the same link. Then the
 * pull that follows the drain, over the same link: as the sync contract's default answers it
 * (the tablet's own 20,000 messages sent back to it) and as the app asks for it (`withOwn=false`).
 * Run: node --import tsx bench/drain.bench.ts [messages]
 */
// IndexedDB for the Node tablet must exist before Dexie loads.
import 'fake-indexeddb/auto';
import express from 'express';
import expressPouchDb from 'express-pouchdb';
import memdown from 'memdown';
import PouchDB from 'pouchdb';
import type { AddressInfo } from 'node:net';
import { SyncEngine } from '../src/sync/engine';
import { makeEnrollmentCode, makeTempDir, startServerProcess } from '../tests/server/helpers';
import { seededRandom } from '../tests/chaos/random';
import { backlogMessage } from '../server/sampleBacklog';
import { benchDevice, fillOutbox } from './lib/device';
import { kb, machineLine, sec } from './lib/env';
import { LinkShaper, STARLINK_BAD_DAY } from './lib/shaper';

const MESSAGES = Number(process.argv[2] ?? 20_000);

async function ours(envelopesFor: (where: { siteId: string; deviceId: string }) => ReturnType<typeof backlogMessage>[]) {
  const temp = makeTempDir('nsp-bench-drain-');
  const server = await startServerProcess({ dataDir: temp.dir, env: { ENROLL_RATE_LIMIT: '1000' } });
  const shaper = new LinkShaper(server.port, STARLINK_BAD_DAY);
  const shapedUrl = `http://127.0.0.1:${await shaper.listen()}`;
  try {
    const device = await benchDevice(server.url, (await makeEnrollmentCode(temp.dir, 'Bench')).code);
    const envelopes = envelopesFor(device);
    await fillOutbox(device.db, envelopes);
    shaper.resetCounters();
    const engine = new SyncEngine({ db: device.db, baseUrl: shapedUrl });
    const started = performance.now();
    const report = await engine.syncOnce({ pull: false });
    const ms = performance.now() - started;
    if (report.pushed !== envelopes.length) throw new Error(`drained ${report.pushed} of ${envelopes.length}: ${report.failure ?? ''} ${report.detail ?? ''}`);
    const drained = { ms, up: shaper.bytesUp, down: shaper.bytesDown, requests: Math.ceil(envelopes.length / 500) };
    const echo = await pullAll(shaper, shapedUrl, device.token, '');
    const withoutOwn = await pullAll(shaper, shapedUrl, device.token, '&withOwn=false');
    if (echo.changes !== envelopes.length || withoutOwn.changes !== 0) throw new Error(`pulled ${echo.changes} / ${withoutOwn.changes} changes`);
    return { ...drained, pull: { echo, withoutOwn } };
  } finally {
    await shaper.close();
    await server.stop();
    temp.remove();
  }
}

/** Every page of the tablet's pull from cursor 0 through the shaped link (gzip accepted, as a browser does): time and bytes down. */
async function pullAll(shaper: LinkShaper, url: string, token: string, extra: string) {
  let after = 0;
  let changes = 0;
  let pages = 0;
  shaper.resetCounters();
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${url}/api/v1/sync/pull?after=${after}&limit=500${extra}`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await response.json()) as { changes: unknown[]; cursor: number; more: boolean };
    changes += page.changes.length;
    pages += 1;
    after = page.cursor;
    if (!page.more) return { ms: performance.now() - started, bytes: shaper.bytesDown, changes, pages };
  }
}

async function pouch(docs: Record<string, unknown>[]) {
  const MemPouch = PouchDB.defaults({ db: memdown });
  const app = express();
  app.use('/', expressPouchDb(MemPouch, { inMemoryConfig: true, mode: 'minimumForPouchDB', logPath: '/dev/null' }));
  const http = await new Promise<import('node:http').Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const shaper = new LinkShaper((http.address() as AddressInfo).port, STARLINK_BAD_DAY);
  const shapedUrl = `http://127.0.0.1:${await shaper.listen()}`;
  try {
    const local = new MemPouch(`local-${Date.now()}`);
    await local.bulkDocs(docs);
    await fetch(`${shapedUrl}/points`, { method: 'PUT' });
    shaper.resetCounters();
    const started = performance.now();
    const result = await local.replicate.to(`${shapedUrl}/points`);
    const ms = performance.now() - started;
    if (result.docs_written !== docs.length) throw new Error(`PouchDB wrote ${result.docs_written} of ${docs.length}`);
    return { ms, up: shaper.bytesUp, down: shaper.bytesDown };
  } finally {
    await shaper.close();
    http.close();
  }
}

console.log(`Backlog drain: ${MESSAGES} messages, link ${STARLINK_BAD_DAY.bitsPerSecond / 1e6} Mbit/s + ${STARLINK_BAD_DAY.latencyMs} ms · ${machineLine()}`);
let sample: ReturnType<typeof backlogMessage>[] = [];
const result = await ours((where) => {
  const random = seededRandom(72);
  sample = Array.from({ length: MESSAGES }, (_, index) => backlogMessage(index, where, random));
  return sample;
});
const reference = await pouch(sample.map(({ id, ...rest }) => ({ _id: id, ...rest })));
const ourBytes = result.up + result.down;
const pouchBytes = reference.up + reference.down;
const floorMs = (ourBytes * 8 * 1000) / STARLINK_BAD_DAY.bitsPerSecond;
console.table({
  noodsteunpunt: { time: sec(result.ms), 'bytes up': kb(result.up), 'bytes down': kb(result.down), 'msg/s': Math.round(MESSAGES / (result.ms / 1000)) },
  'PouchDB → express-pouchdb': { time: sec(reference.ms), 'bytes up': kb(reference.up), 'bytes down': kb(reference.down), 'msg/s': Math.round(MESSAGES / (reference.ms / 1000)) },
});
console.log(`speed-up vs PouchDB: ${(reference.ms / result.ms).toFixed(1)}× (goal ≥ 3×)`);
console.log(`bytes vs PouchDB: ${(ourBytes / pouchBytes).toFixed(3)} (goal ≤ 0.333)`);
console.log(`time vs floor (our bytes ÷ bandwidth = ${sec(floorMs)}): ${(result.ms / floorMs).toFixed(2)}× (goal ≤ 2×)`);
console.log('The pull after the drain (the tablet has just pushed all of these):');
console.table({
  'own messages included (the contract default)': { time: sec(result.pull.echo.ms), 'bytes down (gzip)': kb(result.pull.echo.bytes), pages: result.pull.echo.pages, changes: result.pull.echo.changes },
  'withOwn=false (what the app asks)': { time: sec(result.pull.withoutOwn.ms), 'bytes down (gzip)': kb(result.pull.withoutOwn.bytes), pages: result.pull.withoutOwn.pages, changes: result.pull.withoutOwn.changes },
});
process.exit(0);
