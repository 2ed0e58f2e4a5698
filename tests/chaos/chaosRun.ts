/**
 * The chaos run: simulated tablets at three points work while a fault-injecting proxy breaks
 * their link and the server is SIGKILLed and restarted; afterwards every message must be on
 * the server exactly once and every tablet of a point must hold the same records.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { stockBalances, type Change } from '../../src/domain';
import { canonicalJson } from '../../src/domain/relay';
import { checkOutVisit, createEmergencyReport, recordStockMovement, registerVisit, type NoodsteunpuntDb } from '../../src/db';
import { SAMPLE_VISIT } from '../db/helpers';
import { enroll, launchBrowser, registerVisitor, tabletContext, waitForServiceWorker } from '../e2e/harness';
import { makeEnrollmentCode, makeTempDir, startServerProcess, type ServerProcess } from '../server/helpers';
import { enrolledDevice, type Device } from '../sync/devices';
import { FaultProxy, type FaultCounts } from './faultProxy';
import { pick, seededRandom, type Random } from './random';

export interface ChaosOptions {
  seed: number;
  messages: number;
  sites?: number;
  devicesPerSite?: number;
  restarts?: number;
  browser?: boolean;
  /** How long the tablets keep working (default 30 s); longer runs see more faults. */
  durationMs?: number;
  log?: (line: string) => void;
}

export interface ChaosFigures {
  seed: number;
  created: number;
  onServer: number;
  lost: number;
  duplicated: number;
  unknownOnServer: number;
  rejected: number;
  restarts: number;
  faults: FaultCounts;
  divergentDevices: number;
  cursorMismatches: number;
  browserVisits: number;
  seconds: number;
}

const ITEMS = [randomUUID(), randomUUID(), randomUUID()];
const SITE_NAMES = ['Dinxperlo', 'Aalten', 'Bredevoort', 'Lichtenvoorde'];

interface SimDevice extends Device {
  site: number;
  created: Set<string>;
}

async function act(device: SimDevice, random: Random) {
  const roll = random();
  const db: NoodsteunpuntDb = device.db;
  if (roll < 0.28) {
    await registerVisit(db, { ...SAMPLE_VISIT, household: { ...SAMPLE_VISIT.household, adults: 1 + Math.floor(random() * 4) } });
  } else if (roll < 0.4) {
    await returningVisit(db, random);
  } else if (roll < 0.8) {
    const delta = random() < 0.2 ? 10 + Math.floor(random() * 50) : -(1 + Math.floor(random() * 3));
    await recordStockMovement(db, { itemId: pick(random, ITEMS), kind: delta > 0 ? 'received' : 'issued', delta, by: 'chaos' });
  } else if (roll < 0.9) {
    const open = await db.visits.filter((visit) => !visit.leftAt).first();
    if (open) await checkOutVisit(db, open.id);
    else await registerVisit(db, SAMPLE_VISIT);
  } else {
    await createEmergencyReport(db, {
      service: pick(random, ['ambulance', 'fire', 'police', 'unsure'] as const),
      incident: ['fall'],
      description: 'Chaos report',
      urgency: pick(random, ['lifeThreatening', 'urgent', 'notUrgent'] as const),
      address: 'Markt 1',
      peopleInvolved: 1,
      occurredAt: new Date().toISOString(),
    });
  }
}

/**
 * A household this tablet knows (made here or pulled from another tablet of its point) comes
 * back and the volunteer corrects one thing: guarantee 5's per-field merge under faults.
 */
async function returningVisit(db: NoodsteunpuntDb, random: Random) {
  const known = await db.households.toCollection().primaryKeys();
  if (known.length === 0) return registerVisit(db, SAMPLE_VISIT);
  const { id, updatedAt: _time, fieldTimes: _times, nameKey: _key, ...household } = (await db.households.get(pick(random, known)))!;
  const corrections = [
    { adults: 1 + Math.floor(random() * 4) },
    { children: Math.floor(random() * 4) },
    { phone: `06${String(Math.floor(random() * 1e8)).padStart(8, '0')}` },
    { language: pick(random, ['nl', 'de'] as const) },
    { houseNumber: String(1 + Math.floor(random() * 200)) },
    { flags: { ...household.flags, needsFollowUp: !household.flags.needsFollowUp } },
  ];
  return registerVisit(db, { ...SAMPLE_VISIT, householdId: id, household: { ...household, ...pick(random, corrections) } });
}

