/**
 * Runs in real Chromium (bench/desk-search.mjs builds and serves it): the app's own data layer
 * (src/db) over the browser's IndexedDB, so the figures are those of `registerVisit` and
 * `searchHouseholds` as the desk calls them, not of a re-implementation.
 */
import { NoodsteunpuntDb, registerVisit, searchHouseholds, setUpSite, type StoredHousehold } from '../../src/db';
import { NEEDS, type Visit } from '../../src/domain';
import { nameKeyOf } from '../../src/db/schema';

const SURNAMES = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Wouters', 'Kok', 'Schouten', 'Klein Gunnewiek', 'Te Winkel', 'Wassink', 'Heutinck', 'Onstenk', 'Rouwhorst', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Özdemir', 'Yılmaz', 'Nguyen'];
const FIRST = ['Anna', 'Jan', 'Piet', 'Maria', 'Henk', 'Gerrit', 'Sanne', 'Lotte', 'Daan', 'Fenna', 'Klaus', 'Ingrid', 'Ayşe', 'Mehmet', 'Emma', 'Noah'];
const LETTERS = [...'ABCDEFGHJKLMNPRTVWXZ'];

/** A deterministic pseudo-random sequence, so every run fills the same data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function hlc(ms: number, counter: number) {
  return `${String(ms).padStart(15, '0')}-${String(counter % 100000).padStart(5, '0')}-bench`;
}

const uuid = () => crypto.randomUUID();

async function fill(db: NoodsteunpuntDb, visitCount: number) {
  const rnd = random(42);
  const now = Date.now();
  const households: StoredHousehold[] = [];
  const addresses = new Set<string>();
  // ~2.5 visits per household: most come back on several days.
  const householdCount = Math.round(visitCount / 2.5);
  while (households.length < householdCount) {
    const german = rnd() < 0.1;
    const postcode = german ? `4639${Math.floor(rnd() * 5) + 5}` : `${7000 + Math.floor(rnd() * 150)} ${pick(rnd, LETTERS)}${pick(rnd, LETTERS)}`;
    const houseNumber = String(1 + Math.floor(rnd() * (german ? 400 : 40))) + (rnd() < 0.05 ? 'A' : '');
    if (addresses.has(`${postcode}|${houseNumber}`)) continue;
    addresses.add(`${postcode}|${houseNumber}`);
    const name = rnd() < 0.6 ? `${pick(rnd, SURNAMES)}${rnd() < 0.5 ? `, ${pick(rnd, FIRST)}` : ''}` : undefined;
    households.push({
      id: uuid(),
      adults: 1 + Math.floor(rnd() * 3),
      children: Math.floor(rnd() * 3),
      residence: 'address',
      postcode,
      houseNumber,
      language: german ? 'de' : 'nl',
      name,
      nameKey: nameKeyOf(name),
      flags: { medicalDevice: rnd() < 0.03, reducedMobility: rnd() < 0.1, livesAlone: rnd() < 0.2, needsFollowUp: rnd() < 0.05 },
      updatedAt: hlc(now, households.length),
    });
  }
  const visits: Visit[] = [];
  for (let i = 0; i < visitCount; i += 1) {
    const household = households[i < householdCount ? i : Math.floor(rnd() * householdCount)];
    const arrivedAt = new Date(now - Math.floor(rnd() * 14 * 86_400_000)).toISOString();
    visits.push({ id: uuid(), householdId: household.id, arrivedAt, leftAt: arrivedAt, needs: [pick(rnd, NEEDS), pick(rnd, NEEDS)].filter((need, index, all) => all.indexOf(need) === index) });
  }
  const started = performance.now();
  const CHUNK = 5000;
  for (let i = 0; i < households.length; i += CHUNK) await db.households.bulkAdd(households.slice(i, i + CHUNK));
  for (let i = 0; i < visits.length; i += CHUNK) await db.visits.bulkAdd(visits.slice(i, i + CHUNK));
  return { households, fillMs: performance.now() - started };
}

interface Series {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  meanResults?: number;
}

function stats(times: number[], results?: number[]): Series {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    runs: times.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    meanResults: results ? round(results.reduce((sum, count) => sum + count, 0) / results.length) : undefined,
  };
}

async function time<T>(runs: number, warmup: number, body: (run: number) => Promise<T>, count?: (result: T) => number): Promise<Series> {
  const times: number[] = [];
  const results: number[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const started = performance.now();
    const result = await body(run);
    const elapsed = performance.now() - started;
    if (run >= warmup) {
      times.push(elapsed);
      if (count) results.push(count(result));
    }
  }
  return stats(times, count ? results : undefined);
}

async function run(visitCount: number, runs: number) {
  const name = 'noodsteunpunt-bench';
  await new NoodsteunpuntDb(name).delete();
  const db = new NoodsteunpuntDb(name);
  await setUpSite(db, { siteName: 'Bench', municipality: 'Aalten' });
  const { households, fillMs } = await fill(db, visitCount);
  const rnd = random(7);
  const sample = () => households[Math.floor(rnd() * households.length)];
  const named = households.filter((household) => household.name);

  // What the volunteer types: the full address, or a postcode half typed ("7012 A").
  const byAddress = await time(runs, 5, () => {
    const household = sample();
    return searchHouseholds(db, `${household.postcode} ${household.houseNumber}`);
  }, (found) => found.length);
  const byPostcodeTyping = await time(runs, 5, () => searchHouseholds(db, sample().postcode!.slice(0, 6)), (found) => found.length);
  const byName = await time(runs, 5, () => searchHouseholds(db, pick(rnd, named).name!.slice(0, 3)), (found) => found.length);
  const registerNew = await time(runs, 5, () =>
    registerVisit(db, {
      household: { adults: 2, children: 1, residence: 'address', postcode: '7091 AB', houseNumber: String(1000 + Math.floor(rnd() * 9000)), language: 'nl', flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false } },
      needs: ['drinkingWater', 'food'],
    }),
  );
  const registerReturning = await time(runs, 5, async () => {
    const found = sample();
    const [match] = await searchHouseholds(db, `${found.postcode} ${found.houseNumber}`);
    const { id, updatedAt: _updatedAt, nameKey: _nameKey, ...household } = match.household;
    return registerVisit(db, { householdId: id, household, needs: match.lastVisit?.needs.length ? match.lastVisit.needs : ['information'] });
  });
  const counts = { households: await db.households.count(), visits: await db.visits.count(), outbox: await db.outbox.count() };
  db.close();
  return { counts, fillMs: Math.round(fillMs), byAddress, byPostcodeTyping, byName, registerNew, registerReturning };
}

declare global {
  interface Window {
    deskBench: { run: typeof run };
  }
}
window.deskBench = { run };
document.getElementById('status')!.textContent = 'ready';
