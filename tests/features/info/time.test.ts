import { describe, expect, it } from 'vitest';
import { fromAmsterdamInput, toAmsterdamInput } from '../../../src/features/info/editor/amsterdamInput';
import { formatCardTime } from '../../../src/features/info/time';

describe('card times in Europe/Amsterdam', () => {
  it('reads datetime-local input as Amsterdam time, in winter and in summer', () => {
    expect(fromAmsterdamInput('2026-11-24T14:05')).toBe('2026-11-24T13:05:00.000Z');
    expect(fromAmsterdamInput('2026-07-01T14:05')).toBe('2026-07-01T12:05:00.000Z');
    expect(fromAmsterdamInput('')).toBe('');
    expect(toAmsterdamInput('2026-11-24T13:05:00.000Z')).toBe('2026-11-24T14:05');
    expect(toAmsterdamInput(undefined)).toBe('');
  });

  it('says only the time for today, and the day too for an older card', () => {
    const now = Date.parse('2026-11-24T15:00:00Z');
    expect(formatCardTime(Date.parse('2026-11-24T13:05:00Z'), 'nl', now)).toBe('14:05');
    expect(formatCardTime(Date.parse('2026-11-23T13:05:00Z'), 'nl', now)).toMatch(/23 nov.*14:05/);
    expect(formatCardTime(Date.parse('2026-11-23T13:05:00Z'), 'de', now)).toMatch(/23\. Nov.*14:05/);
  });
});
