/**
 * The id check the message schemas use (`isUuid`, src/domain/ids.ts, without a regular
 * expression) accepts exactly what zod's `z.uuid()` accepts: zod's own pattern is the oracle,
 * for real UUIDs, for UUIDs with any one character replaced, removed or added, and for any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { Id } from '../../src/domain/records';
import { isUuid } from '../../src/domain/ids';

const zodUuid = z.uuid();
const zodAccepts = (value: string) => zodUuid.safeParse(value).success;

/** Characters that sit next to the accepted ones, or look like them. */
const EDGE_CHARACTERS = ['0', '1', '8', '9', 'a', 'b', 'c', 'f', 'g', 'A', 'B', 'F', 'G', 'z', '-', '_', ' ', '/', ':', '@', '`', '{', '\u0660', '\uff11', 'é', '\u0000'];

const uuidLike = fc.oneof(
  fc.uuid(),
  fc.uuid().map((value) => value.toUpperCase()),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '00000000-0000-0000-0000-000000000001'),
  // Every version digit 0-f and variant digit 0-f.
  fc.tuple(fc.uuid(), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 })).map(
    ([value, version, variant]) => `${value.slice(0, 14)}${version.toString(16)}${value.slice(15, 19)}${variant.toString(16)}${value.slice(20)}`,
  ),
);

const damaged = fc.oneof(
  fc.tuple(uuidLike, fc.nat(36), fc.constantFrom(...EDGE_CHARACTERS)).map(([value, at, character]) => value.slice(0, at) + character + value.slice(at + 1)),
  fc.tuple(uuidLike, fc.nat(36)).map(([value, at]) => value.slice(0, at) + value.slice(at + 1)),
  fc.tuple(uuidLike, fc.nat(36), fc.constantFrom(...EDGE_CHARACTERS)).map(([value, at, character]) => value.slice(0, at) + character + value.slice(at)),
);

describe('isUuid', () => {
  it('accepts every UUID zod accepts, in either case, and the nil and max UUIDs', () => {
    fc.assert(fc.property(uuidLike, (value) => {
      expect(isUuid(value)).toBe(zodAccepts(value));
    }), { numRuns: 5_000 });
    expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(true);
    expect(isUuid('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe(true);
  });

  it('refuses what zod refuses: one character replaced, removed or added, anywhere', () => {
    fc.assert(fc.property(damaged, (value) => {
      expect(isUuid(value)).toBe(zodAccepts(value));
    }), { numRuns: 20_000 });
  });

  it('answers as zod for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (value) => {
      expect(isUuid(value)).toBe(zodAccepts(value));
    }), { numRuns: 5_000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0', 'a', 'F', '8', '-', '4'), minLength: 36, maxLength: 36 }), (value) => {
      expect(isUuid(value)).toBe(zodAccepts(value));
    }), { numRuns: 5_000 });
  });

  it('is what the message schemas check ids with, and they name it a UUID format as z.uuid() does', () => {
    expect(Id.safeParse('0b6f1d2e-3c4a-4b5d-8e6f-7a8b9c0d1e2f').success).toBe(true);
    const issue = Id.safeParse('0b6f1d2e-3c4a-4b5d-8e6f-7a8b9c0d1e2').error?.issues[0];
    expect(issue).toMatchObject({ code: 'invalid_format', format: 'uuid' });
    expect(issue?.message).toBe(zodUuid.safeParse('0b6f1d2e-3c4a-4b5d-8e6f-7a8b9c0d1e2').error?.issues[0].message);
    expect(Id.safeParse(42).success).toBe(false);
  });
});
