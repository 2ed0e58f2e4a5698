import { StockMovementSchema, newId, type StockMovement } from '../../domain';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { addMovement } from '../stockTotals';
import { enqueue } from '../outbox';

export type StockMovementInput = Omit<StockMovement, 'id' | 'at'>;

/** One line in the stock ledger (received, issued, counted, moved, written off). Never an overwrite. */
export function recordStockMovement(db: NoodsteunpuntDb, input: StockMovementInput, now = new Date()): Promise<StockMovement> {
  return runAction(db, [db.stockMovements, db.stockTotals], async () => {
    const movement = StockMovementSchema.parse({ ...input, id: newId(), at: now.toISOString() });
    await addMovement(db, movement);
    await enqueue(db, 'stock.moved', movement);
    return movement;
  });
}
