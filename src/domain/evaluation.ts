/**
 * The evaluation figures a point reports after an exercise or an outage: how many came and for
 * what, how fast emergency reports got through, what was handed out, who staffed the point,
 * how often the link worked. Pure functions over the tablet's records, so the screen, the
 * exports and the tests compute them the same way.
 *
 * Every figure takes a `Period` (`from` undefined: since the first record) and counts a
 * record by its own time: a visit by its arrival, a report by when it was made, a movement or
 * sync round by its `at`. Volunteer hours are clipped to the period.
 */
import type { Attendance, EmergencyReport, Household, Need, ReportStatusChange, StockMovement, Visit, Volunteer } from './records';
import { NEEDS } from './records';
import { MILLI, toMilli } from './stock';
import { dayKey, POINT_TIME_ZONE } from './time';

/** One sync round as the tablet logged it (src/db/schema.ts `SyncLogEntry`). */
export interface SyncRound {
  at: string;
  ok: boolean;
}

const HOUR = 3600_000;

export interface Period {
  /** Start in ms since the epoch; undefined: all data. */
  from?: number;
  /** End in ms since the epoch (usually now). */
  to: number;
}

export const PERIOD_PRESETS = ['all', 'today', 'last24h', 'last72h'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** `startOfToday`: midnight in the point's time zone, in ms (the caller knows the calendar). */
export function periodFor(preset: PeriodPreset, now: number, startOfToday: number): Period {
  switch (preset) {
    case 'today':
      return { from: startOfToday, to: now };
    case 'last24h':
      return { from: now - 24 * HOUR, to: now };
    case 'last72h':
      return { from: now - 72 * HOUR, to: now };
    default:
      return { to: now };
  }
}

export function inPeriod(at: string, period: Period): boolean {
  const time = Date.parse(at);
  return (period.from === undefined || time >= period.from) && time <= period.to;
}

const hourFormat = new Intl.DateTimeFormat('en-CA', { timeZone: POINT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });

/** `YYYY-MM-DD HH` of an instant in the point's time zone. */
export function hourKey(instant: number | string): string {
  const parts = Object.fromEntries(hourFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}`;
}

export interface HourCount {
  /** Start of the hour, ISO (UTC). */
  start: string;
  /** `YYYY-MM-DD HH` in the point's time zone. */
  hour: string;
  count: number;
}

/** The most hours a chart shows; beyond that (a week) the earliest hours are dropped. */
export const MAX_HOURS = 7 * 24;

/**
 * Visits per hour from the first to the last hour with a visit, empty hours included (a gap
 * in the chart is information: the point was quiet or closed). The point's time zone is a
 * whole number of hours from UTC, so UTC hours are its hours too.
 */
export function visitorsPerHour(visits: Iterable<Pick<Visit, 'arrivedAt'>>, period: Period): HourCount[] {
  const counts = new Map<number, number>();
  for (const visit of visits) {
    if (!inPeriod(visit.arrivedAt, period)) continue;
    const bucket = Math.floor(Date.parse(visit.arrivedAt) / HOUR);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const last = Math.max(...counts.keys());
  const first = Math.max(Math.min(...counts.keys()), last - MAX_HOURS + 1);
  const hours: HourCount[] = [];
  for (let bucket = first; bucket <= last; bucket += 1) {
    hours.push({ start: new Date(bucket * HOUR).toISOString(), hour: hourKey(bucket * HOUR), count: counts.get(bucket) ?? 0 });
  }
  return hours;
}

/** How many visits asked for each need, in the order of the registration form; zeros kept. */
export function needsByCategory(visits: Iterable<Pick<Visit, 'arrivedAt' | 'needs'>>, period: Period): { need: Need; count: number }[] {
  const counts = new Map<Need, number>(NEEDS.map((need) => [need, 0]));
  for (const visit of visits) {
    if (!inPeriod(visit.arrivedAt, period)) continue;
    for (const need of new Set(visit.needs)) counts.set(need, (counts.get(need) ?? 0) + 1);
  }
  return NEEDS.map((need) => ({ need, count: counts.get(need) ?? 0 }));
}

export interface VisitorTotals {
  visits: number;
  /** Distinct households with at least one visit in the period. */
  households: number;
  /** Adults + children of those households (as they are recorded now). */
  people: number;
}

export function visitorTotals(visits: Iterable<Pick<Visit, 'arrivedAt' | 'householdId'>>, households: Iterable<Pick<Household, 'id' | 'adults' | 'children'>>, period: Period): VisitorTotals {
  const served = new Set<string>();
  let count = 0;
  for (const visit of visits) {
    if (!inPeriod(visit.arrivedAt, period)) continue;
    count += 1;
    served.add(visit.householdId);
  }
  let people = 0;
  for (const household of households) if (served.has(household.id)) people += household.adults + household.children;
  return { visits: count, households: served.size, people };
}

export interface ReportTimes {
  id: string;
  urgency: EmergencyReport['urgency'];
  service: EmergencyReport['service'];
  madeAt: string;
  deliveredAt?: string;
  acknowledgedAt?: string;
  helpOnTheWayAt?: string;
  closedAt?: string;
}

const AFTER_ACKNOWLEDGED = new Set<ReportStatusChange['status']>(['acknowledged', 'forwarded', 'helpOnTheWay', 'closed']);

function earliest(times: string[]): string | undefined {
  return times.length ? times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : undefined;
}

/**
 * When each report reached each step. "Acknowledged" is the first status the coordination
 * point sent (it cannot forward or close a report it has not taken in, and an acknowledgement
 * that arrives late must not make the step look slower than it was); "help on the way" only
 * counts its own status: a report closed without help was not helped.
 */
export function reportTimes(
  reports: Iterable<Pick<EmergencyReport, 'id' | 'urgency' | 'service' | 'madeAt'> & { deliveredAt?: string }>,
  events: Iterable<Pick<ReportStatusChange, 'reportId' | 'status' | 'at'>>,
  period: Period,
): ReportTimes[] {
  const byReport = new Map<string, Pick<ReportStatusChange, 'status' | 'at'>[]>();
  for (const event of events) byReport.set(event.reportId, [...(byReport.get(event.reportId) ?? []), event]);
  const rows: ReportTimes[] = [];
  for (const report of reports) {
    if (!inPeriod(report.madeAt, period)) continue;
    const own = byReport.get(report.id) ?? [];
    const at = (keep: (status: ReportStatusChange['status']) => boolean) => earliest(own.filter((event) => keep(event.status)).map((event) => event.at));
    rows.push({
      id: report.id,
      urgency: report.urgency,
      service: report.service,
      madeAt: report.madeAt,
      deliveredAt: report.deliveredAt,
      acknowledgedAt: at((status) => AFTER_ACKNOWLEDGED.has(status)),
      helpOnTheWayAt: at((status) => status === 'helpOnTheWay'),
      closedAt: at((status) => status === 'closed'),
    });
  }
  return rows.sort((a, b) => Date.parse(a.madeAt) - Date.parse(b.madeAt));
}

export const REPORT_INTERVALS = ['madeToDelivered', 'deliveredToAcknowledged', 'acknowledgedToHelp', 'madeToHelp'] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

const INTERVAL_ENDS: Record<ReportInterval, [keyof ReportTimes, keyof ReportTimes]> = {
  madeToDelivered: ['madeAt', 'deliveredAt'],
  deliveredToAcknowledged: ['deliveredAt', 'acknowledgedAt'],
  acknowledgedToHelp: ['acknowledgedAt', 'helpOnTheWayAt'],
  madeToHelp: ['madeAt', 'helpOnTheWayAt'],
};

/** Milliseconds of one step of one report; undefined while the step has not happened. */
export function intervalOf(times: ReportTimes, interval: ReportInterval): number | undefined {
  const [from, to] = INTERVAL_ENDS[interval];
  const start = times[from];
  const end = times[to];
  if (!start || !end) return undefined;
  // Clocks of the tablet and the coordination point differ a little; never a negative step.
  return Math.max(0, Date.parse(end) - Date.parse(start));
}

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface IntervalSummary {
  interval: ReportInterval;
  /** Reports that completed this step. */
  count: number;
  medianMs?: number;
  worstMs?: number;
}

export function summariseReportTimes(rows: ReportTimes[]): IntervalSummary[] {
  return REPORT_INTERVALS.map((interval) => {
    const values = rows.map((row) => intervalOf(row, interval)).filter((value): value is number => value !== undefined);
    return { interval, count: values.length, medianMs: median(values), worstMs: values.length ? Math.max(...values) : undefined };
  });
}

export interface DailyIssue {
  itemId: string;
  day: string;
  quantity: number;
}

/** Goods issued to households per item per calendar day (net of nothing: issued movements only). */
export function goodsIssuedPerDay(movements: Iterable<Pick<StockMovement, 'itemId' | 'kind' | 'delta' | 'at'>>, period: Period, timeZone = POINT_TIME_ZONE): DailyIssue[] {
  const milli = new Map<string, number>();
  for (const movement of movements) {
    if (movement.kind !== 'issued' || !inPeriod(movement.at, period)) continue;
    const key = `${movement.itemId}|${dayKey(movement.at, timeZone)}`;
    milli.set(key, (milli.get(key) ?? 0) - toMilli(movement.delta));
  }
  return [...milli]
    .map(([key, total]) => {
      const [itemId, day] = key.split('|');
      return { itemId, day, quantity: total / MILLI };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.itemId.localeCompare(b.itemId));
}

export type Organisation = Volunteer['organisation'];

export interface OrganisationHours {
  organisation: Organisation;
  volunteers: number;
  hours: number;
}

/**
 * Hours on site by organisation, from check-in/check-out pairs per volunteer. A second
 * check-in while checked in is ignored (a double tap), a check-out without a check-in too; a
 * volunteer still checked in counts until the end of the period. Time outside the period is
 * not counted.
 */
export function volunteerHoursByOrganisation(
  attendance: Iterable<Pick<Attendance, 'volunteerId' | 'kind' | 'at'>>,
  volunteers: Iterable<Pick<Volunteer, 'id' | 'organisation'>>,
  period: Period,
): OrganisationHours[] {
  const organisationOf = new Map<string, Organisation>();
  for (const volunteer of volunteers) organisationOf.set(volunteer.id, volunteer.organisation);
  const byVolunteer = new Map<string, Pick<Attendance, 'kind' | 'at'>[]>();
  for (const record of attendance) byVolunteer.set(record.volunteerId, [...(byVolunteer.get(record.volunteerId) ?? []), record]);
  const ms = new Map<Organisation, number>();
  const people = new Map<Organisation, Set<string>>();
  const add = (volunteerId: string, start: number, end: number) => {
    const from = Math.max(start, period.from ?? -Infinity);
    const to = Math.min(end, period.to);
    if (to <= from) return;
    const organisation = organisationOf.get(volunteerId) ?? 'other';
    ms.set(organisation, (ms.get(organisation) ?? 0) + (to - from));
    people.set(organisation, (people.get(organisation) ?? new Set()).add(volunteerId));
  };
  for (const [volunteerId, records] of byVolunteer) {
    let checkedInAt: number | undefined;
    for (const record of [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
      const at = Date.parse(record.at);
      if (record.kind === 'checkIn') checkedInAt ??= at;
      else if (checkedInAt !== undefined) {
        add(volunteerId, checkedInAt, at);
        checkedInAt = undefined;
      }
    }
    if (checkedInAt !== undefined) add(volunteerId, checkedInAt, period.to);
  }
  return [...ms]
    .map(([organisation, total]) => ({ organisation, volunteers: people.get(organisation)?.size ?? 0, hours: Math.round((total / HOUR) * 100) / 100 }))
    .sort((a, b) => b.hours - a.hours || a.organisation.localeCompare(b.organisation));
}

export interface LinkUptime {
  rounds: number;
  okRounds: number;
  /** Share of sync rounds that succeeded, 0..1; undefined without rounds. */
  share?: number;
  /** Longest time without a successful round (from the first round, to the period's end). */
  longestGapMs?: number;
  gapFrom?: string;
  gapTo?: string;
}

/**
 * Link uptime from the sync log. A share of rounds, not of time: rounds come more often while
 * the link is down (backoff starts short), so the longest gap is given too, which is what the
 * point felt: the longest stretch in which nothing got through.
 */
export function linkUptime(log: Iterable<SyncRound>, period: Period): LinkUptime {
  const rounds = [...log].filter((entry) => inPeriod(entry.at, period)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (!rounds.length) return { rounds: 0, okRounds: 0 };
  const ok = rounds.filter((entry) => entry.ok);
  const marks = [Date.parse(rounds[0].at), ...ok.map((entry) => Date.parse(entry.at)), period.to];
  let longest = 0;
  let gapFrom = marks[0];
  let gapTo = marks[0];
  for (let index = 1; index < marks.length; index += 1) {
    const gap = marks[index] - marks[index - 1];
    if (gap > longest) {
      longest = gap;
      gapFrom = marks[index - 1];
      gapTo = marks[index];
    }
  }
  return {
    rounds: rounds.length,
    okRounds: ok.length,
    share: ok.length / rounds.length,
    longestGapMs: longest,
    gapFrom: new Date(gapFrom).toISOString(),
    gapTo: new Date(gapTo).toISOString(),
  };
}

/**
 * Contact with the coordination point, as the server logs it: per point, the 5-minute buckets
 * in which one of its tablets pushed or pulled (server/routes/device-clock.ts). A tablet that is
 * connected pulls every 15 s, so a bucket without contact means the link (or the tablet) was
 * down for most of those minutes. A share of time, unlike the tablet's own `linkUptime`.
 */
export const CONTACT_BUCKET_MS = 5 * 60_000;

/** Start of the bucket an instant falls in, ms since the epoch. */
export function contactBucket(instant: number): number {
  return Math.floor(instant / CONTACT_BUCKET_MS) * CONTACT_BUCKET_MS;
}

export interface ContactUptime {
  /** Buckets from the point's first contact (or the period's start, if later) to the period's end (or now, if earlier). */
  buckets: number;
  contactBuckets: number;
  /** contactBuckets ÷ buckets; undefined without buckets (never in contact in the period). */
  share?: number;
  /** Longest stretch without contact; 0 when every bucket had contact. */
  longestGapMs?: number;
  gapFrom?: string;
  gapTo?: string;
}

/** One point's log: its first contact ever and its buckets (ISO starts; any range). */
export interface PointContacts {
  siteId: string;
  firstContactAt?: string;
  buckets: Iterable<string>;
}

interface ContactWindow {
  start: number;
  end: number;
  /** Indices (time ÷ bucket) of the first and last bucket of the window. */
  first: number;
  last: number;
}

function contactWindow(firstContactAt: string | undefined, period: Period, now: number): ContactWindow | undefined {
  if (firstContactAt === undefined) return undefined;
  const start = Math.max(Date.parse(firstContactAt), period.from ?? -Infinity);
  const end = Math.min(now, period.to);
  if (end <= start) return undefined;
  return { start, end, first: Math.floor(start / CONTACT_BUCKET_MS), last: Math.ceil(end / CONTACT_BUCKET_MS) - 1 };
}

function bucketsWithin(buckets: Iterable<string>, window: ContactWindow): Set<number> {
  const seen = new Set<number>();
  for (const at of buckets) {
    const index = Math.floor(Date.parse(at) / CONTACT_BUCKET_MS);
    if (index >= window.first && index <= window.last) seen.add(index);
  }
  return seen;
}

const iso = (time: number) => new Date(time).toISOString();

/** The uptime of one point in a period; `now` ends a period that reaches into the future. */
export function contactUptime(point: Omit<PointContacts, 'siteId'>, period: Period, now: number): ContactUptime {
  const window = contactWindow(point.firstContactAt, period, now);
  if (!window) return { buckets: 0, contactBuckets: 0 };
  const seen = bucketsWithin(point.buckets, window);
  const buckets = window.last - window.first + 1;
  let gap: { from: number; to: number } | undefined;
  let silentSince: number | undefined;
  // One step past the last bucket closes a gap that lasts until the end.
  for (let index = window.first; index <= window.last + 1; index += 1) {
    if (index <= window.last && !seen.has(index)) {
      silentSince ??= index;
      continue;
    }
    if (silentSince === undefined) continue;
    const from = Math.max(window.start, silentSince * CONTACT_BUCKET_MS);
    const to = Math.min(window.end, index * CONTACT_BUCKET_MS);
    if (!gap || to - from > gap.to - gap.from) gap = { from, to };
    silentSince = undefined;
  }
  return {
    buckets,
    contactBuckets: seen.size,
    share: seen.size / buckets,
    ...(gap ? { longestGapMs: gap.to - gap.from, gapFrom: iso(gap.from), gapTo: iso(gap.to) } : { longestGapMs: 0 }),
  };
}

/** Several points together: their buckets added up, and the longest gap of any of them (whose). */
export function contactUptimeTogether(points: { siteId: string; uptime: ContactUptime }[]): ContactUptime & { gapSiteId?: string } {
  const buckets = points.reduce((sum, point) => sum + point.uptime.buckets, 0);
  const contactBuckets = points.reduce((sum, point) => sum + point.uptime.contactBuckets, 0);
  if (!buckets) return { buckets, contactBuckets };
  const worst = points.reduce<(typeof points)[number] | undefined>((found, point) => ((point.uptime.longestGapMs ?? 0) > (found?.uptime.longestGapMs ?? 0) ? point : found), undefined);
  const { longestGapMs = 0, gapFrom, gapTo } = worst?.uptime ?? {};
  return { buckets, contactBuckets, share: contactBuckets / buckets, longestGapMs, ...(worst ? { gapFrom, gapTo, gapSiteId: worst.siteId } : {}) };
}

export interface ContactHour {
  /** Start of the hour, ISO (UTC). */
  start: string;
  /** `YYYY-MM-DD HH` in the point's time zone. */
  hour: string;
  /** Points with any contact in that hour. */
  points: number;
}

/**
 * Per hour, how many of the points had contact: from the earliest start of their windows to the
 * end, silent hours included (the last `MAX_HOURS` at most, like `visitorsPerHour`).
 */
export function contactPerHour(points: Iterable<PointContacts>, period: Period, now: number): ContactHour[] {
  const counts = new Map<number, number>();
  let firstHour = Infinity;
  let lastHour = -Infinity;
  for (const point of points) {
    const window = contactWindow(point.firstContactAt, period, now);
    if (!window) continue;
    firstHour = Math.min(firstHour, Math.floor(window.start / HOUR));
    lastHour = Math.max(lastHour, Math.ceil(window.end / HOUR) - 1);
    const hours = new Set([...bucketsWithin(point.buckets, window)].map((index) => Math.floor((index * CONTACT_BUCKET_MS) / HOUR)));
    for (const hour of hours) counts.set(hour, (counts.get(hour) ?? 0) + 1);
  }
  const rows: ContactHour[] = [];
  for (let hour = Math.max(firstHour, lastHour - MAX_HOURS + 1); hour <= lastHour; hour += 1) {
    rows.push({ start: iso(hour * HOUR), hour: hourKey(hour * HOUR), points: counts.get(hour) ?? 0 });
  }
  return rows;
}
