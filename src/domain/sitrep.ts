/** Rules behind the situation report and supply requests: what counts, and when one is due. */
import { currentReportStatus } from './merge';
import type { Need, ReportStatusChange, SUPPLY_STATUSES, Visit } from './records';

export type SupplyStatus = (typeof SUPPLY_STATUSES)[number];

export const DEFAULT_SITREP_INTERVAL_MINUTES = 120;

/**
 * A sitrep is due when the interval has passed since the last one (from any tablet of the point)
 * or, when none was sent yet, since the lead started (`since`). An interval of 0 turns it off.
 */
export function sitrepDue(lastSitrepAt: string | undefined, intervalMinutes: number, now: number, since?: number): boolean {
  if (!(intervalMinutes > 0)) return false;
  const reference = lastSitrepAt ? Date.parse(lastSitrepAt) : since;
  if (reference === undefined) return true;
  return now - reference >= intervalMinutes * 60_000;
}

/** Reasons for coming over a set of visits, most frequent first. */
export function countNeeds(visits: Iterable<Pick<Visit, 'needs'>>): { need: Need; count: number }[] {
  const counts = new Map<Need, number>();
  for (const visit of visits) for (const need of visit.needs) counts.set(need, (counts.get(need) ?? 0) + 1);
  return [...counts].map(([need, count]) => ({ need, count })).sort((a, b) => b.count - a.count);
}

/** Emergency reports not yet closed by the coordination point. */
export function openReportCount(reportIds: Iterable<string>, events: Iterable<Pick<ReportStatusChange, 'reportId' | 'status' | 'at'>>): number {
  const byReport = new Map<string, Pick<ReportStatusChange, 'status' | 'at'>[]>();
  for (const event of events) byReport.set(event.reportId, [...(byReport.get(event.reportId) ?? []), event]);
  let open = 0;
  for (const id of reportIds) if (currentReportStatus(byReport.get(id) ?? []) !== 'closed') open += 1;
  return open;
}

const SUPPLY_RANK: Record<SupplyStatus, number> = { requested: 0, approved: 1, declined: 1, dispatched: 2, received: 3 };

/**
 * Where a supply request stands: received once this point confirmed it; otherwise the
 * coordination point's latest answer (a later answer may turn "approved" into "declined").
 */
export function supplyStatus(events: Iterable<{ status: Exclude<SupplyStatus, 'requested'>; at: string }>): SupplyStatus {
  let status: SupplyStatus = 'requested';
  let at = '';
  for (const event of events) {
    if (status === 'received') break;
    if (event.status === 'received' || SUPPLY_RANK[event.status] > SUPPLY_RANK[status] || (SUPPLY_RANK[event.status] === SUPPLY_RANK[status] && event.at > at)) {
      status = event.status;
      at = event.at;
    }
  }
  return status;
}
