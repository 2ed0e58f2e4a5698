/**
 * Benchmark 6: server ingest. 300 tablets reconnect at once, each with a backlog, and push it
 * to the coordination point: messages per second and push latency (p50/p99), on SQLite and on
 * PostgreSQL, in two storms on one server process (the first with its code still cold, the
 * second later, each tablet on a new connection); against the raw batched insert rate of the
 * same database in the same run (plain INSERTs of as many rows of the same kind, 500 per
 * transaction, no HTTP, no validation; SQLite a prepared single-row INSERT per row, PostgreSQL
 * one multi-row INSERT), measured just before and just after the storms (the share uses their
 * mean; their spread shows the machine's noise): once into a bare table (the reference of the
 * first runs), once into the server's own schema, made by its migrations (its extra index by
 * type and its foreign key to the points are work that any ingest into that table has to do);
 * for SQLite also into the bare table opened as the server opens its file (its checkpoint
 * setting: in a commit only at 20,000 pages of WAL), the goal's strict reference since the
 * server checkpoints after a storm rather than in it (twenty-third session).
 * The server logs at `info`, as `npm start` runs it (one line per request; since 2026-11-27,
 * thirteenth session; before, the bench ran it at `error`).
 * Run: node --import tsx bench/ingest.bench.ts [devices] [messagesPerDevice]
 * BENCH_SERVER_ROOT: run the server of another checkout (bench/ingest-ab.bench.ts does); BENCH_JSON=1
 * also prints the main figures as one JSON line (INGEST_FIGURES {...}) for such a caller.
 * PostgreSQL: BENCH_DATABASE_URL, or a throwaway cluster started with scripts/pg-test-cluster.sh.
 * BENCH_ONLY=sqlite or BENCH_ONLY=postgres runs one of the two.
 * Diagnostics: PROF_DIR=/dir (CPU profiles of the server's threads; stderr gets each storm's
 * span in hrtime µs), SERVER_V8_FLAGS='--trace-gc' (scripts/server-node.mjs) with
 * BENCH_SERVER_OUT=/file (what the server printed), BENCH_THREADS=1 (CPU and minor page faults of each server thread).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PRIORITY, priorityOf, type Envelope, type EnrollResponse } from '../src/domain';
import { GZIP_FROM_BYTES } from '../src/sync/transport';
import { seededRandom } from '../tests/chaos/random';
import { startPostgres } from './lib/postgres';
import { createTestDatabase, enrollOverHttp, makeEnrollmentCode, makeTempDir, startServerProcess, type ServerProcess } from '../tests/server/helpers';
import { openStorage, SQLITE_FILE_NAME } from '../server/storage';
import { openSqliteConnection } from '../server/storage/sqlite-connection.mjs';
import { PUSH_PATH, pushHeaders, pushOverHttp } from '../server/pushOverHttp';
import { backlogMessage, emergencyReport } from '../server/sampleBacklog';
import type { StormFigures } from './lib/ab';
import { machineLine, median, percentile } from './lib/env';
import { answerText, postBytes, RawHttpConnection, type RawAnswer } from './lib/rawHttp';

const DEVICES = Number(process.argv[2] ?? 300);
const PER_DEVICE = Number(process.argv[3] ?? 100);
const BATCH = 500;
const SITES = Math.max(1, Math.round(DEVICES / 3));
/** Emergency reports made during the storm, from tablets at other points. */
const EMERGENCIES = 5;

function rowsOf(envelopes: Envelope[]) {
  const receivedAt = new Date().toISOString();
  return envelopes.map((e) => [e.id, e.type, e.siteId, e.deviceId, e.createdAt, JSON.stringify(e.payload), 'device', receivedAt] as const);
}

// Node's http client with keep-alive, a new agent (new connections) for each storm: for the
// emergency reports and the coordinator's screen. The 300 tablets use bare connections.
let agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const post = (url: string, token: string, body: Buffer, encoding: 'gzip' | 'identity' = 'gzip') => pushOverHttp(url, { agent, token, body, encoding });

