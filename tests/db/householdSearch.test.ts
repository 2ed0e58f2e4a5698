import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerVisit, searchHouseholds, type HouseholdInput, type NoodsteunpuntDb } from '../../src/db';
import { freshDb } from './helpers';

let db: NoodsteunpuntDb;
afterEach(async () => db?.delete());

const household = (patch: Partial<HouseholdInput>): HouseholdInput => ({
  adults: 1,
  children: 0,
  residence: 'address',
  language: 'nl',
  flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false },
  ...patch,
});

beforeEach(async () => {
  db = await freshDb();
  await registerVisit(db, { household: household({ postcode: '7091 AB', houseNumber: '12', name: 'Jansen' }), needs: ['food'] }, new Date('2026-11-24T10:00:00Z'));
  await registerVisit(db, { household: household({ postcode: '7091 AB', houseNumber: '120' }), needs: ['warmth'] });
  await registerVisit(db, { household: household({ postcode: '7091 AC', houseNumber: '12', name: 'Janssen-de Vries' }), needs: ['information'] });
  await registerVisit(db, { household: household({ postcode: '46399', houseNumber: '3', language: 'de', name: 'Özdemir' }), needs: ['drinkingWater'] });
  await registerVisit(db, { household: household({ residence: 'passingThrough' }), needs: ['information'] });
});

const found = async (text: string) => (await searchHouseholds(db, text)).map(({ household }) => `${household.postcode} ${household.houseNumber}`);

describe('searchHouseholds', () => {
  it('finds a household by postcode and house number, however the postcode is typed', async () => {
    expect(await found('7091ab 12')).toEqual(['7091 AB 12', '7091 AB 120']);
    expect(await found('7091 AB 120')).toEqual(['7091 AB 120']);
    expect(await found('46399 3')).toEqual(['46399 3']);
  });

  it('narrows down as the volunteer types', async () => {
    expect(await found('70')).toEqual(['7091 AB 12', '7091 AB 120', '7091 AC 12']);
    expect(await found('7091 a')).toEqual(['7091 AB 12', '7091 AB 120', '7091 AC 12']);
    expect(await found('7091 ac')).toEqual(['7091 AC 12']);
  });

  it('finds a household by the start of its name, in any case', async () => {
    expect(await found('jans')).toEqual(['7091 AB 12', '7091 AC 12']);
    expect(await found('ÖZ')).toEqual(['46399 3']);
  });

  it('returns the latest visit, whose needs prefill the next one', async () => {
    const [match] = await searchHouseholds(db, '7091 AB 12');
    await registerVisit(db, { householdId: match.household.id, household: household({ postcode: '7091 AB', houseNumber: '12' }), needs: ['medical'] });
    const [again] = await searchHouseholds(db, '7091 AB 12');
    expect(again.lastVisit?.needs).toEqual(['medical']);
  });

  it('returns nothing for input that is no query, and at most the limit', async () => {
    expect(await found('')).toEqual([]);
    expect(await found('x')).toEqual([]);
    expect(await searchHouseholds(db, '7091', 2)).toHaveLength(2);
  });
});
