/**
 * Finding a returning household at the desk, as the volunteer types. Every query runs on an
 * index (`[postcode+houseNumber]`, `nameKey`, `[householdId+arrivedAt]`), never a scan, so it
 * stays fast with a hundred thousand visits on the tablet (bench/desk-search.mjs).
 */
import Dexie from 'dexie';
import { parseHouseholdQuery } from '../domain/householdQuery';
import type { Visit } from '../domain';
import type { NoodsteunpuntDb } from './db';
import type { StoredHousehold } from './schema';

export interface HouseholdMatch {
  household: StoredHousehold;
  /** The household's latest visit: its needs prefill the next one. */
  lastVisit?: Visit;
}

const HIGH = '\uffff';

export async function searchHouseholds(db: NoodsteunpuntDb, text: string, limit = 8): Promise<HouseholdMatch[]> {
  const query = parseHouseholdQuery(text);
  let households: StoredHousehold[];
  switch (query.kind) {
    case 'address':
      households = await db.households
        .where('[postcode+houseNumber]')
        .between([query.postcode, query.houseNumberPrefix], [query.postcode, query.houseNumberPrefix + HIGH], true, true)
        .limit(limit)
        .toArray();
      break;
    case 'postcodePrefix':
      households = await db.households
        .where('[postcode+houseNumber]')
        .between([query.prefix, Dexie.minKey], [query.prefix + HIGH, Dexie.maxKey], true, true)
        .limit(limit)
        .toArray();
      break;
    case 'name':
      households = await db.households.where('nameKey').startsWith(query.prefix).limit(limit).toArray();
      break;
    case 'none':
      return [];
  }
  return Promise.all(households.map(async (household) => ({ household, lastVisit: await lastVisitOf(db, household.id) })));
}

export function lastVisitOf(db: NoodsteunpuntDb, householdId: string): Promise<Visit | undefined> {
  return db.visits.where('[householdId+arrivedAt]').between([householdId, Dexie.minKey], [householdId, Dexie.maxKey]).last();
}
