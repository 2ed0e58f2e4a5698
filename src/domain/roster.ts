/**
 * Roster rules: who is on site (from check-in/check-out records of all tablets), hours worked,
 * and the coverage warnings the site lead sees for the coming hours.
 */
import type { Attendance, SHIFT_ROLES, Shift, Volunteer } from './records';

export type ShiftRole = (typeof SHIFT_ROLES)[number];

const HOUR = 3600_000;
const MINUTE = 60_000;

export interface AttendanceSummary {
  volunteerId: string;
  /** Set while the volunteer is checked in. */
  onSiteSince?: string;
  hoursWorked: number;
}

/**
 * Pairs check-ins with check-outs in time order. Two tablets may both record a check-in for
 * the same person: a check-in while already on site (or a check-out while away) changes nothing.
 */
export function attendanceSummary(records: Iterable<Attendance>, now: number): Map<string, AttendanceSummary> {
  const sorted = [...records].sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at < b.at ? -1 : 1));
  const summary = new Map<string, AttendanceSummary>();
  for (const record of sorted) {
    const entry = summary.get(record.volunteerId) ?? { volunteerId: record.volunteerId, hoursWorked: 0 };
    if (record.kind === 'checkIn' && !entry.onSiteSince) entry.onSiteSince = record.at;
    if (record.kind === 'checkOut' && entry.onSiteSince) {
      entry.hoursWorked += Math.max(0, Date.parse(record.at) - Date.parse(entry.onSiteSince)) / HOUR;
      entry.onSiteSince = undefined;
    }
    summary.set(record.volunteerId, entry);
  }
  for (const entry of summary.values()) {
    if (entry.onSiteSince) entry.hoursWorked += Math.max(0, now - Date.parse(entry.onSiteSince)) / HOUR;
    entry.hoursWorked = Math.round(entry.hoursWorked * 10) / 10;
  }
  return summary;
}

export type CoverageWarning =
  /** A stretch of time in which shifts are staffed but nobody leads the point. */
  | { kind: 'noLead'; from: string; to: string }
  /** A stretch in which nobody on duty has first-aid (EHBO) or medical skills. */
  | { kind: 'noFirstAider'; from: string; to: string }
  | { kind: 'shortStaffed'; shiftId: string; role: ShiftRole; from: string; to: string; assigned: number; needed: number }
  /** Checked in longer than the limit, now. */
  | { kind: 'longDuty'; volunteerId: string; since: string; hours: number }
  /** Rostered on back-to-back shifts longer than the limit. */
  | { kind: 'longPlanned'; volunteerId: string; from: string; to: string; hours: number };

export interface CoverageInput {
  shifts: readonly Shift[];
  volunteers: readonly Pick<Volunteer, 'id' | 'skills'>[];
  attendance: readonly Attendance[];
  now: number;
  horizonHours?: number;
  dutyLimitHours?: number;
}

export const DEFAULT_DUTY_LIMIT_HOURS = 8;
export const COVERAGE_HORIZON_HOURS = 12;

const iso = (ms: number) => new Date(ms).toISOString();

export function isFirstAider(volunteer: Pick<Volunteer, 'skills'> | undefined): boolean {
  return Boolean(volunteer?.skills.some((skill) => skill === 'firstAid' || skill === 'medical'));
}

/** Warnings for the next `horizonHours` (default 12), earliest first. */
export function coverageWarnings({ shifts, volunteers, attendance, now, horizonHours = COVERAGE_HORIZON_HOURS, dutyLimitHours = DEFAULT_DUTY_LIMIT_HOURS }: CoverageInput): CoverageWarning[] {
  const windowEnd = now + horizonHours * HOUR;
  const byId = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer]));
  const span = (shift: Shift) => ({ start: Date.parse(shift.start), end: Date.parse(shift.end) });
  const planned = shifts.filter((shift) => !shift.cancelled);
  const upcoming = planned.filter((shift) => span(shift).start < windowEnd && span(shift).end > now && span(shift).end > span(shift).start);
  const warnings: CoverageWarning[] = [];

  // Split the window at every shift boundary; within a segment the set of shifts on duty is fixed.
  const bounds = [...new Set([now, windowEnd, ...upcoming.flatMap((shift) => [span(shift).start, span(shift).end])])]
    .filter((time) => time >= now && time <= windowEnd)
    .sort((a, b) => a - b);
  const gaps: Record<'noLead' | 'noFirstAider', { from: number; to: number }[]> = { noLead: [], noFirstAider: [] };
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const [from, to] = [bounds[index], bounds[index + 1]];
    const onDuty = upcoming.filter((shift) => span(shift).start < to && span(shift).end > from);
    if (onDuty.length === 0) continue; // the point is closed then: nothing to cover
    if (to - from < MINUTE) continue; // shifts typed a few seconds apart are not a gap anyone can fill
    const hasLead = onDuty.some((shift) => shift.role === 'lead' && shift.volunteerIds.length > 0);
    const hasFirstAider = onDuty.some((shift) => (shift.role === 'firstAid' && shift.volunteerIds.length > 0) || shift.volunteerIds.some((id) => isFirstAider(byId.get(id))));
    for (const [kind, covered] of [['noLead', hasLead], ['noFirstAider', hasFirstAider]] as const) {
      if (covered) continue;
      const last = gaps[kind].at(-1);
      if (last && last.to === from) last.to = to;
      else gaps[kind].push({ from, to });
    }
  }
  for (const kind of ['noLead', 'noFirstAider'] as const) {
    for (const gap of gaps[kind]) warnings.push({ kind, from: iso(gap.from), to: iso(gap.to) });
  }

  for (const shift of upcoming) {
    if (shift.volunteerIds.length < shift.needed) {
      warnings.push({ kind: 'shortStaffed', shiftId: shift.id, role: shift.role, from: shift.start, to: shift.end, assigned: shift.volunteerIds.length, needed: shift.needed });
    }
  }

  for (const entry of attendanceSummary(attendance, now).values()) {
    if (!entry.onSiteSince) continue;
    const hours = (now - Date.parse(entry.onSiteSince)) / HOUR;
    if (hours > dutyLimitHours) warnings.push({ kind: 'longDuty', volunteerId: entry.volunteerId, since: entry.onSiteSince, hours: Math.round(hours * 10) / 10 });
  }

  // Back-to-back (or overlapping) shifts of one volunteer count as one stretch on duty.
  const perVolunteer = new Map<string, { start: number; end: number }[]>();
  for (const shift of planned) {
    for (const id of new Set(shift.volunteerIds)) perVolunteer.set(id, [...(perVolunteer.get(id) ?? []), span(shift)]);
  }
  for (const [volunteerId, spans] of perVolunteer) {
    const merged: { start: number; end: number }[] = [];
    for (const next of spans.sort((a, b) => a.start - b.start)) {
      const last = merged.at(-1);
      if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
      else merged.push({ ...next });
    }
    for (const stretch of merged) {
      const hours = (stretch.end - stretch.start) / HOUR;
      if (stretch.start < windowEnd && stretch.end > now && hours > dutyLimitHours) {
        warnings.push({ kind: 'longPlanned', volunteerId, from: iso(stretch.start), to: iso(stretch.end), hours: Math.round(hours * 10) / 10 });
      }
    }
  }

  const startOf = (warning: CoverageWarning) => ('from' in warning ? warning.from : warning.since);
  return warnings.sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0));
}
