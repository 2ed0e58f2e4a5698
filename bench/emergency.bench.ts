/**
 * Benchmark 5: emergency latency under backlog. The link comes back with 20,000 messages queued
 * and an emergency report is made at that moment: how long until the coordination point has
 * it (the push that carries it is answered). Ours (emergencies first, in a request of their
 * own) against a plain FIFO replay of the same queue, over a 2 Mbit/s + 50 ms link.
 * Run: node --import tsx bench/emergency.bench.ts [runs] [backlog]
 */
import 'fake-indexeddb/auto';
import { createEmergencyReport } from '../src/db';
import { SyncEngine } from '../src/sync/engine';
import { seededRandom } from '../tests/chaos/random';
import { makeEnrollmentCode, makeTempDir, startServerProcess } from '../tests/server/helpers';
import { backlogMessage } from '../server/sampleBacklog';
import { benchDevice, fillOutbox } from './lib/device';
import { machineLine, median, percentile } from './lib/env';
import { LinkShaper, STARLINK_BAD_DAY } from './lib/shaper';

const RUNS = Number(process.argv[2] ?? 20);
const BACKLOG = Number(process.argv[3] ?? 20_000);
const FIFO_RUNS = Math.min(3, RUNS);

const temp = makeTempDir('nsp-bench-emergency-');
const server = await startServerProcess({ dataDir: temp.dir, env: { ENROLL_RATE_LIMIT: '1000' } });
const shaper = new LinkShaper(server.port, STARLINK_BAD_DAY);
const shapedUrl = `http://127.0.0.1:${await shaper.listen()}`;
const device = await benchDevice(server.url, (await makeEnrollmentCode(temp.dir, 'Bench')).code);
const random = seededRandom(5);
let index = 0;

async function topUp() {
  const pending = await device.db.outbox.where('state').equals('pending').count();
  const missing = BACKLOG - pending;
  if (missing > 0) await fillOutbox(device.db, Array.from({ length: missing }, () => backlogMessage(index++, device, random)));
}

const REPORT = {
  service: 'ambulance' as const,
  incident: ['breathing'],
  description: 'Benauwdheid, zuurstofapparaat zonder stroom',
  urgency: 'lifeThreatening' as const,
  address: 'Kerkstraat 4, Dinxperlo',
  peopleInvolved: 1,
  occurredAt: new Date().toISOString(),
};

/** One run: link back, report made, time until its push is answered; then the link drops again. */
async function run(ordering: 'priority' | 'fifo'): Promise<number> {
  await topUp();
  let reportId = '';
  let deliveredAt = 0;
  const watching: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (reportId && !deliveredAt && String(input).includes('/sync/push')) {
      const text = await response.clone().text();
      if (text.includes(reportId)) deliveredAt = performance.now();
    }
    return response;
  };
  shaper.restore();
  const engine = new SyncEngine({ db: device.db, baseUrl: shapedUrl, fetchFn: watching, ordering });
  const drain = engine.syncOnce({ pull: false });
  const madeAt = performance.now();
  // The push answers name message ids: catch the id of the report's outbox message.
  const catchId = (_key: unknown, entry: { id: string; type: string }) => {
    if (entry.type === 'report.created') reportId = entry.id;
  };
  device.db.outbox.hook('creating', catchId);
  await createEmergencyReport(device.db, { ...REPORT, occurredAt: new Date().toISOString() });
  device.db.outbox.hook('creating').unsubscribe(catchId);
  while (!deliveredAt) await new Promise((resolve) => setTimeout(resolve, 5));
  shaper.cut();
  await drain;
  return deliveredAt - madeAt;
}

console.log(`Emergency latency: ${BACKLOG} queued, link ${STARLINK_BAD_DAY.bitsPerSecond / 1e6} Mbit/s + ${STARLINK_BAD_DAY.latencyMs} ms · ${machineLine()}`);
const ours: number[] = [];
for (let i = 0; i < RUNS; i += 1) ours.push(await run('priority'));
const fifo: number[] = [];
for (let i = 0; i < FIFO_RUNS; i += 1) fifo.push(await run('fifo'));
const row = (values: number[]) => ({ runs: values.length, p50: `${Math.round(median(values))} ms`, p99: `${Math.round(percentile(values, 99))} ms`, max: `${Math.round(Math.max(...values))} ms` });
console.table({ 'emergencies first (ours)': row(ours), 'FIFO replay (reference)': row(fifo) });
console.log(`p99 ours: ${Math.round(percentile(ours, 99))} ms (goal < 1000 ms); FIFO / ours at p50: ${(median(fifo) / median(ours)).toFixed(0)}×`);
await shaper.close();
await server.stop();
temp.remove();
process.exit(0);
