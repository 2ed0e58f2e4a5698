import { HouseholdSchema, VisitSchema, newId, type Household, type Need, type Visit } from '../../domain';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { nextHlc } from '../identity';
import { enqueue } from '../outbox';
import { nameKeyOf } from '../schema';

export type HouseholdInput = Omit<Household, 'id' | 'updatedAt'>;

export interface VisitInput {
  /** Set for a returning household; its details are updated with what was entered now. */
  householdId?: string;
  household: HouseholdInput;
  needs: Need[];
  needOther?: string;
}

/** A visitor arrives at the desk: the household (new or returning), the visit, one message. */
export function registerVisit(db: NoodsteunpuntDb, input: VisitInput, now = new Date()): Promise<Visit> {
  return runAction(db, [db.households, db.visits], async () => {
    const household = HouseholdSchema.parse({
      ...input.household,
      id: input.householdId ?? newId(),
      updatedAt: await nextHlc(db, now.getTime()),
    });
    const visit = VisitSchema.parse({
      id: newId(),
      householdId: household.id,
      arrivedAt: now.toISOString(),
      needs: input.needs,
      needOther: input.needs.includes('other') ? input.needOther : undefined,
    });
    await db.households.put({ ...household, nameKey: nameKeyOf(household.name) });
    await db.visits.add(visit);
    await enqueue(db, 'visit.registered', { household, visit });
    return visit;
  });
}

/** One tap when the visitor leaves. Checking out twice keeps the first time. */
export function checkOutVisit(db: NoodsteunpuntDb, visitId: string, now = new Date()): Promise<void> {
  return runAction(db, [db.visits], async () => {
    const visit = await db.visits.get(visitId);
    if (!visit || visit.leftAt) return;
    const leftAt = now.toISOString();
    await db.visits.update(visitId, { leftAt });
    await enqueue(db, 'visit.checkedOut', { visitId, leftAt });
  });
}
