/**
 * The stock ledger converges: two tablets record movements apart, the coordination point
 * interleaves them in any order, and every tablet computes the same balance. A stocktake
 * correction makes the balance the counted number, whatever the ledger held before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stockBalances, stocktakeCorrection, type StockMovement } from '../../src/domain/lead';

type Line = Pick<StockMovement, 'itemId' | 'delta'>;
const ITEMS = ['water', 'food', 'fuel'];
// Litres with up to three decimals and whole pieces, the shapes real quantities take.
const quantity = fc.oneof(fc.integer({ min: -5_000_000, max: 5_000_000 }).map((milli) => milli / 1000), fc.integer({ min: -500, max: 500 }));
const movement = fc.record({ itemId: fc.constantFrom(...ITEMS), delta: quantity });
const device = fc.array(movement, { maxLength: 40 });

/** One delivery order the server may produce: each device's own order kept, the two merged at random. */
function interleave(a: Line[], b: Line[], picks: boolean[]): Line[] {
  const merged: Line[] = [];
  let [i, j, k] = [0, 0, 0];
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (picks[k++ % Math.max(1, picks.length)] ?? true));
    merged.push(fromA ? a[i++] : b[j++]);
  }
  return merged;
}

const asObject = (balances: Map<string, number>) => Object.fromEntries([...balances].sort(([x], [y]) => x.localeCompare(y)));

describe('stock ledger (property)', () => {
  it('any interleaving of two devices’ movements gives the same balance', () => {
    fc.assert(
      fc.property(device, device, fc.array(fc.boolean(), { maxLength: 80 }), fc.array(fc.boolean(), { maxLength: 80 }), (a, b, picks1, picks2) => {
        const first = stockBalances(interleave(a, b, picks1));
        const second = stockBalances(interleave(b, a, picks2));
        expect(asObject(second)).toEqual(asObject(first));
        // Also equal to each device's own balance plus the other's: sync is just addition.
        for (const item of ITEMS) {
          const sum = (lines: Line[]) => stockBalances(lines).get(item) ?? 0;
          expect(Math.round((sum(a) + sum(b)) * 1000)).toBe(Math.round((first.get(item) ?? 0) * 1000));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a stocktake correction makes the balance equal the counted number, whatever came before', () => {
    fc.assert(
      fc.property(device, fc.integer({ min: 0, max: 1_000_000 }).map((milli) => milli / 1000), fc.constantFrom(...ITEMS), (before, counted, itemId) => {
        const balance = stockBalances(before).get(itemId) ?? 0;
        const corrected = [...before, { itemId, delta: stocktakeCorrection(balance, counted) }];
        expect(stockBalances(corrected).get(itemId)).toBe(counted);
        // and the correction arriving between other devices' lines of *other* items changes nothing for them
        for (const other of ITEMS.filter((id) => id !== itemId)) expect(stockBalances(corrected).get(other)).toBe(stockBalances(before).get(other));
      }),
      { numRuns: 300 },
    );
  });

  it('regression: sums that floating-point addition gets wrong in one order', () => {
    const lines = [0.1, 0.2, 0.3, -0.6].map((delta) => ({ itemId: 'water', delta }));
    expect(stockBalances(lines).get('water')).toBe(0);
    expect(stockBalances([...lines].reverse()).get('water')).toBe(0);
  });
});
