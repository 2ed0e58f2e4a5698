import type { StockMovement } from './records';

/** Balance per item: the sum of its movements, so tablets that worked apart agree after sync. */
export function stockBalances(movements: Iterable<Pick<StockMovement, 'itemId' | 'delta'>>): Map<string, number> {
  const balances = new Map<string, number>();
  for (const movement of movements) {
    balances.set(movement.itemId, roundQuantity((balances.get(movement.itemId) ?? 0) + movement.delta));
  }
  return balances;
}

/** Quantities are litres or pieces; rounding keeps 0.1 + 0.2 from showing as 0.30000000000000004. */
export function roundQuantity(value: number): number {
  return Math.round(value * 1000) / 1000;
}
