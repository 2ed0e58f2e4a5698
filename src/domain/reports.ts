/**
 * Rules for emergency reports that screens and the coordination point share: which report
 * comes first, when an undelivered report must be escalated to the radio/runner fallback,
 * and the status timeline a volunteer sees.
 *
 * Delivery is a fact of this tablet (the outbox knows it); the later statuses are owned by the
 * coordination point and only move forward (merge.ts, `currentReportStatus`).
 */
import { currentReportStatus } from './merge';
import type { EmergencyReport, ReportStatus, ReportStatusChange } from './records';

const URGENCY_RANK: Record<EmergencyReport['urgency'], number> = { lifeThreatening: 0, urgent: 1, notUrgent: 2 };

/** Most urgent first; within one urgency the oldest first (it has waited longest). */
export function compareReportPriority(
  a: Pick<EmergencyReport, 'urgency' | 'madeAt' | 'id'>,
  b: Pick<EmergencyReport, 'urgency' | 'madeAt' | 'id'>,
): number {
  const byUrgency = URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency];
  if (byUrgency !== 0) return byUrgency;
  const byAge = Date.parse(a.madeAt) - Date.parse(b.madeAt);
  if (byAge !== 0) return byAge;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Default of the site setting `escalateAfterMinutes` (issue 3: five minutes). */
export const DEFAULT_ESCALATE_AFTER_MINUTES = 5;

/** Reports whose delay costs lives: only these escalate. A not-urgent report just waits. */
export function escalates(urgency: EmergencyReport['urgency']): boolean {
  return urgency === 'lifeThreatening' || urgency === 'urgent';
}

/** When an undelivered report must be escalated, in ms since the epoch. */
export function escalationDeadline(report: Pick<EmergencyReport, 'madeAt'>, minutes: number): number {
  return Date.parse(report.madeAt) + minutes * 60_000;
}

/**
 * True when a life-threatening or urgent report has not reached the coordination point within
 * `minutes` of being made: the point must then pass it on by radio or runner.
 * `deliveredAt` is when the coordination point accepted it (undefined: not yet).
 */
export function isEscalated(
  report: Pick<EmergencyReport, 'urgency' | 'madeAt'>,
  deliveredAt: string | undefined,
  now: number | Date,
  minutes: number,
): boolean {
  if (!escalates(report.urgency) || deliveredAt) return false;
  return Number(now) >= escalationDeadline(report, minutes);
}

export const REPORT_STEPS = ['saved', 'waiting', 'delivered', 'acknowledged', 'forwarded', 'helpOnTheWay', 'closed'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export interface ReportTimelineStep {
  step: ReportStep;
  state: 'done' | 'current' | 'todo';
  /** When the step was reached, when known. */
  at?: string;
}

export interface ReportProgress {
  madeAt: string;
  /** The report's message still waits in this tablet's outbox (pending or refused). */
  queued: boolean;
  deliveredAt?: string;
  events: Iterable<Pick<ReportStatusChange, 'status' | 'at'>>;
}

/**
 * The timeline saved → waiting for connection → delivered → acknowledged → forwarded → help on
 * the way → closed. A status from the coordination point implies every step before it, even
 * when its own event has not arrived (yet): the coordination point cannot acknowledge a report
 * it never received.
 */
export function reportTimeline(progress: ReportProgress): ReportTimelineStep[] {
  const events = [...progress.events];
  const status = currentReportStatus(events);
  const delivered = !progress.queued || Boolean(progress.deliveredAt) || status !== 'new';
  const firstAt = (wanted: ReportStatus) =>
    events
      .filter((event) => event.status === wanted)
      .map((event) => event.at)
      .sort()[0];
  const reached: Record<ReportStep, { done: boolean; at?: string }> = {
    saved: { done: true, at: progress.madeAt },
    waiting: { done: delivered, at: progress.madeAt },
    delivered: { done: delivered, at: progress.deliveredAt },
    acknowledged: { done: rank(status) >= rank('acknowledged'), at: firstAt('acknowledged') },
    forwarded: { done: rank(status) >= rank('forwarded'), at: firstAt('forwarded') },
    helpOnTheWay: { done: rank(status) >= rank('helpOnTheWay'), at: firstAt('helpOnTheWay') },
    closed: { done: status === 'closed', at: firstAt('closed') },
  };
  let currentGiven = false;
  return REPORT_STEPS.map((step) => {
    const { done, at } = reached[step];
    if (done) return { step, state: 'done', at };
    if (!currentGiven) {
      currentGiven = true;
      // Waiting is where an undelivered report stands; later steps are the next thing to happen.
      return { step, state: 'current', at: step === 'waiting' ? at : undefined };
    }
    return { step, state: 'todo' };
  });
}

const STATUS_ORDER: ReportStatus[] = ['new', 'acknowledged', 'forwarded', 'helpOnTheWay', 'closed'];
function rank(status: ReportStatus): number {
  return STATUS_ORDER.indexOf(status);
}

/** A report is open until the coordination point closes it. */
export function isOpenReport(events: Iterable<Pick<ReportStatusChange, 'status' | 'at'>>): boolean {
  return currentReportStatus(events) !== 'closed';
}
