/**
 * Convergence properties of the merge rules: whatever order tablets receive the same edits in,
 * they end with the same state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentReportStatus, formatHlc, lastWriteWins, mergeFields, REPORT_STATUSES, stockBalances, tickHlc, receiveHlc, parseHlc } from '../../src/domain';

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

  it('per-field last write wins keeps edits of different fields from different tablets', () => {
    const edit = fc.record({ field: fc.constantFrom('adults', 'children', 'phone'), value: fc.integer(), time: fc.integer({ min: 1, max: 1e6 }), node: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }).chain((edits) => fc.tuple(fc.constant(edits), shuffled(edits))), ([edits, reordered]) => {
        const fold = (list: typeof edits) =>
          list.reduce<{ value: Record<string, unknown>; fieldTimes: Record<string, string> } | undefined>(
            (current, e) => mergeFields(current, { value: { [e.field]: e.value }, fieldTimes: { [e.field]: formatHlc({ wallMs: e.time, counter: e.value & 0xffff, node: e.node }) } }),
            undefined,
          );
        expect(fold(reordered)).toEqual(fold(edits));
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
