/**
 * Merge rules for records that can be edited on several tablets.
 *
 * Last write wins per record version, ordered by hybrid logical clock (see hlc.ts), never by
 * the device's wall clock. Ties cannot happen between devices because the HLC ends in the
 * node id.
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

/**
 * Per-field last write wins: each field carries the HLC of its last edit in `fieldTimes`.
 * Two tablets that edit different fields of the same household both keep their edit.
 */
export function mergeFields<T extends Record<string, unknown>>(
  current: { value: T; fieldTimes: Record<string, string> } | undefined,
  incoming: { value: T; fieldTimes: Record<string, string> },
): { value: T; fieldTimes: Record<string, string> } {
  if (!current) return incoming;
  const value: Record<string, unknown> = { ...current.value };
  const fieldTimes = { ...current.fieldTimes };
  for (const key of new Set([...Object.keys(current.value), ...Object.keys(incoming.value)])) {
    const incomingTime = incoming.fieldTimes[key] ?? '';
    if (incomingTime > (fieldTimes[key] ?? '')) {
      value[key] = incoming.value[key];
      fieldTimes[key] = incomingTime;
    }
  }
  return { value: value as T, fieldTimes };
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
