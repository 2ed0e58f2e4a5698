/** The stock balance: the sum of the ledger. Further stock rules are in ./ledger.ts. */
import type { StockMovement } from './records';

/** Quantities are litres or pieces with at most three decimals; sums run in whole thousandths. */
export const MILLI = 1000;
export const toMilli = (value: number) => Math.round(value * MILLI);

/**
 * Balance per item: the sum of its movements, so tablets that worked apart agree after sync.
 * Summed in integer thousandths, which is exact: the order movements arrive in cannot change
 * the result (floating-point addition is not associative; 0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1).
 */
export function stockBalances(movements: Iterable<Pick<StockMovement, 'itemId' | 'delta'>>): Map<string, number> {
  const milli = new Map<string, number>();
  for (const movement of movements) {
    milli.set(movement.itemId, (milli.get(movement.itemId) ?? 0) + toMilli(movement.delta));
  }
  return new Map([...milli].map(([itemId, total]) => [itemId, total / MILLI]));
}

/** Quantities are litres or pieces; rounding keeps 0.1 + 0.2 from showing as 0.30000000000000004. */
export function roundQuantity(value: number): number {
  return toMilli(value) / MILLI;
}