/**
 * A GET through the proxy once the link is good again. A kept-alive connection from before the
 * last server kill can still be closed under it ("other side closed", nothing read), as a
 * tablet's engine sees as a link error and retries in its next round; the reader, an instrument
 * of the test, tries again at once. A server that is really gone fails all three tries.
 */
async function readerFetch(input: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(input, init);
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`  reader pull failed (${error instanceof Error ? String(error.cause ?? error.message) : String(error)}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function pullEverything(url: string, token: string): Promise<Change[]> {
  const changes: Change[] = [];
  let after = 0;
  for (;;) {
    const response = await readerFetch(`${url}/api/v1/sync/pull?after=${after}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`reader pull failed: ${response.status}`);
    const page = (await response.json()) as { changes: Change[]; cursor: number; more: boolean };
    changes.push(...page.changes);
    after = page.cursor;
    if (!page.more) return changes;
  }
}

async function snapshot(db: NoodsteunpuntDb) {
  const [visits, reports, movements, checkedOut, cursor, households] = await Promise.all([
    db.visits.toCollection().primaryKeys(),
    db.reports.toCollection().primaryKeys(),
    db.stockMovements.toArray(),
    db.visits.filter((visit) => Boolean(visit.leftAt)).count(),
    db.meta.get('cursor'),
    db.households.toArray(),
  ]);
  const balances = [...stockBalances(movements).entries()].sort().map(([item, balance]) => `${item}=${balance}`);
  // Every household's details and field times, as each tablet of the point merged them.
  const householdStates = households.map((household) => canonicalJson(household)).sort();
  return { key: JSON.stringify([visits.sort(), reports.sort(), movements.length, checkedOut, balances, householdStates]), cursor: (cursor?.value as number) ?? 0 };
}

