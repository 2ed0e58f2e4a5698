import { HouseholdSchema, VisitSchema, changedHouseholdFields, mergeHouseholdEdit, newId, type Household, type Need, type Visit } from '../../domain';
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

/**
 * A visitor arrives at the desk: the household (new or returning), the visit, one message.
 * For a returning household the message names the fields the form changed, so an edit made
 * meanwhile on another tablet to another field is kept (src/domain/householdMerge.ts).
 */
export function registerVisit(db: NoodsteunpuntDb, input: VisitInput, now = new Date()): Promise<Visit> {
  return runAction(db, [db.households, db.visits], async () => {
    const edit = HouseholdSchema.parse({
      ...input.household,
      id: input.householdId ?? newId(),
      updatedAt: await nextHlc(db, now.getTime()),
    });
    const current = input.householdId ? await db.households.get(input.householdId) : undefined;
    const changed = current ? changedHouseholdFields(current, edit) : undefined;
    const household = mergeHouseholdEdit(current, edit, changed);
    const visit = VisitSchema.parse({
      id: newId(),
      householdId: household.id,
      arrivedAt: now.toISOString(),
      needs: input.needs,
      needOther: input.needs.includes('other') ? input.needOther : undefined,
    });
    if (household !== current) await db.households.put({ ...household, nameKey: nameKeyOf(household.name) });
    await db.visits.add(visit);
    // At the edit's time; enqueue's schema check leaves out this tablet's bookkeeping (fieldTimes, nameKey).
    await enqueue(db, 'visit.registered', { household: { ...household, updatedAt: edit.updatedAt }, visit, ...(changed ? { changed } : {}) });
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
