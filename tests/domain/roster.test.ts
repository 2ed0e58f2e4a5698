import { describe, expect, it } from 'vitest';
import { attendanceSummary, coverageWarnings, type Attendance, type Shift, type Volunteer } from '../../src/domain/lead';

const NOW = Date.parse('2026-11-25T08:00:00Z');
const at = (hours: number) => new Date(NOW + hours * 3600_000).toISOString();
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function volunteer(skills: Volunteer['skills'] = []): Volunteer {
  return { id: id(), name: 'V', organisation: 'redCross', skills, updatedAt: '000000000000001-00000-a' };
}
function shift(role: Shift['role'], from: number, to: number, volunteerIds: string[], needed = volunteerIds.length || 1): Shift {
  return { id: id(), role, start: at(from), end: at(to), needed, volunteerIds, updatedAt: '000000000000001-00000-a' };
}
function attendance(volunteerId: string, kind: Attendance['kind'], hours: number): Attendance {
  return { id: id(), volunteerId, kind, at: at(hours) };
}

describe('coverage warnings for the next 12 hours', () => {
  const lead = volunteer(['canLead']);
  const medic = volunteer(['firstAid']);
  const desk = volunteer(['speaksGerman']);

  it('is quiet when a lead and a first aider cover every staffed hour and shifts are full', () => {
    const shifts = [shift('lead', 0, 6, [lead.id]), shift('desk', 0, 6, [desk.id, medic.id])];
    expect(coverageWarnings({ shifts, volunteers: [lead, medic, desk], attendance: [], now: NOW })).toEqual([]);
  });

  it('warns about a stretch without a first aider, exactly when it is', () => {
    const shifts = [shift('lead', 0, 8, [lead.id]), shift('firstAid', 0, 4, [medic.id]), shift('desk', 2, 8, [desk.id])];
    const warnings = coverageWarnings({ shifts, volunteers: [lead, medic, desk], attendance: [], now: NOW });
    expect(warnings).toEqual([{ kind: 'noFirstAider', from: at(4), to: at(8) }]);
  });

  it('warns about a shift without a lead, but not about hours when the point is closed', () => {
    const shifts = [shift('lead', 0, 4, [lead.id]), shift('desk', 0, 4, [medic.id]), shift('desk', 6, 10, [medic.id])];
    const warnings = coverageWarnings({ shifts, volunteers: [lead, medic, desk], attendance: [], now: NOW });
    expect(warnings).toEqual([{ kind: 'noLead', from: at(6), to: at(10) }]);
  });

  it('ignores a gap of seconds between shifts entered at slightly different times', () => {
    const shifts = [shift('lead', 0.001, 4, [lead.id]), shift('desk', 0, 4, [medic.id])];
    expect(coverageWarnings({ shifts, volunteers: [lead, medic], attendance: [], now: NOW })).toEqual([]);
  });

  it('counts an unfilled lead shift as no lead', () => {
    const shifts = [shift('lead', 0, 4, [], 1), shift('desk', 0, 4, [medic.id])];
    const kinds = coverageWarnings({ shifts, volunteers: [medic], attendance: [], now: NOW }).map((warning) => warning.kind);
    expect(kinds).toContain('noLead');
    expect(kinds).toContain('shortStaffed');
  });

  it('warns about a shift short of people', () => {
    const desks = shift('desk', 1, 5, [desk.id], 3);
    const warnings = coverageWarnings({ shifts: [shift('lead', 0, 6, [lead.id, medic.id]), desks], volunteers: [lead, medic, desk], attendance: [], now: NOW });
    expect(warnings).toEqual([{ kind: 'shortStaffed', shiftId: desks.id, role: 'desk', from: desks.start, to: desks.end, assigned: 1, needed: 3 }]);
  });

  it('leaves cancelled shifts out', () => {
    const shifts = [{ ...shift('desk', 1, 4, [], 3), cancelled: true }];
    expect(coverageWarnings({ shifts, volunteers: [], attendance: [], now: NOW })).toEqual([]);
  });

  it('looks only 12 hours ahead', () => {
    const shifts = [shift('desk', 13, 16, [], 2), shift('desk', -5, -1, [], 2)];
    expect(coverageWarnings({ shifts, volunteers: [], attendance: [], now: NOW })).toEqual([]);
  });

  it('warns about someone checked in longer than the limit (default 8 h), and honours another limit', () => {
    const records = [attendance(desk.id, 'checkIn', -9), attendance(medic.id, 'checkIn', -7), attendance(lead.id, 'checkIn', -10), attendance(lead.id, 'checkOut', -1)];
    const warnings = coverageWarnings({ shifts: [], volunteers: [], attendance: records, now: NOW });
    expect(warnings).toEqual([{ kind: 'longDuty', volunteerId: desk.id, since: at(-9), hours: 9 }]);
    expect(coverageWarnings({ shifts: [], volunteers: [], attendance: records, now: NOW, dutyLimitHours: 6 }).map((w) => w.kind)).toEqual(['longDuty', 'longDuty']);
  });

  it('warns about back-to-back shifts longer than the limit', () => {
    const shifts = [shift('lead', 0, 5, [lead.id]), shift('lead', 5, 10, [lead.id]), shift('firstAid', 0, 10, [medic.id, medic.id])];
    const warnings = coverageWarnings({ shifts, volunteers: [lead, medic], attendance: [], now: NOW });
    expect(warnings.map((warning) => warning.kind).sort()).toEqual(['longPlanned', 'longPlanned']);
    expect(warnings.find((warning) => warning.kind === 'longPlanned' && warning.volunteerId === lead.id)).toMatchObject({ hours: 10 });
  });
});

describe('attendance', () => {
  it('pairs check-ins and check-outs into hours worked, ignoring a double check-in from a second tablet', () => {
    const v = id();
    const records = [attendance(v, 'checkIn', -10), attendance(v, 'checkIn', -9.5), attendance(v, 'checkOut', -6), attendance(v, 'checkOut', -5), attendance(v, 'checkIn', -2)];
    const summary = attendanceSummary(records, NOW).get(v);
    expect(summary).toEqual({ volunteerId: v, onSiteSince: at(-2), hoursWorked: 6 });
  });
});
