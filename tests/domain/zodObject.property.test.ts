/**
 * The compiled objects the server checks pushed messages with (src/domain/zodObject.ts) answer
 * exactly as zod/mini's own: the same success, the same data (unknown keys dropped) and the
 * same issues, for good input and for every kind of bad input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { HouseholdSchema, StockMovementSchema } from '../../src/domain/records';
import { object } from '../../src/domain/zodObject';

/** The kinds of fields the message schemas are made of, nested as they are there. */
function shapeWith(make: typeof z.object) {
  return {
    id: z.uuid(),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
    count: z.int().check(z.minimum(0), z.maximum(99)),
    kind: z.enum(['issued', 'received']),
    note: z.optional(z.string()),
    flags: make({ urgent: z.boolean(), alone: z.boolean() }),
    lines: z.array(make({ itemId: z.uuid(), quantity: z.number().check(z.minimum(0)) })).check(z.maxLength(3)),
    where: z.optional(z.nullable(make({ lat: z.number(), lon: z.number() }))),
  };
}
const plain = z.object(shapeWith(z.object));
const compiled = object(shapeWith(object as typeof z.object));

const good = {
  id: '0b6f1d2e-3c4a-4b5d-8e6f-7a8b9c0d1e2f',
  name: ' Balie 1 ',
  count: 3,
  kind: 'issued',
  flags: { urgent: false, alone: true },
  lines: [{ itemId: '1b6f1d2e-3c4a-4b5d-8e6f-7a8b9c0d1e2f', quantity: 2.5 }],
  where: null,
};

/** Any value, or the good object with one field replaced by any value, removed, or an extra key added. */
const input = fc.oneof(
  fc.anything(),
  fc.record({ key: fc.constantFrom(...Object.keys(good), 'extra', '__proto__', 'constructor'), value: fc.anything(), remove: fc.boolean() }).map(({ key, value, remove }) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(good));
    if (remove) delete copy[key];
    else Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  }),
  fc.record({ urgent: fc.anything(), alone: fc.boolean() }).map((flags) => ({ ...good, flags })),
  fc.array(fc.record({ itemId: fc.oneof(fc.uuid(), fc.string()), quantity: fc.oneof(fc.double(), fc.string()) }), { maxLength: 5 }).map((lines) => ({ ...good, lines })),
);

const answer = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
};

describe('compiled message schemas', () => {
  it('answer as zod/mini does, for any input', () => {
    expect(compiled._zod.traits.has('$ZodObjectJIT')).toBe(true);
    expect(plain._zod.traits.has('$ZodObjectJIT')).toBe(false);
    expect(answer(compiled, good)).toEqual({ success: true, data: { ...good, name: 'Balie 1' } });
    fc.assert(
      fc.property(input, (value) => {
        expect(answer(compiled, value)).toEqual(answer(plain, value));
      }),
      { numRuns: 2000 },
    );
  });

  it('are what the server checks a household and a stock movement with', () => {
    // Under Node the schemas of records.ts are the compiled ones; rebuilt with zod/mini's own
    // object, they answer the same.
    for (const schema of [HouseholdSchema, StockMovementSchema]) {
      expect(schema._zod.traits.has('$ZodObjectJIT')).toBe(true);
      const rebuilt = z.object(schema.shape);
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...Object.keys(schema.shape)), fc.anything())), (value) => {
          expect(answer(schema, value)).toEqual(answer(rebuilt, value));
        }),
        { numRuns: 500 },
      );
    }
  });
});
