import { describe, expect, it } from 'vitest';
import { countNeeds, hashPin, isValidPin, openReportCount, sitrepDue, supplyStatus, verifyPin } from '../../src/domain/lead';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('sitrep reminder', () => {
  it('is due when the interval passed since the last sitrep, or since the lead started when none was sent', () => {
    expect(sitrepDue('2026-11-25T10:00:00Z', 120, NOW)).toBe(true);
    expect(sitrepDue('2026-11-25T10:30:00Z', 120, NOW)).toBe(false);
    expect(sitrepDue(undefined, 120, NOW, NOW - 3 * 3600_000)).toBe(true);
    expect(sitrepDue(undefined, 120, NOW, NOW - 600_000)).toBe(false);
    expect(sitrepDue('2026-11-20T10:00:00Z', 0, NOW)).toBe(false);
  });
});

describe('sitrep figures', () => {
  it('counts needs over visits, most frequent first', () => {
    expect(countNeeds([{ needs: ['drinkingWater', 'food'] }, { needs: ['drinkingWater'] }, { needs: [] }])).toEqual([
      { need: 'drinkingWater', count: 2 },
      { need: 'food', count: 1 },
    ]);
  });

  it('counts reports not yet closed by the coordination point', () => {
    const events = [
      { reportId: 'a', status: 'closed' as const, at: '2026-11-25T11:00:00Z' },
      { reportId: 'b', status: 'forwarded' as const, at: '2026-11-25T11:00:00Z' },
    ];
    expect(openReportCount(['a', 'b', 'c'], events)).toBe(2);
  });
});

describe('supply status', () => {
  it('follows the coordination point until the point confirms receipt', () => {
    expect(supplyStatus([])).toBe('requested');
    expect(supplyStatus([{ status: 'dispatched', at: '2' }, { status: 'approved', at: '1' }])).toBe('dispatched');
    expect(supplyStatus([{ status: 'approved', at: '1' }, { status: 'declined', at: '2' }])).toBe('declined');
    expect(supplyStatus([{ status: 'received', at: '3' }, { status: 'dispatched', at: '2' }])).toBe('received');
  });
});

describe('PIN', () => {
  it('stores a salted hash that verifies only the right PIN', async () => {
    expect(isValidPin('0420')).toBe(true);
    expect(isValidPin('42')).toBe(false);
    expect(isValidPin('12a4')).toBe(false);
    const hash = await hashPin('0420');
    expect(hash).not.toContain('0420');
    expect(await hashPin('0420')).not.toBe(hash); // salted
    expect(await verifyPin('0420', hash)).toBe(true);
    expect(await verifyPin('0421', hash)).toBe(false);
    expect(await verifyPin('0420', undefined)).toBe(false);
  });
});
