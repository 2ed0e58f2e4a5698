/**
 * Tablet replacement (issue 10): a new tablet enrolled at an existing point restores everything
 * of that point from the coordination point (pull from the start) and is ready to work. How
 * long for a point with 5,000 visits over a shaped 2 Mbit/s + 50 ms link? Goal: under 5 minutes.
 * Run: node --import tsx bench/restore.bench.ts [visits]
 */
import 'fake-indexeddb/auto';
import { SyncEngine } from '../src/sync/engine';
import { seededRandom } from '../tests/chaos/random';
import { makeEnrollmentCode, makeTempDir, startServerProcess } from '../tests/server/helpers';
import { backlogMessage } from '../server/sampleBacklog';
import { benchDevice, fillOutbox } from './lib/device';
import { kb, machineLine, sec } from './lib/env';
import { LinkShaper, STARLINK_BAD_DAY } from './lib/shaper';

const VISITS = Number(process.argv[2] ?? 5000);

const temp = makeTempDir('nsp-bench-restore-');
const server = await startServerProcess({ dataDir: temp.dir, env: { ENROLL_RATE_LIMIT: '1000' } });
const shaper = new LinkShaper(server.port, STARLINK_BAD_DAY);
const shapedUrl = `http://127.0.0.1:${await shaper.listen()}`;
try {
  // The old tablet's days of work reach the coordination point first (unshaped: not measured).
  const old = await benchDevice(server.url, (await makeEnrollmentCode(temp.dir, 'Dinxperlo')).code);
  const random = seededRandom(10);
  const history = [];
  for (let index = 0; history.filter((message) => message.type === 'visit.registered').length < VISITS; index += 1) history.push(backlogMessage(index, old, random));
  await fillOutbox(old.db, history);
  const drained = await new SyncEngine({ db: old.db, baseUrl: server.url }).syncOnce({ pull: false });
  if (drained.pushed !== history.length) throw new Error(`history not stored: ${drained.pushed} of ${history.length}`);

  console.log(`Tablet replacement: a point with ${VISITS} visits (${history.length} messages), link ${STARLINK_BAD_DAY.bitsPerSecond / 1e6} Mbit/s + ${STARLINK_BAD_DAY.latencyMs} ms · ${machineLine()}`);
  // The new tablet: enrolled, then one sync round over the thin link restores the point.
  const replacement = await benchDevice(server.url, (await makeEnrollmentCode(temp.dir, 'Dinxperlo')).code);
  shaper.resetCounters();
  const started = performance.now();
  const report = await new SyncEngine({ db: replacement.db, baseUrl: shapedUrl, pullLimit: 1000 }).syncOnce();
  const ms = performance.now() - started;
  const visits = await replacement.db.visits.count();
  if (visits !== VISITS) throw new Error(`restored ${visits} of ${VISITS} visits (${report.failure ?? 'no failure'})`);
  console.table({
    restore: { time: sec(ms), 'changes pulled': report.pulled, 'visits on the new tablet': visits, 'bytes down': kb(shaper.bytesDown), 'bytes up': kb(shaper.bytesUp) },
  });
  console.log(`floor (bytes ÷ bandwidth): ${sec((shaper.bytesDown * 8 * 1000) / STARLINK_BAD_DAY.bitsPerSecond)}; goal: under 5 minutes.`);
} finally {
  await shaper.close();
  await server.stop();
  temp.remove();
}
process.exit(0);
