import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_IDS,
  DEFAULT_CATALOGUE,
  StockItemSchema,
  checkFairShare,
  consumptionPerDay,
  dayKey,
  fairShareAllowance,
  issuedToHousehold,
  lastDays,
  resupplyQuantity,
  signedDelta,
  stockBalances,
  stocktakeCorrection,
  type StockMovement,
} from '../../src/domain/lead';

const water = { fairShare: { perPersonPerDay: 3 } };
const food = { fairShare: { perHouseholdPerDay: 1 } };

function line(partial: Partial<StockMovement>): StockMovement {
  return { id: crypto.randomUUID(), itemId: 'w', kind: 'issued', delta: -1, by: 'Anna', at: '2026-11-25T10:00:00.000Z', ...partial };
}

describe('stock balance', () => {
  it('is the sum of movements per item', () => {
    const balances = stockBalances([line({ kind: 'received', delta: 100 }), line({ delta: -6 }), line({ itemId: 'f', kind: 'received', delta: 10 }), line({ kind: 'writtenOff', delta: -4 })]);
    expect(balances.get('w')).toBe(90);
    expect(balances.get('f')).toBe(10);
  });

  it('gives received a plus and everything else that leaves a minus', () => {
    expect(signedDelta('received', 12)).toBe(12);
    expect(signedDelta('issued', 3)).toBe(-3);
    expect(signedDelta('transferred', 50)).toBe(-50);
    expect(signedDelta('writtenOff', 1.5)).toBe(-1.5);
  });

  it('records a stocktake as the difference to the ledger', () => {
    expect(stocktakeCorrection(90, 84)).toBe(-6);
    expect(stocktakeCorrection(-3, 0)).toBe(3);
    expect(stocktakeCorrection(0.3, 0.1)).toBe(-0.2);
  });
});

describe('fair share', () => {
  it('water: 3 litres per person per day', () => {
    expect(fairShareAllowance(water, 4)).toBe(12);
    expect(checkFairShare(water, 4, 0, 12)).toMatchObject({ withinShare: true, remaining: 12 });
    expect(checkFairShare(water, 4, 9, 3)).toMatchObject({ withinShare: true, remaining: 3 });
    expect(checkFairShare(water, 4, 12, 3)).toMatchObject({ withinShare: false, remaining: 0, alreadyIssued: 12 });
    expect(checkFairShare(water, 4, 10, 3)).toMatchObject({ withinShare: false, remaining: 2 });
  });

  it('food: one package per household per day, whatever its size', () => {
    expect(fairShareAllowance(food, 6)).toBe(1);
    expect(checkFairShare(food, 6, 0, 1).withinShare).toBe(true);
    expect(checkFairShare(food, 6, 1, 1).withinShare).toBe(false);
  });

  it('takes the stricter of two rules, counts a household of 0 as 1, and leaves items without a rule free', () => {
    expect(fairShareAllowance({ fairShare: { perPersonPerDay: 2, perHouseholdPerDay: 5 } }, 4)).toBe(5);
    expect(fairShareAllowance(water, 0)).toBe(3);
    expect(checkFairShare({}, 3, 500, 100).withinShare).toBe(true);
  });

  it('counts only what the household got today (Amsterdam day), net of nothing else', () => {
    const h = 'household-1';
    const movements = [
      line({ householdId: h, delta: -6, at: '2026-11-25T09:00:00.000Z' }),
      line({ householdId: h, delta: -3, at: '2026-11-24T22:30:00.000Z' }), // 23:30 in Amsterdam on the 24th
      line({ householdId: h, delta: -2, at: '2026-11-24T23:30:00.000Z' }), // 00:30 on the 25th
      line({ householdId: 'other', delta: -9 }),
      line({ householdId: h, kind: 'received', delta: 50 }),
    ];
    expect(issuedToHousehold(movements, h, '2026-11-25').get('w')).toBe(8);
  });
});

describe('consumption and resupply', () => {
  it('sums what was issued per day for the last days, oldest first', () => {
    const days = lastDays('2026-11-25T12:00:00Z', 3);
    expect(days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    const perDay = consumptionPerDay([line({ delta: -5 }), line({ delta: -1, at: '2026-11-23T08:00:00Z' }), line({ kind: 'received', delta: 100 }), line({ delta: -7, at: '2026-11-01T08:00:00Z' })], days);
    expect(perDay.get('w')).toEqual([1, 0, 5]);
  });

  it('counts days across a DST change by the calendar', () => {
    expect(lastDays('2026-10-26T00:30:00Z', 2)).toEqual(['2026-10-25', '2026-10-26']);
    expect(dayKey('2026-10-25T23:30:00Z')).toBe('2026-10-26');
  });

  it('asks for enough to reach twice the minimum', () => {
    expect(resupplyQuantity({ minimum: 300 }, 120)).toBe(480);
    expect(resupplyQuantity({ minimum: 40 }, -2)).toBe(80);
    expect(resupplyQuantity({ minimum: 10 }, 30)).toBe(0);
  });
});

describe('default catalogue', () => {
  it('has ten valid items with fixed, unique ids and the outage rules', () => {
    expect(DEFAULT_CATALOGUE).toHaveLength(10);
    expect(new Set(DEFAULT_CATALOGUE.map((item) => item.id)).size).toBe(10);
    for (const item of DEFAULT_CATALOGUE) expect(StockItemSchema.safeParse(item).success, item.name.nl).toBe(true);
    const byId = new Map(DEFAULT_CATALOGUE.map((item) => [item.id, item]));
    expect(byId.get(CATALOGUE_IDS.drinkingWater)?.fairShare).toEqual({ perPersonPerDay: 3 });
    expect(byId.get(CATALOGUE_IDS.foodPackages)?.fairShare).toEqual({ perHouseholdPerDay: 1 });
  });
});
