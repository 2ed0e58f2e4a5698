/**
 * What Intl said about Amsterdam's time, kept across starts in localStorage, so that the
 * kiosk's first screen (its clock, each card's "as of", the day that says whether a card is
 * from today) needs no Intl date formatter. The first one a browser process makes loads ICU's
 * data: 34–174 ms at 4x CPU throttling on the main thread of a new renderer, which is what a
 * kiosk tablet starts in after every power cut (BENCHMARKS.md section 1).
 *
 * Two things are kept, both Intl's own answers (no time-zone rule is written out here):
 * - Amsterdam's UTC offset in each period between its clock changes, about a year either side
 *   of the day they were found; a day (yyyy-mm-dd) and a time (14:05) follow by arithmetic;
 * - the longer texts of fixed instants ("do 26 nov, 14:05"), which need the locale's names.
 *
 * Whatever is not kept is asked of Intl as before, and kept when the page is idle. Public
 * facts only: no personal data is ever in here.
 */
import { whenIdle } from '../../../app/idle';
import { TIME_ZONE } from '../../../i18n/core';

const STORAGE_KEY = 'noodsteunpunt-amsterdam-time';
const VERSION = 1;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How far either side of the day they are found the periods are worked out. */
export const REACH_MS = 400 * DAY;
/** Worked out again when less than this is left of the periods after now. */
const RENEW_BEFORE_MS = 30 * DAY;
/** Enough for every card of a point in both languages. */
export const TEXT_LIMIT = 64;

/** [from, until, UTC offset in minutes]: the offset holds from `from` (inclusive) to `until`. */
export type Period = [from: number, until: number, offset: number];

interface Kept {
  periods: Period[];
  texts: Map<string, string>;
}

let kept: Kept | undefined;
let dirty = false;
let scheduled = false;
/** Whether keepTimes has been scheduled for this page yet (it renews periods that run out). */
let checked = false;

const isPeriod = (value: unknown): value is Period =>
  Array.isArray(value) && value.length === 3 && value.every((each) => typeof each === 'number' && Number.isFinite(each)) && value[0] < value[1];

function load(): Kept {
  if (kept) return kept;
  kept = { periods: [], texts: new Map() };
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { v?: unknown; periods?: unknown; texts?: unknown } | null;
    if (stored?.v === VERSION) {
      if (Array.isArray(stored.periods) && stored.periods.every(isPeriod)) kept.periods = stored.periods;
      if (Array.isArray(stored.texts))
        for (const entry of stored.texts)
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') kept.texts.set(entry[0], entry[1]);
    }
  } catch {
    // Unreadable (or no localStorage): Intl answers, and what it says is kept again when idle.
  }
  return kept;
}

/** Amsterdam's UTC offset at `ms` in minutes, if a kept period holds it. */
function keptOffset(ms: number): number | undefined {
  const periods = load().periods;
  if (!checked) {
    checked = true;
    scheduleKeeping();
  }
  for (const [from, until, offset] of periods) if (ms >= from && ms < until) return offset;
  return undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The day in Amsterdam at `ms` (yyyy-mm-dd) by the kept offset, or undefined when none is kept for it. */
export function keptDay(ms: number): string | undefined {
  const offset = keptOffset(ms);
  if (offset === undefined) return undefined;
  const wall = new Date(ms + offset * MINUTE);
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** The time in Amsterdam at `ms` as Dutch and German write it (14:05), or undefined when no offset is kept for it. */
export function keptClock(ms: number): string | undefined {
  const offset = keptOffset(ms);
  if (offset === undefined) return undefined;
  const wall = new Date(ms + offset * MINUTE);
  return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/** The text kept under `key` or else `make()`'s, kept from now on (a fixed instant's text never changes). */
export function keptText(key: string, make: () => string): string {
  const texts = load().texts;
  const known = texts.get(key);
  if (known !== undefined) return known;
  const text = make();
  texts.set(key, text);
  for (const oldest of texts.keys()) {
    if (texts.size <= TEXT_LIMIT) break;
    texts.delete(oldest);
  }
  dirty = true;
  scheduleKeeping();
  return text;
}

let offsetParts: Intl.DateTimeFormat | undefined;

/** Amsterdam's UTC offset at `ms` in minutes, as Intl says. */
export function intlOffset(ms: number): number {
  offsetParts ??= new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of offsetParts.formatToParts(ms)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - Math.floor(ms / MINUTE) * MINUTE) / MINUTE);
}

/**
 * The periods of one UTC offset from `around - reach` to `around + reach`, by asking `offsetAt`
 * once a day and, where the answer changes, bisecting that day to the minute (a clock changes on
 * a whole minute, and not twice in a day).
 */
export function findPeriods(around: number, offsetAt: (ms: number) => number = intlOffset, reach = REACH_MS): Period[] {
  const start = Math.floor((around - reach) / MINUTE) * MINUTE;
  const end = start + 2 * Math.ceil(reach / MINUTE) * MINUTE;
  const periods: Period[] = [];
  let from = start;
  let offset = offsetAt(start);
  for (let day = start + DAY; day <= end; day += DAY) {
    const next = offsetAt(day);
    if (next === offset) continue;
    let before = day - DAY;
    let after = day;
    while (after - before > MINUTE) {
      const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
      if (offsetAt(middle) === offset) before = middle;
      else after = middle;
    }
    periods.push([from, after, offset]);
    from = after;
    offset = next;
  }
  periods.push([from, end, offset]);
  return periods;
}

/**
 * Works the periods out again when they do not reach far enough past `now`, and writes what is
 * new to localStorage. Called when the page is idle.
 */
export function keepTimes(now = Date.now()): void {
  const state = load();
  const last = state.periods[state.periods.length - 1];
  if (!last || state.periods[0][0] > now || last[1] - now < RENEW_BEFORE_MS) {
    state.periods = findPeriods(now);
    dirty = true;
  }
  if (!dirty) return;
  dirty = false;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: VERSION, periods: state.periods, texts: [...state.texts] }));
  } catch {
    // Storage full or blocked: Intl answers on the next start, as it did before anything was kept.
  }
}

/** Once per page, and again after each new text: keepTimes when the page is idle. */
function scheduleKeeping(): void {
  if (scheduled || typeof window === 'undefined') return;
  scheduled = true;
  whenIdle(() => {
    scheduled = false;
    keepTimes();
  });
}

/** For tests: forget what was loaded, so the next call reads localStorage again. */
export function forgetLoadedTimes(): void {
  kept = undefined;
  dirty = false;
  scheduled = false;
  checked = false;
}
