export { createEmergencyReport, enqueue, recordStockMovement, registerVisit } from '../../src/db';
import type { NoodsteunpuntDb } from '../../src/db';

/** A raw transaction over the outbox, for tests that must plant a message an older app made. */
export function runActionForTest(db: NoodsteunpuntDb, body: () => Promise<void>): Promise<void> {
  return db.transaction('rw', db.outbox, db.meta, body);
}
