import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../../src/domain';

describe('normalisePostcode', () => {
  it.each([
    ['1234ab', '1234 AB'],
    ['1234 AB', '1234 AB'],
    [' 7091  bd ', '7091 BD'],
  ])('accepts the Dutch form %s as %s', (input, expected) => {
    expect(normalisePostcode(input)).toEqual({ ok: true, country: 'NL', postcode: expected });
  });

  it('accepts a German postcode of 5 digits (Suderwick/Bocholt)', () => {
    expect(normalisePostcode('46399')).toEqual({ ok: true, country: 'DE', postcode: '46399' });
  });

  it.each([
    ['', 'empty'],
    ['0123 AB', 'format'],
    ['1234', 'format'],
    ['1234 A', 'format'],
    ['1234 SS', 'forbiddenLetters'],
    ['463999', 'format'],
  ])('refuses %j with reason %s', (input, reason) => {
    expect(normalisePostcode(input)).toEqual({ ok: false, reason });
  });
});
