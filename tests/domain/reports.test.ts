import { describe, expect, it } from 'vitest';
import { compareReportPriority, escalationDeadline, isEscalated, isOpenReport, reportTimeline, type EmergencyReport } from '../../src/domain';

type Sortable = Pick<EmergencyReport, 'id' | 'urgency' | 'madeAt'>;
const report = (id: string, urgency: EmergencyReport['urgency'], madeAt: string): Sortable => ({ id, urgency, madeAt });

describe('compareReportPriority: most urgent first, then oldest', () => {
  it('puts life-threatening before urgent before not urgent, whatever their age', () => {
    const reports = [
      report('a', 'notUrgent', '2026-11-25T10:00:00Z'),
      report('b', 'urgent', '2026-11-25T10:05:00Z'),
      report('c', 'lifeThreatening', '2026-11-25T10:30:00Z'),
    ];
    expect(reports.sort(compareReportPriority).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('puts the oldest first within one urgency: it has waited longest', () => {
    const reports = [
      report('late', 'lifeThreatening', '2026-11-25T10:30:00Z'),
      report('early', 'lifeThreatening', '2026-11-25T10:01:00Z'),
      report('middle', 'lifeThreatening', '2026-11-25T10:10:00+01:00'),
    ];
    // 10:10+01:00 is 09:10Z: the time zone of the stamp must not fool the order.
    expect(reports.sort(compareReportPriority).map((r) => r.id)).toEqual(['middle', 'early', 'late']);
  });

  it('orders reports of the same urgency and time by id, so every tablet shows the same list', () => {
    const at = '2026-11-25T10:00:00Z';
    expect([report('y', 'urgent', at), report('x', 'urgent', at)].sort(compareReportPriority).map((r) => r.id)).toEqual(['x', 'y']);
  });
});

describe('isEscalated: an urgent report not delivered within the deadline', () => {
  const madeAt = '2026-11-25T10:00:00.000Z';
  const at = (time: string) => Date.parse(`2026-11-25T${time}Z`);

  it('is not escalated before the deadline', () => {
    expect(isEscalated({ urgency: 'lifeThreatening', madeAt }, undefined, at('10:04:59.999'), 5)).toBe(false);
  });

  it('is escalated from the deadline on while undelivered', () => {
    expect(isEscalated({ urgency: 'lifeThreatening', madeAt }, undefined, at('10:05:00'), 5)).toBe(true);
    expect(isEscalated({ urgency: 'urgent', madeAt }, undefined, at('11:00:00'), 5)).toBe(true);
  });

  it('is never escalated once delivered, even if delivery came late', () => {
    expect(isEscalated({ urgency: 'lifeThreatening', madeAt }, '2026-11-25T10:20:00Z', at('10:30:00'), 5)).toBe(false);
  });

  it('never escalates a not-urgent report', () => {
    expect(isEscalated({ urgency: 'notUrgent', madeAt }, undefined, at('18:00:00'), 5)).toBe(false);
  });

  it('follows the site setting, including fractions of a minute', () => {
    expect(escalationDeadline({ madeAt }, 0.05)).toBe(at('10:00:03'));
    expect(isEscalated({ urgency: 'urgent', madeAt }, undefined, at('10:00:03'), 0.05)).toBe(true);
    expect(isEscalated({ urgency: 'urgent', madeAt }, undefined, at('10:00:03'), 10)).toBe(false);
  });
});

describe('reportTimeline', () => {
  const madeAt = '2026-11-25T10:00:00.000Z';
  const states = (steps: ReturnType<typeof reportTimeline>) => steps.map((step) => `${step.step}:${step.state}`);

  it('shows a queued report as waiting for the connection', () => {
    expect(states(reportTimeline({ madeAt, queued: true, events: [] }))).toEqual([
      'saved:done',
      'waiting:current',
      'delivered:todo',
      'acknowledged:todo',
      'forwarded:todo',
      'helpOnTheWay:todo',
      'closed:todo',
    ]);
  });

  it('shows delivery with its time, then waits for the coordination point', () => {
    const steps = reportTimeline({ madeAt, queued: false, deliveredAt: '2026-11-25T10:02:00.000Z', events: [] });
    expect(steps[2]).toEqual({ step: 'delivered', state: 'done', at: '2026-11-25T10:02:00.000Z' });
    expect(steps[3]).toMatchObject({ step: 'acknowledged', state: 'current' });
  });

  it('takes statuses from the coordination point and fills in the steps they imply', () => {
    // Help on the way arrived before the acknowledgement (pull order is not status order).
    const steps = reportTimeline({
      madeAt,
      queued: true,
      events: [
        { status: 'helpOnTheWay', at: '2026-11-25T10:09:00Z' },
        { status: 'acknowledged', at: '2026-11-25T10:03:00Z' },
      ],
    });
    expect(states(steps)).toEqual(['saved:done', 'waiting:done', 'delivered:done', 'acknowledged:done', 'forwarded:done', 'helpOnTheWay:done', 'closed:current']);
    expect(steps.find((step) => step.step === 'acknowledged')?.at).toBe('2026-11-25T10:03:00Z');
    expect(steps.find((step) => step.step === 'forwarded')?.at).toBeUndefined();
  });

  it('counts a report open until it is closed', () => {
    expect(isOpenReport([{ status: 'helpOnTheWay', at: madeAt }])).toBe(true);
    expect(isOpenReport([{ status: 'closed', at: madeAt }, { status: 'acknowledged', at: madeAt }])).toBe(false);
  });
});
