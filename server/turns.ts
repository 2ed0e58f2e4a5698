/**
 * Heavy request work, one piece per turn of the event loop.
 *
 * When 300 tablets reconnect at once, their pushes all arrive within a few milliseconds, and
 * Node hands every body that is ready to its handler in one turn of the event loop. Inflating,
 * parsing and checking a push of 100 messages takes 1 to 2 ms, so that turn lasted half a
 * second, and everything else waited for it: each round trip to PostgreSQL (a push
 * transaction's first write of 200 rows took 440 ms), the SQLite writer thread's answers, and
 * a coordinator's small requests. Work queued here runs one piece per turn, so the loop sees
 * its I/O between two pieces (BENCHMARKS.md, server ingest).
 *
 * A request's later step goes first: checking before parsing before inflating. First in,
 * first out, every body would be inflated and parsed before the first push was checked and
 * could be written; this way pushes flow through to the database while others still arrive.
 *
 * Light work goes before all of that: a small body (an emergency report travels alone, in a
 * request of its own; a coordinator's action) takes a fraction of a millisecond, and should not
 * wait for the checks of a few hundred backlogs. Not for ever, though: after LIGHT_BURST light
 * pieces in a row, one heavy piece goes, so a steady stream of small pushes (many tablets on a
 * good link, each with a few messages) cannot hold a large backlog back without end; a light
 * piece waits for at most one heavy piece (1 to 2 ms).
 */

/** The steps of a request's body, in the order they happen. */
export type Step = 'inflate' | 'parse' | 'check';

/** Below this many bytes of JSON (inflated) or this many messages, a request's work is light. */
export const LIGHT_BYTES = 16 * 1024;
export const LIGHT_MESSAGES = 10;
/** How many light pieces may go in a row while heavy work waits. */
export const LIGHT_BURST = 8;

/** Queues in the order they are served: light work of any step, then later steps first. */
type Queue = 'light' | Step;
const queues: Record<Queue, (() => void)[]> = { light: [], check: [], parse: [], inflate: [] };
const ORDER = Object.values(queues);
const HEAVY = [queues.check, queues.parse, queues.inflate];
let pumping = false;
let lightInARow = 0;

function next(): (() => void) | undefined {
  const heavy = HEAVY.find((queue) => queue.length > 0);
  if (queues.light.length > 0 && (lightInARow < LIGHT_BURST || !heavy)) {
    // Counted only while heavy work waits.
    lightInARow = heavy ? lightInARow + 1 : 0;
    return queues.light.shift();
  }
  lightInARow = 0;
  return heavy?.shift();
}

function pump(): void {
  next()?.();
  if (ORDER.some((queue) => queue.length > 0)) setImmediate(pump);
  else pumping = false;
}

/** Runs `work` (a request's `step`, light or not) in a turn of its own; its result or error. */
export function inTurn<T>(step: Step, work: () => T, isLight = false): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queues[isLight ? 'light' : step].push(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    if (!pumping) {
      pumping = true;
      setImmediate(pump);
    }
  });
}
