/**
 * Rules of the coordination point's dashboard that the server (ordering, counts) and the
 * dashboard (live escalation while the page is open) must agree on. Pure functions.
 */
import { currentReportStatus } from './merge';
import type { EmergencyReport, ReportStatus, ReportStatusChange } from './records';
import { compareReportPriority } from './reports';

/** The statuses a coordinator can set; `new` is where every report starts. */
export const REPORT_ACTIONS = ['acknowledged', 'forwarded', 'helpOnTheWay', 'closed'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const STATUS_RANK: Record<ReportStatus, number> = { new: 0, acknowledged: 1, forwarded: 2, helpOnTheWay: 3, closed: 4 };

/** An unacknowledged life-threatening report escalates after this long at the coordination point. */
export const ESCALATE_UNACKNOWLEDGED_MS = 2 * 60_000;

/** A point whose tablets were heard from this recently is live (they pull every 15 s while connected). */
export const LIVE_CONTACT_MS = 2 * 60_000;
export const DEFAULT_SILENT_AFTER_MINUTES = 30;

export interface InboxEntry {
  id: string;
  status: ReportStatus;
  waitingSince: string;
  report: Pick<EmergencyReport, 'urgency'>;
}

/**
 * A report's age counts from when it was made at the point. A tablet clock running ahead can
 * put that after the moment the coordination point got it; then the receipt time counts.
 */
export function waitingSince(madeAt: string, receivedAt: string): string {
  return Date.parse(madeAt) <= Date.parse(receivedAt) ? madeAt : receivedAt;
}

/**
 * Open before closed; most urgent first; within one urgency the ones nobody acknowledged yet
 * before those already in hand; then the one waiting longest (the desk's priority rule, with
 * the age counted from `waitingSince`).
 */
export function compareInbox(a: InboxEntry, b: InboxEntry): number {
  const byOpen = Number(a.status === 'closed') - Number(b.status === 'closed');
  if (byOpen !== 0) return byOpen;
  if (a.report.urgency === b.report.urgency) {
    const byUnacknowledged = Number(b.status === 'new') - Number(a.status === 'new');
    if (byUnacknowledged !== 0) return byUnacknowledged;
  }
  return compareReportPriority({ id: a.id, urgency: a.report.urgency, madeAt: a.waitingSince }, { id: b.id, urgency: b.report.urgency, madeAt: b.waitingSince });
}

/**
 * Escalation at the coordination point: life-threatening, still not acknowledged, and waiting
 * longer than two minutes. (The point's own escalation, `isEscalated` in reports.ts, is about a
 * report that has not been delivered yet.)
 */
export function isEscalatedAtCoordination(entry: InboxEntry, now: number): boolean {
  return (
    entry.report.urgency === 'lifeThreatening' &&
    entry.status === 'new' &&
    now - Date.parse(entry.waitingSince) > ESCALATE_UNACKNOWLEDGED_MS
  );
}

/** Status only moves forward (merge.ts): a coordinator can skip steps but never go back. */
export function canMoveReportTo(current: ReportStatus, next: ReportStatus): boolean {
  return STATUS_RANK[next] > STATUS_RANK[current];
}

export function reportStatusOf(events: Iterable<Pick<ReportStatusChange, 'status' | 'at'>>): ReportStatus {
  return currentReportStatus(events);
}

export type PointLinkState = 'live' | 'quiet' | 'silent' | 'never';

/** How a point's link looks from the coordination point, from the last contact of any of its tablets. */
export function pointLinkState(lastContactAt: string | null, now: number, silentAfterMinutes: number): PointLinkState {
  if (!lastContactAt) return 'never';
  const since = now - Date.parse(lastContactAt);
  if (since <= LIVE_CONTACT_MS) return 'live';
  if (since < silentAfterMinutes * 60_000) return 'quiet';
  return 'silent';
}

const TIME_ZONE = 'Europe/Amsterdam';

/** Midnight that started the day of `now` in the Netherlands, as an ISO instant. */
export function startOfDayInAmsterdam(now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  // Midnight there is 22:00 or 23:00 UTC of the day before, depending on summer time.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T00:00:00+0${offset}:00`);
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (hour === '00') return candidate.toISOString();
  }
  return new Date(`${day}T00:00:00Z`).toISOString();
}
