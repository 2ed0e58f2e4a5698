/**
 * Convergence properties of the merge rules: whatever order tablets receive the same edits in,
 * they end with the same state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedHouseholdFields,
  currentReportStatus,
  formatHlc,
  HOUSEHOLD_FIELDS,
  lastWriteWins,
  mergeHouseholdEdit,
  REPORT_STATUSES,
  stockBalances,
  tickHlc,
  receiveHlc,
  parseHlc,
  type KnownHousehold,
} from '../../src/domain';

const HOUSEHOLD = '5f2c1d9e-1111-4000-8000-000000000001';
const shuffled = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });

describe('merge rules', () => {
  it('ledger balance does not depend on delivery order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ itemId: fc.constantFrom('water', 'food', 'blankets'), delta: fc.integer({ min: -50, max: 50 }).map((n) => n / 2) }), { maxLength: 60 }).chain((movements) =>
          fc.tuple(fc.constant(movements), shuffled(movements)),
        ),
        ([movements, reordered]) => {
          expect(Object.fromEntries(stockBalances(reordered))).toEqual(Object.fromEntries(stockBalances(movements)));
        },
      ),
    );
  });

  it('last write wins converges whatever the order', () => {
    const versions = fc.uniqueArray(fc.record({ updatedAt: fc.integer({ min: 1, max: 1e9 }).map((ms) => formatHlc({ wallMs: ms, counter: 0, node: 'n' })), value: fc.string() }), {
      minLength: 1,
      maxLength: 20,
      selector: (version) => version.updatedAt,
    });
    fc.assert(
      fc.property(versions.chain((list) => fc.tuple(fc.constant(list), shuffled(list))), ([list, reordered]) => {
        const fold = (items: typeof list) => items.reduce<(typeof list)[number] | undefined>((current, item) => lastWriteWins(current, item), undefined);
        expect(fold(reordered)).toEqual(fold(list));
      }),
    );
  });

  it('a household edited on several tablets ends the same whatever the order, each field from its latest edit', () => {
    const household = fc.record({
      adults: fc.integer({ min: 0, max: 9 }),
      children: fc.integer({ min: 0, max: 9 }),
      residence: fc.constantFrom('address' as const, 'street' as const),
      postcode: fc.option(fc.constantFrom('7091 AB', '7091 CD'), { nil: undefined }),
      houseNumber: fc.option(fc.constantFrom('1', '12a'), { nil: undefined }),
      language: fc.constantFrom('nl' as const, 'de' as const),
      name: fc.option(fc.constantFrom('Jansen', 'Müller'), { nil: undefined }),
      phone: fc.option(fc.constantFrom('0612345678', '0687654321'), { nil: undefined }),
      flags: fc.record({ medicalDevice: fc.boolean(), reducedMobility: fc.boolean(), livesAlone: fc.boolean(), needsFollowUp: fc.boolean() }),
    });
    const edit = fc.record({ values: household, fields: fc.subarray([...HOUSEHOLD_FIELDS]), node: fc.constantFrom('a', 'b', 'c') });
    const scenario = fc
      .tuple(household, fc.array(edit, { maxLength: 12 }))
      .map(([created, edits]) => [
        // The message that made the household comes first in time; the edits after it, each at its own HLC.
        { household: { ...created, id: HOUSEHOLD, updatedAt: formatHlc({ wallMs: 1000, counter: 0, node: 'a' }) }, fields: undefined },
        ...edits.map((e, index) => ({ household: { ...e.values, id: HOUSEHOLD, updatedAt: formatHlc({ wallMs: 2000 + index, counter: 0, node: e.node }) }, fields: e.fields })),
      ])
      .chain((messages) => fc.tuple(fc.constant(messages), shuffled(messages)));
    fc.assert(
      fc.property(scenario, ([messages, reordered]) => {
        type Message = (typeof messages)[number];
        const fold = (list: Message[]) => list.reduce<KnownHousehold | undefined>((current, m) => mergeHouseholdEdit(current, m.household, m.fields), undefined)!;
        const inOrder = fold(messages);
        expect(fold(reordered)).toEqual(inOrder);
        expect(fold([...reordered, ...messages])).toEqual(inOrder); // every message delivered twice
        for (const field of HOUSEHOLD_FIELDS) {
          const latest = messages.filter((m) => !m.fields || m.fields.includes(field)).at(-1)!;
          expect(changedHouseholdFields(inOrder, latest.household)).not.toContain(field);
        }
      }),
    );
  });

  it('report status only moves forward and is order independent', () => {
    const change = fc.record({ status: fc.constantFrom(...REPORT_STATUSES), at: fc.constant('2026-11-25T12:00:00Z') });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 10 }).chain((list) => fc.tuple(fc.constant(list), shuffled(list))), ([list, reordered]) => {
        expect(currentReportStatus(reordered)).toBe(currentReportStatus(list));
      }),
    );
  });

  it('the hybrid logical clock never goes backwards, even when the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2e12 }), fc.option(fc.integer({ min: 0, max: 2e12 }))), { maxLength: 50 }), (steps) => {
        let clock = { wallMs: 0, counter: 0, node: 'tablet' };
        let previous = formatHlc(clock);
        for (const [now, remote] of steps) {
          clock = remote === null ? tickHlc(clock, now) : receiveHlc(clock, { wallMs: Math.min(remote, now), counter: 3, node: 'other' }, now);
          const next = formatHlc(clock);
          expect(next > previous).toBe(true);
          expect(parseHlc(next)).toEqual(clock);
          previous = next;
        }
      }),
    );
  });
});
