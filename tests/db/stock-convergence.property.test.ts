/**
 * Two tablets of one point work apart, then each receives the other's stock messages (as the
 * coordination point hands them out on pull) in any order and any number of times: both show
 * the same balances, through the real actions and applyChange, not just the sum function.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE_IDS, stockBalances, type Change } from '../../src/domain/lead';
import { APPLY_TABLES, applyChange, countStock, moveStock, seedCatalogue, type NoodsteunpuntDb } from '../../src/db/lead';
import { freshDb } from './helpers';

const ITEMS = [CATALOGUE_IDS.drinkingWater, CATALOGUE_IDS.foodPackages];
type Step = { kind: 'received' | 'issued' | 'writtenOff'; itemId: string; quantity: number } | { kind: 'counted'; itemId: string; counted: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('received' as const, 'issued' as const, 'writtenOff' as const), itemId: fc.constantFrom(...ITEMS), quantity: fc.integer({ min: 1, max: 5000 }).map((n) => n / 10) }),
  fc.record({ kind: fc.constant('counted' as const), itemId: fc.constantFrom(...ITEMS), counted: fc.integer({ min: 0, max: 500 }) }),
);

async function run(db: NoodsteunpuntDb, steps: Step[]) {
  for (const s of steps) {
    if (s.kind === 'counted') await countStock(db, { itemId: s.itemId, counted: s.counted, by: 'T' });
    else await moveStock(db, s.kind, { itemId: s.itemId, quantity: s.quantity, reason: 'test', by: 'T' });
  }
}

async function changesOf(db: NoodsteunpuntDb): Promise<Change[]> {
  return (await db.outbox.toArray()).map((entry, index) => ({ ...entry.envelope, seq: index + 1, receivedAt: entry.createdAt }) as Change);
}

async function deliver(to: NoodsteunpuntDb, changes: Change[]) {
  await to.transaction('rw', APPLY_TABLES(to), async () => {
    for (const change of changes) await applyChange(to, change);
  });
}

const balances = async (db: NoodsteunpuntDb) => Object.fromEntries(stockBalances(await db.stockMovements.toArray()));

let open: NoodsteunpuntDb[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.delete()));
  open = [];
});

describe('two tablets converge on stock (property, real actions)', () => {
  it('end with the same balances whatever order and how often they receive each other’s movements', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 8 }), fc.array(step, { maxLength: 8 }), fc.integer(), fc.boolean(), async (stepsA, stepsB, seed, twice) => {
        const [a, b] = [await freshDb(), await freshDb()];
        open.push(a, b);
        await seedCatalogue(a);
        await seedCatalogue(b);
        await run(a, stepsA);
        await run(b, stepsB);
        const [fromA, fromB] = [await changesOf(a), await changesOf(b)];
        const shuffle = (list: Change[]) => fc.sample(fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }), { numRuns: 1, seed })[0];
        await deliver(b, shuffle(fromA));
        await deliver(a, shuffle(fromB));
        if (twice) await deliver(a, fromB); // a page pulled again after a crash
        expect(await balances(a)).toEqual(await balances(b));
        expect(await a.stockMovements.count()).toBe(await b.stockMovements.count());
        expect(await a.stockItems.count()).toBe(10);
      }),
      { numRuns: 50 },
    );
  });
});
