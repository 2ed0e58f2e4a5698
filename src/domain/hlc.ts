/**
 * Hybrid logical clock.
 *
 * A tablet that ran for days on a generator can have a wrong wall clock, so edits are never
 * ordered by the device clock alone. An HLC timestamp is (wall ms, counter, node): it never
 * goes backwards on one device, and after a device has seen a remote timestamp all its later
 * timestamps sort after it. Timestamps are fixed-width strings so that plain string comparison
 * orders them, which lets Dexie and SQL indexes sort by them too.
 */
export interface HlcState {
  wallMs: number;
  counter: number;
  node: string;
}

export class ClockDriftError extends Error {
  constructor(readonly remoteMs: number, readonly localMs: number) {
    super(`Remote clock is ${Math.round((remoteMs - localMs) / 60000)} min ahead; refusing to jump`);
    this.name = 'ClockDriftError';
  }
}

/** A remote clock this far ahead is treated as broken rather than followed. */
export const MAX_DRIFT_MS = 7 * 24 * 3600 * 1000;

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 5;

export function formatHlc(state: HlcState): string {
  return `${String(state.wallMs).padStart(WALL_WIDTH, '0')}-${String(state.counter).padStart(COUNTER_WIDTH, '0')}-${state.node}`;
}

export function parseHlc(text: string): HlcState {
  const match = /^(\d{15})-(\d{5})-(.+)$/.exec(text);
  if (!match) throw new Error(`Not a hybrid logical clock timestamp: ${text}`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), node: match[3] };
}

export const HLC_PATTERN = /^\d{15}-\d{5}-.+$/;

/** Next timestamp for a local event. */
export function tickHlc(local: HlcState, nowMs: number): HlcState {
  if (nowMs > local.wallMs) return { wallMs: nowMs, counter: 0, node: local.node };
  return { wallMs: local.wallMs, counter: local.counter + 1, node: local.node };
}

/** Merge a timestamp seen on a remote record into the local clock. */
export function receiveHlc(local: HlcState, remote: HlcState, nowMs: number): HlcState {
  if (remote.wallMs - nowMs > MAX_DRIFT_MS) throw new ClockDriftError(remote.wallMs, nowMs);
  const wallMs = Math.max(local.wallMs, remote.wallMs, nowMs);
  let counter = 0;
  if (wallMs === local.wallMs && wallMs === remote.wallMs) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  return { wallMs, counter, node: local.node };
}