function get(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (response) => response.resume().on('end', resolve).on('error', reject)).on('error', reject);
  });
}

/**
 * One reconnect storm: every tablet pushes its backlog at once, while five tablets at other
 * points each make an emergency report and a coordinator's screen polls the server.
 */
async function storm(server: ServerProcess, devices: EnrollResponse[], reporters: EnrollResponse[], seed: number) {
  // Tablets whose link came back open new connections: none is left from an earlier storm.
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const random = seededRandom(seed);
  const backlogs = devices.map((device) => Array.from({ length: PER_DEVICE }, (_, index) => backlogMessage(index, device, random)));
  // Each tablet's requests are what its sync engine sends (src/sync/engine.ts): its queued
  // emergency reports first, alone in a request of their own, then the rest in batches of up to
  // 500. (Until 2026-11-27 the bench sent every backlog in one request with its emergency reports
  // mixed in, which the app never does; the server stores such a push at once as an emergency,
  // so two pushes in three went to the database one by one.) They are serialized, and gzipped
  // from 1 KiB as transport.ts does, before the clock starts: a tablet does that on its own CPU,
  // and here the load generator shares the server's 2 cores.
  const bodies = backlogs.map((backlog) => {
    const urgent: Envelope[] = [];
    const rest: Envelope[] = [];
    for (const message of backlog) (priorityOf(message.type) === PRIORITY.emergency ? urgent : rest).push(message);
    const batches = [...(urgent.length > 0 ? [urgent] : []), ...Array.from({ length: Math.ceil(rest.length / BATCH) }, (_, batch) => rest.slice(batch * BATCH, (batch + 1) * BATCH))];
    return batches.map((messages) => {
      const json = JSON.stringify({ messages });
      return json.length >= GZIP_FROM_BYTES ? { body: gzipSync(json), encoding: 'gzip' as const } : { body: Buffer.from(json), encoding: 'identity' as const };
    });
  });
  // Sent over bare keep-alive connections, one per tablet, as the bytes Node's http client would
  // send (bench/lib/rawHttp.ts; since 2026-11-27, fourteenth session): that client cost the
  // simulated tablets 6–11 µs of CPU per message on the server's own cores, this one 3–9.
  const { hostname, port } = new URL(server.url);
  const requests = devices.map((device, index) =>
    bodies[index].map(({ body, encoding }) => postBytes(`${hostname}:${port}`, PUSH_PATH, pushHeaders(device.token, body, encoding), body)),
  );
  const connections = devices.map(() => new RawHttpConnection(Number(port), hostname));
  const answers: RawAnswer[] = [];
  const latencies: number[] = [];
  // An emergency report travels alone, and under 1 KiB it is sent without gzip (transport.ts).
  const emergencyBodies = reporters.map((reporter) => Buffer.from(JSON.stringify({ messages: [emergencyReport(reporter)] })));
  const emergencies: number[] = [];
  const serverCpu = processCpuMs(server.child.pid);
  const serverThreads = threadCpu(server.child.pid);
  const mainScheduled = schedStat(server.child.pid);
  const ownCpu = process.cpuUsage();
  const started = performance.now();
  const hrStart = process.hrtime.bigint();
  // A coordinator's screen during the storm: how long a small request waits for the server.
  let storming = true;
  const probes: number[] = [];
  const probing = (async () => {
    while (storming) {
      const sentAt = performance.now();
      await get(`${server.url}/api/v1/health`);
      probes.push(performance.now() - sentAt);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  // Emergency reports made while the storm goes on: one every 100 ms from its start.
  const reporting = Promise.all(
    reporters.map(async (reporter, index) => {
      await new Promise((resolve) => setTimeout(resolve, 50 + index * 100));
      const sentAt = performance.now();
      const response = await post(server.url, reporter.token, emergencyBodies[index], 'identity');
      if (response.status !== 200 || !response.body.includes('"accepted"')) throw new Error(`emergency push failed: ${response.status}`);
      emergencies.push(performance.now() - sentAt);
    }),
  );
  // Everyone at once: each tablet pushes its backlog in batches, one request after the other.
  await Promise.all(
    connections.map(async (connection, index) => {
      for (const bytes of requests[index]) {
        const sentAt = performance.now();
        answers.push(await connection.request(bytes));
        latencies.push(performance.now() - sentAt);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const main = mainThreadShares(mainScheduled, schedStat(server.child.pid), seconds);
  // With PROF_DIR (the server writes CPU profiles, scripts/server-node.mjs): the storm's span
  // on the monotonic clock of the profiles, µs, to cut them to the storm.
  if (process.env.PROF_DIR) console.error(`storm ${seed}: ${hrStart / 1000n} ${process.hrtime.bigint() / 1000n}`);
  await reporting;
  const cpu = { server: processCpuMs(server.child.pid) - serverCpu, load: cpuMs(process.cpuUsage(ownCpu)), threads: threadShares(serverThreads, threadCpu(server.child.pid), server.child.pid), main };
  // What each tablet then does with its answer, on its own CPU (after the clock): every message accepted.
  for (const answer of answers) {
    const { results } = JSON.parse(answerText(answer)) as { results: { status: string }[] };
    if (answer.status !== 200 || results.some((result) => result.status !== 'accepted')) throw new Error(`push failed: ${answer.status}`);
  }
  connections.forEach((connection) => connection.close());
  storming = false;
  await probing;
  return {
    rate: (DEVICES * PER_DEVICE) / seconds,
    p50: median(latencies),
    p99: percentile(latencies, 99),
    probe: { p50: median(probes), max: Math.max(...probes) },
    emergency: { p50: median(emergencies), max: Math.max(...emergencies) },
    seconds,
    cpu,
  };
}

/**
 * Two storms on one server process: the first right after it started (its code still cold:
 * V8 compiles the checks while the storm goes on), the second a minute of server life later,
 * with other backlogs from the same tablets, as when the link of a coordination point that has
 * been running drops and comes back.
 */
async function ingest(databaseUrl: string | undefined) {
  const temp = makeTempDir('nsp-bench-ingest-');
  const server = await startServerProcess({ dataDir: temp.dir, databaseUrl, env: { ENROLL_RATE_LIMIT: '100000' }, logLevel: 'info', root: process.env.BENCH_SERVER_ROOT });
  try {
    const devices: EnrollResponse[] = [];
    // Tablets at other points that each make one emergency report during the storm.
    const reporters: EnrollResponse[] = [];
    for (let i = 0; i < EMERGENCIES; i += 1) {
      reporters.push(await enrollOverHttp(server.url, (await makeEnrollmentCode(temp.dir, `Emergency point ${i}`, { databaseUrl })).code, `Desk ${i}`));
    }
    for (let i = 0; i < DEVICES; i += 1) {
      devices.push(await enrollOverHttp(server.url, (await makeEnrollmentCode(temp.dir, `Point ${i % SITES}`, { databaseUrl })).code, `Tablet ${i}`));
    }
    const cold = await storm(server, devices, reporters, 6);
    const warm = await storm(server, devices, reporters, 7);
    return { cold, warm };
  } finally {
    await server.stop();
    if (process.env.BENCH_SERVER_OUT) writeFileSync(process.env.BENCH_SERVER_OUT, server.output());
    temp.remove();
  }
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** CPU time a process (all its threads) has used, from /proc (Linux). */
function processCpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

/** CPU time (user, kernel; ms) and minor page faults of each thread of a process so far, from /proc (Linux). */
function threadCpu(pid: number | undefined): Map<string, [user: number, kernel: number, minorFaults: number]> {
  const threads = new Map<string, [number, number, number]>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      threads.set(tid, [Number(fields[11]) * 10, Number(fields[12]) * 10, Number(fields[7])]);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return threads;
}

/**
 * Where the server's CPU went during a storm, per thread: the main thread (the event loop), the
 * busiest other thread (on SQLite, the writer thread), and all the others (V8's collector and
 * compiler, libuv's pool), each as user and kernel ms and minor page faults (a fresh page's
 * first touch: about 12 µs each on this project's machines; BENCHMARKS.md, section 6).
 */
function threadShares(before: Map<string, [number, number, number]>, after: Map<string, [number, number, number]>, pid: number | undefined) {
  const spent = [...after].map(([tid, [user, kernel, faults]]) => {
    const [user0, kernel0, faults0] = before.get(tid) ?? [0, 0, 0];
    return { tid, user: user - user0, kernel: kernel - kernel0, faults: faults - faults0 };
  });
  const none = { tid: '', user: 0, kernel: 0, faults: 0 };
  const main = spent.find((thread) => thread.tid === String(pid)) ?? none;
  const others = spent.filter((thread) => thread !== main).sort((a, b) => b.user + b.kernel - (a.user + a.kernel));
  const busiest = others[0] ?? none;
  // BENCH_THREADS=1: each thread that ran, on stderr, with its minor page faults (V8's helper threads follow the main thread's id).
  if (process.env.BENCH_THREADS) {
    for (const thread of [main, ...others].filter((each) => each.user + each.kernel > 0)) {
      console.error(`thread ${thread.tid}: ${thread.user}+${thread.kernel} ms, ${thread.faults} page faults`);
    }
  }
  const rest = others.slice(1).reduce((sum, thread) => ({ tid: '', user: sum.user + thread.user, kernel: sum.kernel + thread.kernel, faults: sum.faults + thread.faults }), none);
  return { main, busiest, rest };
}

/** The server's main thread so far, from /proc (Linux): ns on a core, ns runnable but waiting for one. */
function schedStat(pid: number | undefined): [running: number, waiting: number] {
  const [running, waiting] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
  return [running, waiting];
}

/**
 * Where the main thread's time went during a storm, as shares of its wall time: on a core,
 * runnable but waiting for a core (the writer thread, V8's helpers and the simulated tablets
 * had both), and neither (idle: the event loop had nothing to do).
 */
function mainThreadShares([running0, waiting0]: [number, number], [running1, waiting1]: [number, number], seconds: number) {
  const wall = seconds * 1e9;
  const running = (running1 - running0) / wall;
  const waiting = (waiting1 - waiting0) / wall;
  return { running, waiting, idle: Math.max(0, 1 - running - waiting) };
}

/** What the reference inserts: backlogs of the storm's generator, as many and as large, at as many points. */
function referenceSample(): Envelope[] {
  const random = seededRandom(8);
  const sites = Array.from({ length: SITES }, () => randomUUID());
  return Array.from({ length: DEVICES }, (_, device) => {
    const where = { siteId: sites[device % SITES], deviceId: randomUUID() };
    return Array.from({ length: PER_DEVICE }, (_, index) => backlogMessage(index, where, random));
  }).flat();
}

/** The points the rows belong to, for the foreign key of the server's schema. */
const sitesOf = (envelopes: Envelope[]) => [...new Set(envelopes.map((e) => e.siteId))];

/**
 * `connection: 'server'`: opened as the server opens its connections (sqlite-connection.mjs), so
 * with its checkpoint setting instead of SQLite's default of one every 1,000 pages of WAL; the
 * server checkpoints when its writer is quiet, which for a bare loop means after the clock stops.
 */
async function rawSqlite(envelopes: Envelope[], schema: 'bare' | 'server', connection: 'plain' | 'server' = 'plain'): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nsp-raw-'));
  if (schema === 'server') {
    const storage = openStorage({ dataDir: dir });
    await storage.migrate();
    await storage.close();
  }
  const file = path.join(dir, SQLITE_FILE_NAME);
  const db = connection === 'server' ? openSqliteConnection(file) : new Database(file);
  if (connection === 'plain') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  if (schema === 'bare') {
    db.exec(`CREATE TABLE messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, site_id TEXT, device_id TEXT NOT NULL,
      created_at TEXT NOT NULL, payload TEXT NOT NULL, origin TEXT NOT NULL, received_at TEXT NOT NULL); CREATE INDEX m_site ON messages(site_id, seq);`);
  } else {
    db.pragma('foreign_keys = ON');
    const site = db.prepare('INSERT INTO sites (id, name, municipality, created_at) VALUES (?, ?, ?, ?)');
    sitesOf(envelopes).forEach((id, index) => site.run(id, `Point ${index}`, 'Aalten', new Date().toISOString()));
  }
  const insert = db.prepare('INSERT INTO messages (id, type, site_id, device_id, created_at, payload, origin, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const batch = db.transaction((rows: ReturnType<typeof rowsOf>) => rows.forEach((row) => insert.run(...row)));
  const rows = rowsOf(envelopes);
  const started = performance.now();
  for (let offset = 0; offset < rows.length; offset += BATCH) batch(rows.slice(offset, offset + BATCH));
  const rate = rows.length / ((performance.now() - started) / 1000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

async function rawPostgres(databaseUrl: string, envelopes: Envelope[], schema: 'bare' | 'server'): Promise<number> {
  const database = await createTestDatabase(databaseUrl);
  if (schema === 'server') {
    const storage = openStorage({ dataDir: '', databaseUrl: database.url });
    await storage.migrate();
    await storage.close();
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    if (schema === 'bare') {
      await client.query(`CREATE TABLE messages (seq BIGSERIAL PRIMARY KEY, id UUID NOT NULL UNIQUE, type TEXT NOT NULL, site_id UUID, device_id UUID NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, payload JSONB NOT NULL, origin TEXT NOT NULL, received_at TIMESTAMPTZ NOT NULL); CREATE INDEX m_site ON messages(site_id, seq);`);
    } else {
      for (const [index, id] of sitesOf(envelopes).entries()) {
        await client.query('INSERT INTO sites (id, name, municipality, created_at) VALUES ($1, $2, $3, now())', [id, `Point ${index}`, 'Aalten']);
      }
    }
    const rows = rowsOf(envelopes);
    const started = performance.now();
    for (let offset = 0; offset < rows.length; offset += BATCH) {
      const slice = rows.slice(offset, offset + BATCH);
      const values = slice.map((_, row) => `(${Array.from({ length: 8 }, (_, column) => `$${row * 8 + column + 1}`).join(', ')})`).join(', ');
      await client.query('BEGIN');
      await client.query(`INSERT INTO messages (id, type, site_id, device_id, created_at, payload, origin, received_at) VALUES ${values}`, slice.flat());
      await client.query('COMMIT');
    }
    return rows.length / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
    await database.drop();
  }
}

/** The reference, measured just before and just after the storms: the machine's noise shows as their spread. */
interface Reference {
  bare: [before: number, after: number];
  server: [before: number, after: number];
  /** SQLite: the bare table with the server's checkpoint setting. */
  bareServerCheckpoints?: [before: number, after: number];
}
const mean = ([before, after]: [number, number]) => (before + after) / 2;
const rawFigure = (pair: [number, number]) => `${mean(pair).toFixed(0)} (${pair[0].toFixed(0)} / ${pair[1].toFixed(0)})`;

function figures(result: Awaited<ReturnType<typeof storm>>, reference: Reference): StormFigures {
  const { user, kernel } = result.cpu.threads.main;
  return {
    rate: result.rate,
    shareBare: result.rate / mean(reference.bare),
    ...(reference.bareServerCheckpoints && { shareSameCheckpoints: result.rate / mean(reference.bareServerCheckpoints) }),
    p99: result.p99,
    mainUs: ((user + kernel) * 1000) / (DEVICES * PER_DEVICE),
  };
}

function row(result: Awaited<ReturnType<typeof storm>>, reference: Reference): Record<string, string> {
  const share = (raw: number) => `${((result.rate / raw) * 100).toFixed(0)} %`;
  const perMessage = (ms: number) => ((ms * 1000) / (DEVICES * PER_DEVICE)).toFixed(0);
  return {
    'ingest msg/s': result.rate.toFixed(0),
    'raw, bare table (before / after)': rawFigure(reference.bare),
    'raw, server schema (before / after)': rawFigure(reference.server),
    'ingest / raw (bare / schema)': `${share(mean(reference.bare))} / ${share(mean(reference.server))}`,
    ...(reference.bareServerCheckpoints && {
      "raw, bare, the server's checkpoints (before / after)": rawFigure(reference.bareServerCheckpoints),
      "ingest / that raw": share(mean(reference.bareServerCheckpoints)),
    }),
    'push p50': `${result.p50.toFixed(0)} ms`,
    'push p99': `${result.p99.toFixed(0)} ms`,
    // A small request (health) sent every 10 ms during the storm, as a dashboard would.
    'health p50 / max': `${result.probe.p50.toFixed(0)} / ${result.probe.max.toFixed(0)} ms`,
    // Emergency reports pushed during the storm, each alone: until the server answered "accepted".
    'emergency p50 / max': `${result.emergency.p50.toFixed(0)} / ${result.emergency.max.toFixed(0)} ms`,
    // Where the 2 cores went during the storm: the server process (all its threads) and the
    // load generator, in CPU microseconds per message, and both against the storm's wall time.
    'CPU µs/msg (server / tablets)': `${perMessage(result.cpu.server)} / ${perMessage(result.cpu.load)}`,
    'cores busy': ((result.cpu.server + result.cpu.load) / 1000 / result.seconds).toFixed(2),
    // The main thread, the one every push waits for: share of the storm on a core / waiting for a core / idle.
    'main thread on a core / waiting / idle': [result.cpu.main.running, result.cpu.main.waiting, result.cpu.main.idle].map((share) => `${(share * 100).toFixed(0)} %`).join(' / '),
    // The server's CPU per thread, µs/msg as user+kernel: main thread, busiest other (SQLite's writer), the rest.
    'server threads µs/msg (main / busiest other / rest)': (['main', 'busiest', 'rest'] as const)
      .map((name) => `${perMessage(result.cpu.threads[name].user)}+${perMessage(result.cpu.threads[name].kernel)}`)
      .join(' / '),
  };
}

console.log(`Server ingest: ${DEVICES} tablets reconnecting at once, ${PER_DEVICE} queued messages each, ${SITES} points · ${machineLine()}`);
const results: Record<string, Record<string, string>> = {};
const stormFigures: Record<string, StormFigures> = {};
/** A storm's row of the table, and its figures for an A/B (BENCH_JSON). */
function record(name: string, result: Awaited<ReturnType<typeof storm>>, reference: Reference): void {
  results[name] = row(result, reference);
  stormFigures[name] = figures(result, reference);
}
const only = process.env.BENCH_ONLY;
const sample = referenceSample();
if (only !== 'postgres') {
  const before = [await rawSqlite(sample, 'bare'), await rawSqlite(sample, 'server'), await rawSqlite(sample, 'bare', 'server')];
  const sqlite = await ingest(undefined);
  const reference: Reference = {
    bare: [before[0], await rawSqlite(sample, 'bare')],
    server: [before[1], await rawSqlite(sample, 'server')],
    bareServerCheckpoints: [before[2], await rawSqlite(sample, 'bare', 'server')],
  };
  record('SQLite, 1st storm', sqlite.cold, reference);
  record('SQLite, 2nd storm', sqlite.warm, reference);
}
if (only !== 'sqlite') {
  const postgres = startPostgres();
  try {
    const database = await createTestDatabase(postgres.url);
    try {
      const before = [await rawPostgres(postgres.url, sample, 'bare'), await rawPostgres(postgres.url, sample, 'server')];
      const result = await ingest(database.url);
      const reference: Reference = {
        bare: [before[0], await rawPostgres(postgres.url, sample, 'bare')],
        server: [before[1], await rawPostgres(postgres.url, sample, 'server')],
      };
      record('PostgreSQL, 1st storm', result.cold, reference);
      record('PostgreSQL, 2nd storm', result.warm, reference);
    } finally {
      await database.drop();
    }
  } finally {
    postgres.stop();
  }
}
console.table(results);
console.log('Goals: ingest >= 50 % of the raw insert rate; push p99 < 2 s.');
if (process.env.BENCH_JSON) console.log(`INGEST_FIGURES ${JSON.stringify(stormFigures)}`);
process.exit(0);