export async function runChaos(options: ChaosOptions): Promise<ChaosFigures> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const sites = options.sites ?? 3;
  const perSite = options.devicesPerSite ?? 3;
  const temp = makeTempDir('nsp-chaos-');
  // Many tablets enroll from one address in a few seconds: lift the enrollment rate limit.
  const env = { ENROLL_RATE_LIMIT: '1000' };
  let server: ServerProcess = await startServerProcess({ dataDir: temp.dir, env });
  const proxy = new FaultProxy(server.port, seededRandom(options.seed ^ 0x5eed), { drop: 0.08, delay: 0.1, cut: 0.1, duplicate: 0.08 });
  proxy.enabled = false;
  const url = `http://127.0.0.1:${await proxy.listen()}`;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let restarts = 0;

  try {
    const devices: SimDevice[] = [];
    const readers: Device[] = [];
    for (let site = 0; site < sites; site += 1) {
      for (let n = 0; n < perSite; n += 1) {
        const device = await enrolledDevice(url, (await makeEnrollmentCode(temp.dir, SITE_NAMES[site])).code, { maxBatchCount: 50 + Math.floor(random() * 200) });
        const created = new Set<string>();
        device.db.outbox.hook('creating', (_key, entry) => {
          created.add(entry.id);
        });
        devices.push({ ...device, site, created });
      }
      readers.push(await enrolledDevice(url, (await makeEnrollmentCode(temp.dir, SITE_NAMES[site])).code));
    }
    if (options.browser) {
      browser = await launchBrowser();
      page = await (await tabletContext(browser)).newPage();
      await page.goto(url);
      await waitForServiceWorker(page);
      await enroll(page, (await makeEnrollmentCode(temp.dir, SITE_NAMES[0])).code, 'Chromium tablet');
      await page.getByTestId('register-submit').waitFor();
    }
    log(`chaos seed=${options.seed}: ${devices.length} simulated tablets at ${sites} points${options.browser ? ' + 1 Chromium tablet' : ''}, target ${options.messages} messages`);

    proxy.enabled = true;
    const perDevice = Math.ceil(options.messages / devices.length);
    let working = true;
    const restartsWanted = options.restarts ?? 3;

    const killer = (async () => {
      const every = (options.durationMs ?? 30_000) / (restartsWanted + 1) / 1.5;
      while (working && restarts < restartsWanted) {
        await new Promise((resolve) => setTimeout(resolve, every + random() * every));
        if (!working) break;
        await server.kill();
        await new Promise((resolve) => setTimeout(resolve, 200 + random() * 800));
        server = await startServerProcess({ dataDir: temp.dir, port: server.port, env });
        restarts += 1;
        log(`  server SIGKILLed and restarted (${restarts})`);
        if (restarts % 2 === 1 || random() < 0.5) proxy.linkDown(300 + random() * 1200);
      }
    })();

    const browserWork = (async () => {
      if (!page) return;
      for (let i = 0; i < 6; i += 1) await registerVisitor(page, '7091 AB', String(100 + i));
    })();

    // Spread the work over time so the link faults and server kills hit it mid-flight.
    const pauseMs = (options.durationMs ?? 30_000) / perDevice;
    await Promise.all(
      devices.map(async (device) => {
        const deviceRandom = seededRandom(options.seed + device.site * 1000 + devices.indexOf(device));
        while (device.created.size < perDevice) {
          await act(device, deviceRandom);
          if (deviceRandom() < 0.2) void device.engine.sync();
          await new Promise((resolve) => setTimeout(resolve, deviceRandom() * 2 * pauseMs));
        }
      }),
    );
    while (restarts < restartsWanted) await new Promise((resolve) => setTimeout(resolve, 200));
    await browserWork;
    working = false;
    await killer;

    // The link is good again: every tablet drains and pulls until nothing is left. A link cut
    // by the last restart comes back first: the rounds below fail at once while it is down, so
    // without this wait 50 of them could all fall inside it (a slower server start made that
    // happen, and the messages still queued were counted as lost). A round that failed is
    // followed by a pause, as the app's retry is.
    proxy.enabled = false;
    await proxy.whenUp();
    for (let round = 0; round < 50; round += 1) {
      const reports = await Promise.all(devices.map((device) => device.engine.syncOnce()));
      const pending = await Promise.all(devices.map((device) => device.db.outbox.where('state').equals('pending').count()));
      if (reports.every((report) => !report.failure) && pending.every((count) => count === 0)) break;
      if (reports.some((report) => report.failure)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (page) {
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await page.waitForFunction(() => document.querySelector('[data-testid="queue-count"]')?.getAttribute('data-count') === '0', undefined, { timeout: 60_000 });
    }
    await Promise.all(devices.map((device) => device.engine.syncOnce()));

    const created = new Set(devices.flatMap((device) => [...device.created]));
    const serverChanges = (await Promise.all(readers.map((reader) => pullEverything(url, reader.token)))).flat();
    const serverIds = serverChanges.map((change) => change.id);
    const serverSet = new Set(serverIds);
    const browserIds = page ? serverChanges.filter((change) => !devices.some((device) => device.deviceId === change.deviceId)).length : 0;
    // A record created twice under different message ids would be a doubled record. (Two
    // tablets checking out the same visit are two real actions, so check-outs do not count.)
    const recordIds = serverChanges
      .filter((change) => ['visit.registered', 'stock.moved', 'report.created'].includes(change.type))
      .map((change) => {
        const payload = change.payload as { id?: string; visit?: { id: string } };
        return `${change.type}:${payload.visit?.id ?? payload.id}`;
      });

    let divergent = 0;
    let cursorMismatches = 0;
    for (let site = 0; site < sites; site += 1) {
      const siteDevices = devices.filter((device) => device.site === site);
      const states = await Promise.all(siteDevices.map((device) => snapshot(device.db)));
      divergent += states.filter((state) => state.key !== states[0].key).length;
      const siteMax = Math.max(0, ...serverChanges.filter((change) => change.siteId === siteDevices[0].siteId).map((change) => change.seq));
      cursorMismatches += states.filter((state) => state.cursor !== siteMax).length;
    }
    const rejected = (await Promise.all(devices.map((device) => device.db.outbox.where('state').equals('rejected').count()))).reduce((a, b) => a + b, 0);

    return {
      seed: options.seed,
      created: created.size + browserIds,
      onServer: serverSet.size,
      lost: [...created].filter((id) => !serverSet.has(id)).length,
      duplicated: serverIds.length - serverSet.size + (recordIds.length - new Set(recordIds).size),
      unknownOnServer: serverSet.size - browserIds - [...serverSet].filter((id) => created.has(id)).length,
      rejected,
      restarts,
      faults: { ...proxy.counts },
      divergentDevices: divergent,
      cursorMismatches,
      browserVisits: browserIds,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    await browser?.close();
    await proxy.close();
    await server.stop();
    temp.remove();
  }
}
