/**
 * The stock ledger's running totals (schema v4). Every movement enters through `addMovement`,
 * which writes it and its item's total in the caller's transaction; a movement already on the
 * tablet (a pulled echo of our own, a second delivery) changes nothing, so the totals stay the
 * exact sum of the ledger on every tablet.
 */
import type { StockMovement } from '../domain/records';
import { MILLI, toMilli } from '../domain/stock';
import type { NoodsteunpuntDb } from './db';
import type { StockTotal } from './schema';

/** Call inside a read-write transaction that includes stockMovements and stockTotals. */
export async function addMovement(db: NoodsteunpuntDb, movement: StockMovement): Promise<boolean> {
  if (await db.stockMovements.get(movement.id)) return false;
  await db.stockMovements.add(movement);
  const total = (await db.stockTotals.get(movement.itemId)) ?? { itemId: movement.itemId, milli: 0, movements: 0 };
  await db.stockTotals.put({ itemId: movement.itemId, milli: total.milli + toMilli(movement.delta), movements: total.movements + 1 });
  return true;
}

/** The running totals a ledger implies (the v4 upgrade and a restore derive them this way). */
export function totalsOf(movements: Iterable<Pick<StockMovement, 'itemId' | 'delta'>>): StockTotal[] {
  const totals = new Map<string, StockTotal>();
  for (const movement of movements) {
    const total = totals.get(movement.itemId) ?? { itemId: movement.itemId, milli: 0, movements: 0 };
    total.milli += toMilli(movement.delta);
    total.movements += 1;
    totals.set(movement.itemId, total);
  }
  return [...totals.values()];
}

/** Derive every item's total from the ledger again (after a restore merged two ledgers). */
export async function rebuildStockTotals(db: NoodsteunpuntDb): Promise<void> {
  const totals = totalsOf(await db.stockMovements.toArray());
  await db.stockTotals.clear();
  await db.stockTotals.bulkPut(totals);
}

/** Balance per item, from the running totals. */
export async function readBalances(db: NoodsteunpuntDb): Promise<Map<string, number>> {
  const totals = await db.stockTotals.toArray();
  return new Map(totals.map((total) => [total.itemId, total.milli / MILLI]));
}

export async function balanceOf(db: NoodsteunpuntDb, itemId: string): Promise<number> {
  return ((await db.stockTotals.get(itemId))?.milli ?? 0) / MILLI;
}
