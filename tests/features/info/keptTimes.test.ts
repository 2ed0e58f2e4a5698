// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/app/idle';

// The idle work runs when a test says so (each test's modules are new; a timer left from one must not write into the next).
vi.mock('../../../src/app/idle', () => ({ whenIdle: vi.fn() }));
/** Runs what the page left for when it is idle. */
const runIdleWork = () => {
  for (const [task] of vi.mocked(whenIdle).mock.calls.splice(0)) task();
};

const KEY = 'noodsteunpunt-amsterdam-time';
const NOW = Date.parse('2026-11-27T14:35:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What Intl says, made here and not by the code under test. */
const intlDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const intlTime = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }),
  de: new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }),
};

/** The modules as a new page loads them: nothing in memory, only what localStorage kept. */
async function newPage() {
  vi.resetModules();
  const times = await import('../../../src/features/info/kiosk/keptTimes');
  const cards = await import('../../../src/features/info/time');
  return { ...times, ...cards };
}

beforeEach(() => {
  localStorage.clear();
  vi.mocked(whenIdle).mockClear();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("Amsterdam's clock changes, as Intl says them", () => {
  it('finds each change to the minute, a year either side', async () => {
    const { findPeriods } = await newPage();
    const periods = findPeriods(NOW);
    const changes = periods.slice(1).map(([from]) => new Date(from).toISOString());
    expect(changes).toEqual(['2025-10-26T01:00:00.000Z', '2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z', '2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z']);
    expect(periods.map(([, , offset]) => offset)).toEqual([120, 60, 120, 60, 120, 60]);
    // One after the other, no gap.
    for (let index = 1; index < periods.length; index += 1) expect(periods[index][0]).toBe(periods[index - 1][1]);
  });

  it('says the same day and time as Intl at any instant it covers, in Dutch and German', async () => {
    const page = await newPage();
    page.keepTimes(NOW);
    const instants = [Date.parse('2026-03-29T01:00:00Z'), Date.parse('2026-10-25T01:00:00Z'), Date.parse('2026-10-24T22:00:00Z'), Date.parse('2026-11-27T23:00:00Z')].flatMap((at) => [at - MINUTE, at - 1, at, at + 1, at + MINUTE]);
    let seed = 7;
    for (let index = 0; index < 2_000; index += 1) {
      seed = (seed * 48_271) % 2_147_483_647;
      instants.push(NOW - 300 * 24 * HOUR + (seed % (600 * 24)) * HOUR + (seed % 60) * MINUTE);
    }
    for (const at of instants) {
      expect(page.keptDay(at)).toBe(intlDay.format(at));
      expect(page.keptClock(at)).toBe(intlTime.nl.format(at));
      expect(page.keptClock(at)).toBe(intlTime.de.format(at));
    }
  });
});

describe('card times without Intl on the next start', () => {
  it('formats the clock, a card of today and an older card without making an Intl formatter once kept', async () => {
    const first = await newPage();
    const today = Date.parse('2026-11-27T08:05:00Z');
    const older = Date.parse('2026-11-25T13:05:00Z');
    // Nothing kept yet: Intl answers.
    expect(first.keptClock(NOW)).toBeUndefined();
    const texts = { clock: first.amsterdamClock(NOW, 'nl'), today: first.formatCardTime(today, 'nl', NOW), older: first.formatCardTime(older, 'de', NOW) };
    expect(texts.clock).toBe('15:35');
    expect(texts.today).toBe('09:05');
    expect(texts.older).toMatch(/25\. Nov.*14:05/);
    // The page is idle: what Intl said is kept.
    runIdleWork();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ v: 1 });

    const next = await newPage();
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    expect(next.amsterdamClock(NOW, 'nl')).toBe(texts.clock);
    expect(next.formatCardTime(today, 'nl', NOW)).toBe(texts.today);
    expect(next.formatCardTime(older, 'de', NOW)).toBe(texts.older);
    expect(next.amsterdamDay(NOW)).toBe('2026-11-27');
    expect(made).not.toHaveBeenCalled();
  });

  it('keeps the texts of the latest instants only, up to the limit', async () => {
    const page = await newPage();
    for (let index = 0; index <= page.TEXT_LIMIT; index += 1) page.keptText(`nl ${index}`, () => `text ${index}`);
    page.keepTimes();
    const kept = JSON.parse(localStorage.getItem(KEY)!) as { texts: [string, string][] };
    expect(kept.texts).toHaveLength(page.TEXT_LIMIT);
    expect(kept.texts[0]).toEqual(['nl 1', 'text 1']);
  });

  it('works the periods out again when they are about to run out', async () => {
    const ending = Date.parse('2026-12-10T00:00:00Z');
    localStorage.setItem(KEY, JSON.stringify({ v: 1, periods: [[Date.parse('2026-10-25T01:00:00Z'), ending, 60]], texts: [] }));
    const again = await newPage();
    expect(again.keptClock(NOW)).toBe('15:35');
    again.keepTimes(NOW);
    const kept = JSON.parse(localStorage.getItem(KEY)!) as { periods: [number, number, number][] };
    expect(kept.periods.at(-1)![1]).toBeGreaterThan(NOW + 300 * 24 * HOUR);
    expect(again.keptClock(Date.parse('2027-07-01T12:00:00Z'))).toBe('14:00');
  });
});

describe('damaged or missing storage', () => {
  it.each([
    ['not JSON', '{"v":1,"periods":[[0,'],
    ['another version', JSON.stringify({ v: 2, periods: [[0, 2e12, 0]], texts: [] })],
    ['a period that is not one', JSON.stringify({ v: 1, periods: [[0, 2e12, 'sixty']], texts: [] })],
    ['a text that is not one', JSON.stringify({ v: 1, periods: [], texts: [['nl 1', 42]] })],
  ])('ignores %s: Intl answers, and what it says is kept again', async (_name, stored) => {
    localStorage.setItem(KEY, stored);
    const page = await newPage();
    expect(page.formatCardTime(Date.parse('2026-11-27T08:05:00Z'), 'nl', NOW)).toBe('09:05');
    expect(page.keptText('nl 1', () => 'fresh')).toBe('fresh');
    page.keepTimes(NOW);
    const kept = JSON.parse(localStorage.getItem(KEY)!) as { v: number; periods: unknown[] };
    expect(kept.v).toBe(1);
    expect(kept.periods.length).toBeGreaterThan(2);
  });

  it('answers from Intl when storage is full, and does not throw', async () => {
    const page = await newPage();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => page.keepTimes(NOW)).not.toThrow();
    expect(page.formatCardTime(Date.parse('2026-11-25T13:05:00Z'), 'nl', NOW)).toMatch(/25 nov.*14:05/);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
