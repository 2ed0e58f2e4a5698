/**
 * Stock rules beyond the balance: a stocktake is a correction movement, movements carry their
 * sign by kind, fair-share rules say how much of a scarce item one household gets per day,
 * consumption per day, and how much to ask for when an item runs low.
 */
import type { MOVEMENT_KINDS, StockItem, StockMovement } from './records';
import { MILLI, roundQuantity, toMilli } from './stock';
import { dayKey, POINT_TIME_ZONE } from './time';

export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * The correction a stocktake records: counted minus what the ledger says. Adding it to the
 * movements the counting tablet knew makes their sum exactly the counted number.
 */
export function stocktakeCorrection(balance: number, counted: number): number {
  return (toMilli(counted) - toMilli(balance)) / MILLI;
}

/** The ledger delta of a movement of `quantity` (always positive) of a kind other than a count. */
export function signedDelta(kind: Exclude<MovementKind, 'counted'>, quantity: number): number {
  return kind === 'received' ? roundQuantity(quantity) : -roundQuantity(quantity);
}

/** How much one household may get of an item per day; Infinity when the item has no rule. */
export function fairShareAllowance(item: Pick<StockItem, 'fairShare'>, householdSize: number): number {
  const rule = item.fairShare;
  const limits: number[] = [];
  if (rule?.perPersonPerDay !== undefined) limits.push(rule.perPersonPerDay * Math.max(1, householdSize));
  if (rule?.perHouseholdPerDay !== undefined) limits.push(rule.perHouseholdPerDay);
  return limits.length ? roundQuantity(Math.min(...limits)) : Infinity;
}

export interface FairShareCheck {
  /** False when this hand-out takes the household past its share for today. */
  withinShare: boolean;
  allowance: number;
  alreadyIssued: number;
  /** What the household may still get today (0 when its share is used up). */
  remaining: number;
}

/** Fair distribution ("equal access to help"): warn before a household gets more than its share. */
export function checkFairShare(item: Pick<StockItem, 'fairShare'>, householdSize: number, issuedTodayToHousehold: number, quantity: number): FairShareCheck {
  const allowance = fairShareAllowance(item, householdSize);
  const remaining = Math.max(0, roundQuantity(allowance - issuedTodayToHousehold));
  return { withinShare: toMilli(issuedTodayToHousehold + quantity) <= toMilli(allowance), allowance, alreadyIssued: issuedTodayToHousehold, remaining };
}

/** What a household got per item on one day (issued movements to it, net of corrections). */
export function issuedToHousehold(
  movements: Iterable<Pick<StockMovement, 'itemId' | 'delta' | 'kind' | 'householdId' | 'at'>>,
  householdId: string,
  day: string,
  timeZone = POINT_TIME_ZONE,
): Map<string, number> {
  const issued = new Map<string, number>();
  for (const movement of movements) {
    if (movement.kind !== 'issued' || movement.householdId !== householdId || dayKey(movement.at, timeZone) !== day) continue;
    issued.set(movement.itemId, roundQuantity((issued.get(movement.itemId) ?? 0) - movement.delta));
  }
  return issued;
}

/** Quantity issued (to households and for general use) per item per day, for the given days. */
export function consumptionPerDay(
  movements: Iterable<Pick<StockMovement, 'itemId' | 'delta' | 'kind' | 'at'>>,
  days: readonly string[],
  timeZone = POINT_TIME_ZONE,
): Map<string, number[]> {
  const index = new Map(days.map((day, position) => [day, position]));
  const perItem = new Map<string, number[]>();
  for (const movement of movements) {
    if (movement.kind !== 'issued') continue;
    const position = index.get(dayKey(movement.at, timeZone));
    if (position === undefined) continue;
    const row = perItem.get(movement.itemId) ?? days.map(() => 0);
    row[position] = roundQuantity(row[position] - movement.delta);
    perItem.set(movement.itemId, row);
  }
  return perItem;
}

export function isBelowMinimum(item: Pick<StockItem, 'minimum'>, balance: number): boolean {
  return balance < item.minimum;
}

/** A supply request brings an item back to twice its minimum: room for a day without delivery. */
export function resupplyQuantity(item: Pick<StockItem, 'minimum'>, balance: number, factor = 2): number {
  return Math.max(0, Math.ceil(item.minimum * factor - Math.max(0, balance)));
}
