import { describe, expect, it } from 'vitest';
import { parseHouseholdQuery } from '../../src/domain';

describe('parseHouseholdQuery: what the volunteer types, as an index query', () => {
  it.each([
    ['7091ab 12', '7091 AB', '12'],
    ['7091 AB 12a', '7091 AB', '12A'],
    ['7091AB12', '7091 AB', '12'],
    ['  7091  ab ', '7091 AB', ''],
    ['46399 3', '46399', '3'],
    ['46399', '46399', ''],
  ])('reads %j as postcode %s and house number %j', (input, postcode, houseNumberPrefix) => {
    expect(parseHouseholdQuery(input)).toEqual({ kind: 'address', postcode, houseNumberPrefix });
  });

  it.each([
    ['7091', '7091'],
    ['7091 a', '7091 A'],
    ['70', '70'],
    ['4639', '4639'],
  ])('reads the partial postcode %j as the prefix %j', (input, prefix) => {
    expect(parseHouseholdQuery(input)).toEqual({ kind: 'postcodePrefix', prefix });
  });

  it('reads letters as a name prefix in lower case, as the nameKey index stores names', () => {
    expect(parseHouseholdQuery('Jansen')).toEqual({ kind: 'name', prefix: 'jansen' });
    expect(parseHouseholdQuery('Öz')).toEqual({ kind: 'name', prefix: 'öz' });
  });

  it.each(['', ' ', '7', 'j', '!!'])('does not search on %j', (input) => {
    expect(parseHouseholdQuery(input)).toEqual({ kind: 'none' });
  });
});
