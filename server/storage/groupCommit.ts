/**
 * Group commit for incoming messages. When many tablets reconnect at once (after a regional
 * outage, hundreds of pushes arrive together), writing each push in its own transaction costs
 * one fsync per push, and on PostgreSQL the pushes queue behind the sequence lock anyway.
 * Pushes that arrive while a write is running are gathered and stored in the next single
 * transaction; each push still gets exactly its own outcomes, in its own order.
 */
import type { MessageRow, Storage, StoreOutcome } from './types';

interface Waiting {
  rows: MessageRow[];
  resolve: (outcomes: StoreOutcome[]) => void;
  reject: (error: unknown) => void;
}

export function withGroupCommit(storage: Storage, maxRows = 5000): Storage {
  const waiting: Waiting[] = [];
  let writing: Promise<void> | undefined;

  async function flush(): Promise<void> {
    while (waiting.length > 0) {
      const group: Waiting[] = [];
      let size = 0;
      while (waiting.length > 0 && (group.length === 0 || size + waiting[0].rows.length <= maxRows)) {
        const next = waiting.shift()!;
        group.push(next);
        size += next.rows.length;
      }
      try {
        const outcomes = await storage.storeMessages(group.flatMap((entry) => entry.rows));
        let offset = 0;
        for (const entry of group) {
          entry.resolve(outcomes.slice(offset, offset + entry.rows.length));
          offset += entry.rows.length;
        }
      } catch (error) {
        group.forEach((entry) => entry.reject(error));
      }
    }
  }

  function schedule() {
    if (writing) return;
    // Let the pushes of this turn of the event loop join before the write starts.
    writing = new Promise<void>((done) => setImmediate(done))
      .then(flush)
      .finally(() => {
        writing = undefined;
        // A push can arrive after the loop saw an empty queue but before this ran.
        if (waiting.length > 0) schedule();
      });
  }

  function storeMessages(rows: MessageRow[]): Promise<StoreOutcome[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      waiting.push({ rows, resolve, reject });
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
