/**
 * Merge rules for records that can be edited on several tablets.
 *
 * Last write wins per record version, ordered by hybrid logical clock (see hlc.ts), never by
 * the device's wall clock. Ties cannot happen between devices because the HLC ends in the
 * node id. Households: the later edit wins per field (householdMerge.ts).
 */
import type { ReportStatus, ReportStatusChange } from './records';

export interface Versioned {
  updatedAt: string;
}

/** The record to keep when `incoming` meets `current`. */
export function lastWriteWins<T extends Versioned>(current: T | undefined, incoming: T): T {
  if (!current) return incoming;
  return incoming.updatedAt > current.updatedAt ? incoming : current;
}

const STATUS_RANK: Record<ReportStatus, number> = {
  new: 0,
  acknowledged: 1,
  forwarded: 2,
  helpOnTheWay: 3,
  closed: 4,
};

/**
 * Report status is owned by the coordination point and only moves forward. The status a
 * tablet shows is the furthest of the changes it received, whatever the order they came in.
 */
export function currentReportStatus(changes: Iterable<Pick<ReportStatusChange, 'status' | 'at'>>): ReportStatus {
  let status: ReportStatus = 'new';
  for (const change of changes) {
    if (STATUS_RANK[change.status] > STATUS_RANK[status]) status = change.status;
  }
  return status;
}
