/**
 * Stock actions of the site lead and the hand-out: every change is a new ledger line
 * (movement) and its message, written in one transaction. Nothing here overwrites a number.
 * (Kept apart from ./stock.ts, which the first load's barrel exports: see src/db/lead.ts.)
 */
// Narrow imports, not the lead barrel: the desk may mount the hand-out panel, which uses these.
import { StockItemSchema, StockMovementSchema, newId, stockBalances, type StockItem, type StockMovement } from '../../domain';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue';
import { signedDelta, stocktakeCorrection } from '../../domain/ledger';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { StorageError } from '../errors';
import { nextHlc } from '../identity';
import { enqueue } from '../outbox';
import { recordStockMovement } from './stock';

function requirePositive(quantity: number): void {
  if (!Number.isFinite(quantity) || quantity <= 0) throw new StorageError('invalid', 'quantity');
}

export interface StockChangeInput {
  itemId: string;
  /** Always positive; the kind gives the sign. */
  quantity: number;
  reason?: string;
  householdId?: string;
  by: string;
}

/** Goods in (from the coordination point, a donation) or out (issued, moved to another point, written off). */
export function moveStock(db: NoodsteunpuntDb, kind: 'received' | 'issued' | 'transferred' | 'writtenOff', input: StockChangeInput, now = new Date()): Promise<StockMovement> {
  requirePositive(input.quantity);
  if ((kind === 'transferred' || kind === 'writtenOff') && !input.reason?.trim()) throw new StorageError('invalid', 'reason');
  return recordStockMovement(
    db,
    { itemId: input.itemId, kind, delta: signedDelta(kind, input.quantity), householdId: input.householdId, reason: input.reason?.trim() || undefined, by: input.by },
    now,
  );
}

/**
 * A stocktake: the difference between what was counted and what this tablet's ledger says is
 * recorded as a correction (also when it is 0: "counted, it matched" is worth keeping).
 */
export function countStock(db: NoodsteunpuntDb, input: { itemId: string; counted: number; reason?: string; by: string }, now = new Date()): Promise<StockMovement> {
  if (!Number.isFinite(input.counted) || input.counted < 0) throw new StorageError('invalid', 'counted');
  return runAction(db, [db.stockMovements], async () => {
    const balance = stockBalances(await db.stockMovements.where('itemId').equals(input.itemId).toArray()).get(input.itemId) ?? 0;
    const movement = StockMovementSchema.parse({
      id: newId(),
      itemId: input.itemId,
      kind: 'counted',
      delta: stocktakeCorrection(balance, input.counted),
      reason: input.reason?.trim() || undefined,
      by: input.by,
      at: now.toISOString(),
    });
    await db.stockMovements.add(movement);
    await enqueue(db, 'stock.moved', movement);
    return movement;
  });
}

/** A new item or an edit of one (name, unit, minimum, fair share); the later edit wins on every tablet. */
export function defineStockItem(db: NoodsteunpuntDb, input: Omit<StockItem, 'id' | 'updatedAt'> & { id?: string }, now = new Date()): Promise<StockItem> {
  return runAction(db, [db.stockItems], async () => {
    const item = StockItemSchema.parse({ ...input, id: input.id ?? newId(), updatedAt: await nextHlc(db, now.getTime()) });
    await db.stockItems.put(item);
    await enqueue(db, 'stock.itemDefined', item);
    return item;
  });
}

/**
 * Puts the default catalogue in place, once per point: entries this tablet already has (its
 * own, or pulled from another tablet, maybe edited) are left alone. Fixed ids and a fixed
 * clock value make two tablets' seeds the same records, so they never double.
 */
export function seedCatalogue(db: NoodsteunpuntDb): Promise<number> {
  return runAction(db, [db.stockItems], async () => {
    const existing = await db.stockItems.bulkGet(DEFAULT_CATALOGUE.map((item) => item.id));
    const missing = DEFAULT_CATALOGUE.filter((_, index) => !existing[index]);
    for (const item of missing) {
      await db.stockItems.add(item);
      await enqueue(db, 'stock.itemDefined', item);
    }
    return missing.length;
  });
}
