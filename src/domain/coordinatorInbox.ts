/**
 * Rules of the coordination point's dashboard that the server (ordering, counts) and the
 * dashboard (live escalation while the page is open) must agree on. Pure functions.
 */
import { currentReportStatus } from './merge';
import type { EmergencyReport, ReportStatus, ReportStatusChange } from './records';

const URGENCY_RANK: Record<EmergencyReport['urgency'], number> = { lifeThreatening: 0, urgent: 1, notUrgent: 2 };
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

/** Open before closed; most urgent first; within one urgency the one waiting longest first. */
export function compareInbox(a: InboxEntry, b: InboxEntry): number {
  const byOpen = Number(a.status === 'closed') - Number(b.status === 'closed');
  if (byOpen !== 0) return byOpen;
  const byUrgency = URGENCY_RANK[a.report.urgency] - URGENCY_RANK[b.report.urgency];
  if (byUrgency !== 0) return byUrgency;
  const byAge = Date.parse(a.waitingSince) - Date.parse(b.waitingSince);
  if (byAge !== 0) return byAge;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Life-threatening, still not acknowledged, and waiting longer than two minutes. */
export function isEscalated(entry: InboxEntry, now: number): boolean {
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
