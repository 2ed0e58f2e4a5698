import { describe, expect, it } from 'vitest';
import { incidentTimeIso } from '../../src/features/reports/reportTime';

describe('incidentTimeIso: the time a volunteer types, as a time of today in Amsterdam', () => {
  const winterNow = new Date('2026-11-25T13:10:00Z'); // 14:10 in Amsterdam (UTC+1)

  it.each(['14:05', '1405', '14.05', ' 14:05 '])('reads %j in winter time', (text) => {
    expect(incidentTimeIso(text, winterNow)).toBe('2026-11-25T13:05:00.000Z');
  });

  it('reads summer time with its own offset (UTC+2)', () => {
    expect(incidentTimeIso('9:30', new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01T07:30:00.000Z');
  });

  it('takes a time later than now as yesterday: 23:50 typed at 00:10', () => {
    expect(incidentTimeIso('23:50', new Date('2026-11-24T23:10:00Z'))).toBe('2026-11-24T22:50:00.000Z');
  });

  it('accepts a few minutes ahead of the tablet clock as today', () => {
    expect(incidentTimeIso('14:13', winterNow)).toBe('2026-11-25T13:13:00.000Z');
  });

  it.each(['25:00', '14:61', 'gisteren', '', '1:5'])('refuses %j', (text) => {
    expect(incidentTimeIso(text, winterNow)).toBeUndefined();
  });
});
