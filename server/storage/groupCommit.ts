/**
 * Group commit for incoming messages. When many tablets reconnect at once (after a regional
 * outage, hundreds of pushes arrive together), writing each push in its own transaction costs
 * one fsync per push, and on PostgreSQL the pushes queue behind the sequence lock anyway.
 * Pushes that arrive while a write is running are gathered and stored in the next single
 * transaction; each push still gets exactly its own outcomes, in its own order.
 *
 * Under load, commits are spaced at least `minIntervalMs` apart (unless `maxRows` are already
 * waiting): every commit is an fsync, and in a reconnect storm a commit per turn of the loop
 * (one every push or two) left little time for reading and checking the pushes. Measured with
 * 300 tablets, when SQLite still wrote on the event loop: 20 ms took it from about 15,000 to
 * 21,000 messages/s and the push p99 down by a fifth (BENCHMARKS.md). Since SQLite writes in a
 * thread of its own, 5, 20 and 50 ms measure the same within the noise; 20 ms stays. A push
 * that arrives when no commit ran for that long (an emergency report on a quiet link) is
 * written at once, as before.
 *
 * A storage that stores its calls in order by itself (`storeQueueDepth` > 1: SQLite's writer
 * thread, PostgreSQL's queue) gets the next group while it writes the previous one, and a full group
 * (`maxRows`) is handed over at once, not after a timer: in a storm the event loop spends one
 * long turn reading pushes, and timers only run after it. Before, the writer thread stood idle
 * while the loop read the pushes, then wrote the groups one after the other (BENCHMARKS.md).
 */
import { PRIORITY, priorityOf } from '../../src/domain';
import type { NewMessage, Storage, StoreOutcome } from './types';

interface Waiting {
  rows: NewMessage[];
  /** Carries an emergency report: stored first, in a transaction of its own, at once. */
  emergency: boolean;
  resolve: (outcomes: StoreOutcome[]) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** The most rows in one transaction. */
  maxRows?: number;
  /** The least time from the start of one commit to the start of the next, under load. */
  minIntervalMs?: number;
  /** Groups handed to the storage before the first of them is answered (default: the storage's `storeQueueDepth`). */
  maxInFlight?: number;
}

export function withGroupCommit(storage: Storage, { maxRows = 5000, minIntervalMs = 20, maxInFlight = storage.storeQueueDepth }: GroupCommitOptions = {}): Storage {
  const waiting: Waiting[] = [];
  /** A group is about to be handed over (its timer runs). */
  let scheduled = false;
  let inFlight = 0;
  let lastStart = -Infinity;
  const waitingRows = () => waiting.reduce((sum, entry) => sum + entry.rows.length, 0);

  /**
   * Hands the waiting pushes, up to `maxRows` rows, to the storage as one transaction; when
   * emergency reports wait (they are at the front), those alone, so their commit is short.
   */
  function dispatch(): void {
    const group: Waiting[] = [];
    let size = 0;
    const emergencies = waiting[0]?.emergency === true;
    while (waiting.length > 0 && waiting[0].emergency === emergencies && (group.length === 0 || size + waiting[0].rows.length <= maxRows)) {
      const next = waiting.shift()!;
      group.push(next);
      size += next.rows.length;
    }
    lastStart = performance.now();
    inFlight += 1;
    storage
      .storeMessages(group.length === 1 ? group[0].rows : group.flatMap((entry) => entry.rows))
      .then(
        (outcomes) => {
          let offset = 0;
          for (const entry of group) {
            entry.resolve(outcomes.slice(offset, offset + entry.rows.length));
            offset += entry.rows.length;
          }
        },
        (error: unknown) => group.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        inFlight -= 1;
        if (waiting[0]?.emergency) dispatch();
        schedule();
      });
  }

  function schedule() {
    if (scheduled || inFlight >= maxInFlight || waiting.length === 0) return;
    scheduled = true;
    const spacing = lastStart + minIntervalMs - performance.now();
    // Let the pushes of this turn of the event loop (under load: of the next few ms) join
    // before the write starts.
    const run = () => {
      scheduled = false;
      if (inFlight >= maxInFlight || waiting.length === 0) return;
      dispatch();
      schedule();
    };
    if (spacing > 0 && waitingRows() < maxRows) setTimeout(run, spacing);
    else setImmediate(run);
  }

  function storeMessages(rows: NewMessage[]): Promise<StoreOutcome[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const emergency = rows.some((row) => priorityOf(row.type) === PRIORITY.emergency);
      const entry = { rows, emergency, resolve, reject };
      if (emergency) {
        // Ahead of every ordinary push (after earlier emergencies), and handed over at once.
        const firstOrdinary = waiting.findIndex((each) => !each.emergency);
        waiting.splice(firstOrdinary === -1 ? waiting.length : firstOrdinary, 0, entry);
        if (inFlight < maxInFlight) dispatch();
      } else {
        waiting.push(entry);
        // A full transaction is handed over at once: in a storm, the loop can spend its whole
        // turn reading pushes, and a timer or an immediate would wait for the end of it.
        if (inFlight < maxInFlight && waitingRows() >= maxRows) dispatch();
      }
      schedule();
    });
  }

  return new Proxy(storage, {
    get(target, property, receiver) {
      if (property === 'storeMessages') return storeMessages;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
