import { describe, expect, it } from 'vitest';
import {
  contactPerHour,
  contactUptime,
  contactUptimeTogether,
  goodsIssuedPerDay,
  hourKey,
  linkUptime,
  median,
  needsByCategory,
  periodFor,
  reportTimes,
  summariseReportTimes,
  visitorsPerHour,
  visitorTotals,
  volunteerHoursByOrganisation,
  type Period,
} from '../../src/domain/evaluation';

const ALL: Period = { to: Date.parse('2026-10-10T23:00:00Z') };
const MIN = 60_000;
const HOUR = 60 * MIN;
const visit = (householdId: string, arrivedAt: string, needs: string[] = ['information']) => ({ householdId, arrivedAt, needs: needs as never });

describe('period presets', () => {
  it('today starts at the given midnight, 24 h and 72 h count back from now, all has no start', () => {
    const now = Date.parse('2026-10-10T18:00:00Z');
    const midnight = Date.parse('2026-10-09T22:00:00Z');
    expect(periodFor('all', now, midnight)).toEqual({ to: now });
    expect(periodFor('today', now, midnight)).toEqual({ from: midnight, to: now });
    expect(periodFor('last24h', now, midnight)).toEqual({ from: now - 24 * HOUR, to: now });
    expect(periodFor('last72h', now, midnight)).toEqual({ from: now - 72 * HOUR, to: now });
  });
});

describe('visitors per hour', () => {
  it('counts visits per hour of the point’s clock and keeps the quiet hours in between', () => {
    const hours = visitorsPerHour(
      [visit('a', '2026-10-10T14:05:00Z'), visit('b', '2026-10-10T14:59:59Z'), visit('c', '2026-10-10T17:30:00Z'), visit('d', '2026-10-09T10:00:00Z')],
      { from: Date.parse('2026-10-10T00:00:00Z'), to: ALL.to },
    );
    expect(hours.map((hour) => [hour.hour, hour.count])).toEqual([
      ['2026-10-10 16', 2],
      ['2026-10-10 17', 0],
      ['2026-10-10 18', 0],
      ['2026-10-10 19', 1],
    ]);
  });

  it('is empty without visits and names hours in Amsterdam time across the DST change', () => {
    expect(visitorsPerHour([], ALL)).toEqual([]);
    expect(hourKey('2026-10-25T00:30:00Z')).toBe('2026-10-25 02');
    expect(hourKey('2026-10-25T01:30:00Z')).toBe('2026-10-25 02');
  });
});

describe('needs and households', () => {
  it('counts each need once per visit, in form order, zeros kept', () => {
    const needs = needsByCategory([visit('a', '2026-10-10T14:00:00Z', ['food', 'drinkingWater', 'food']), visit('b', '2026-10-10T15:00:00Z', ['drinkingWater'])], ALL);
    expect(needs.slice(0, 3)).toEqual([
      { need: 'information', count: 0 },
      { need: 'drinkingWater', count: 2 },
      { need: 'food', count: 1 },
    ]);
    expect(needs).toHaveLength(10);
  });

  it('counts distinct households served and their people, only within the period', () => {
    const visits = [visit('a', '2026-10-10T14:00:00Z'), visit('a', '2026-10-10T16:00:00Z'), visit('b', '2026-10-10T15:00:00Z'), visit('c', '2026-10-08T15:00:00Z')];
    const households = [
      { id: 'a', adults: 2, children: 3 },
      { id: 'b', adults: 1, children: 0 },
      { id: 'c', adults: 4, children: 0 },
    ];
    expect(visitorTotals(visits, households, { from: Date.parse('2026-10-10T00:00:00Z'), to: ALL.to })).toEqual({ visits: 3, households: 2, people: 6 });
    expect(visitorTotals(visits, households, ALL)).toEqual({ visits: 4, households: 3, people: 10 });
  });
});

describe('emergency report step times', () => {
  const made = '2026-10-10T14:00:00.000Z';
  const reports = [
    { id: 'r1', urgency: 'lifeThreatening' as const, service: 'ambulance' as const, madeAt: made, deliveredAt: '2026-10-10T14:01:00.000Z' },
    { id: 'r2', urgency: 'urgent' as const, service: 'fire' as const, madeAt: '2026-10-10T15:00:00.000Z', deliveredAt: '2026-10-10T15:10:00.000Z' },
    { id: 'r3', urgency: 'notUrgent' as const, service: 'police' as const, madeAt: '2026-10-10T16:00:00.000Z' },
  ];
  const events = [
    { reportId: 'r1', status: 'helpOnTheWay' as const, at: '2026-10-10T14:09:00.000Z' },
    { reportId: 'r1', status: 'acknowledged' as const, at: '2026-10-10T14:03:00.000Z' },
    { reportId: 'r2', status: 'forwarded' as const, at: '2026-10-10T15:12:00.000Z' },
    { reportId: 'r2', status: 'closed' as const, at: '2026-10-10T16:00:00.000Z' },
  ];

  it('takes each step’s first time; a forward implies acknowledgement, a close does not mean help came', () => {
    const rows = reportTimes(reports, events, ALL);
    expect(rows.map((row) => row.id)).toEqual(['r1', 'r2', 'r3']);
    expect(rows[0]).toMatchObject({ deliveredAt: '2026-10-10T14:01:00.000Z', acknowledgedAt: '2026-10-10T14:03:00.000Z', helpOnTheWayAt: '2026-10-10T14:09:00.000Z' });
    expect(rows[1]).toMatchObject({ acknowledgedAt: '2026-10-10T15:12:00.000Z', helpOnTheWayAt: undefined, closedAt: '2026-10-10T16:00:00.000Z' });
    expect(rows[2].deliveredAt).toBeUndefined();
  });

  it('gives the median and the worst per step over the reports that completed it', () => {
    const summary = summariseReportTimes(reportTimes(reports, events, ALL));
    expect(summary).toEqual([
      { interval: 'madeToDelivered', count: 2, medianMs: 5.5 * MIN, worstMs: 10 * MIN },
      { interval: 'deliveredToAcknowledged', count: 2, medianMs: 2 * MIN, worstMs: 2 * MIN },
      { interval: 'acknowledgedToHelp', count: 1, medianMs: 6 * MIN, worstMs: 6 * MIN },
      { interval: 'madeToHelp', count: 1, medianMs: 9 * MIN, worstMs: 9 * MIN },
    ]);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });

  it('leaves out reports made outside the period', () => {
    expect(reportTimes(reports, events, { from: Date.parse('2026-10-10T14:30:00Z'), to: ALL.to }).map((row) => row.id)).toEqual(['r2', 'r3']);
  });
});

describe('goods issued per item per day', () => {
  it('sums issued movements exactly, per day of the point, ignoring receipts and counts', () => {
    const rows = goodsIssuedPerDay(
      [
        { itemId: 'water', kind: 'issued', delta: -0.1, at: '2026-10-10T08:00:00Z' },
        { itemId: 'water', kind: 'issued', delta: -0.2, at: '2026-10-10T09:00:00Z' },
        { itemId: 'water', kind: 'issued', delta: -3, at: '2026-10-10T22:30:00Z' }, // 00:30 on the 11th in Amsterdam
        { itemId: 'water', kind: 'received', delta: 100, at: '2026-10-10T08:00:00Z' },
        { itemId: 'water', kind: 'counted', delta: -5, at: '2026-10-10T08:00:00Z' },
        { itemId: 'food', kind: 'issued', delta: -2, at: '2026-10-10T08:00:00Z' },
      ],
      { to: Date.parse('2026-10-12T00:00:00Z') },
    );
    expect(rows).toEqual([
      { itemId: 'food', day: '2026-10-10', quantity: 2 },
      { itemId: 'water', day: '2026-10-10', quantity: 0.3 },
      { itemId: 'water', day: '2026-10-11', quantity: 3 },
    ]);
  });
});

describe('volunteer hours by organisation', () => {
  const volunteers = [
    { id: 'v1', organisation: 'redCross' as const },
    { id: 'v2', organisation: 'redCross' as const },
    { id: 'v3', organisation: 'municipality' as const },
  ];

  it('pairs check-in and check-out, ignores a double check-in and a stray check-out, counts an open shift until the end', () => {
    const attendance = [
      { volunteerId: 'v1', kind: 'checkOut' as const, at: '2026-10-10T07:00:00Z' },
      { volunteerId: 'v1', kind: 'checkIn' as const, at: '2026-10-10T08:00:00Z' },
      { volunteerId: 'v1', kind: 'checkIn' as const, at: '2026-10-10T09:00:00Z' },
      { volunteerId: 'v1', kind: 'checkOut' as const, at: '2026-10-10T12:00:00Z' },
      { volunteerId: 'v2', kind: 'checkIn' as const, at: '2026-10-10T10:00:00Z' },
      { volunteerId: 'v2', kind: 'checkOut' as const, at: '2026-10-10T11:30:00Z' },
      { volunteerId: 'v3', kind: 'checkIn' as const, at: '2026-10-10T12:00:00Z' },
    ];
    expect(volunteerHoursByOrganisation(attendance, volunteers, { to: Date.parse('2026-10-10T14:00:00Z') })).toEqual([
      { organisation: 'redCross', volunteers: 2, hours: 5.5 },
      { organisation: 'municipality', volunteers: 1, hours: 2 },
    ]);
  });

  it('clips time to the period', () => {
    const attendance = [
      { volunteerId: 'v1', kind: 'checkIn' as const, at: '2026-10-10T08:00:00Z' },
      { volunteerId: 'v1', kind: 'checkOut' as const, at: '2026-10-10T12:00:00Z' },
    ];
    expect(volunteerHoursByOrganisation(attendance, volunteers, { from: Date.parse('2026-10-10T11:00:00Z'), to: Date.parse('2026-10-10T14:00:00Z') })).toEqual([
      { organisation: 'redCross', volunteers: 1, hours: 1 },
    ]);
  });
});

describe('link uptime', () => {
  it('is the share of good rounds and the longest stretch without one, up to now', () => {
    const log = [
      { at: '2026-10-10T10:00:00Z', ok: true },
      { at: '2026-10-10T10:05:00Z', ok: false },
      { at: '2026-10-10T10:30:00Z', ok: false },
      { at: '2026-10-10T11:00:00Z', ok: true },
      { at: '2026-10-10T11:05:00Z', ok: true },
    ];
    expect(linkUptime(log, { to: Date.parse('2026-10-10T11:10:00Z') })).toEqual({
      rounds: 5,
      okRounds: 3,
      share: 0.6,
      longestGapMs: HOUR,
      gapFrom: '2026-10-10T10:00:00.000Z',
      gapTo: '2026-10-10T11:00:00.000Z',
    });
  });

  it('counts a link that is still down until now, and says nothing without rounds', () => {
    const log = [
      { at: '2026-10-10T10:00:00Z', ok: true },
      { at: '2026-10-10T10:05:00Z', ok: false },
    ];
    expect(linkUptime(log, { to: Date.parse('2026-10-10T13:00:00Z') })).toMatchObject({ share: 0.5, longestGapMs: 3 * HOUR, gapTo: '2026-10-10T13:00:00.000Z' });
    expect(linkUptime([], ALL)).toEqual({ rounds: 0, okRounds: 0 });
  });
});

describe('link uptime from the contact log (5-minute buckets)', () => {
  const T = Date.parse('2026-10-10T10:00:00Z');
  const at = (minutes: number) => new Date(T + minutes * MIN).toISOString();

  it('counts every bucket with contact once, and a gap in whole buckets clipped to the window', () => {
    const point = { firstContactAt: at(0), buckets: [at(0), at(0), at(5), at(25)] };
    // The last bucket is only half over at now (T+27.5): it counts, and has contact.
    expect(contactUptime(point, { to: T + 27.5 * MIN }, T + 27.5 * MIN)).toEqual({
      buckets: 6,
      contactBuckets: 3,
      share: 0.5,
      longestGapMs: 15 * MIN,
      gapFrom: at(10),
      gapTo: at(25),
    });
    // A period ending later than now ends at now; a silent stretch until now is a gap.
    expect(contactUptime(point, { to: T + 24 * HOUR }, T + 50 * MIN)).toMatchObject({ buckets: 10, contactBuckets: 3, longestGapMs: 20 * MIN, gapFrom: at(30), gapTo: at(50) });
  });

  it('has no gap when every bucket had contact, and no share when the point was never in contact in the period', () => {
    expect(contactUptime({ firstContactAt: at(0), buckets: [at(0), at(5)] }, { to: T + 10 * MIN }, T + 10 * MIN)).toEqual({ buckets: 2, contactBuckets: 2, share: 1, longestGapMs: 0 });
    expect(contactUptime({ buckets: [] }, ALL, T)).toEqual({ buckets: 0, contactBuckets: 0 });
    // First contact after the period ended.
    expect(contactUptime({ firstContactAt: at(60), buckets: [at(60)] }, { to: T }, T + HOUR)).toEqual({ buckets: 0, contactBuckets: 0 });
  });

  it('adds points up, names the point with the longest gap, and counts points in contact per hour', () => {
    const a = { siteId: 'a', firstContactAt: at(0), buckets: [at(0), at(55), at(60)] };
    const b = { siteId: 'b', firstContactAt: at(30), buckets: [at(30)] };
    const period = { to: T + 90 * MIN };
    const together = contactUptimeTogether([a, b].map((point) => ({ siteId: point.siteId, uptime: contactUptime(point, period, period.to) })));
    expect(together).toEqual({ buckets: 18 + 12, contactBuckets: 4, share: 4 / 30, longestGapMs: 55 * MIN, gapFrom: at(35), gapTo: at(90), gapSiteId: 'b' });
    expect(contactUptimeTogether([])).toEqual({ buckets: 0, contactBuckets: 0 });
    expect(contactPerHour([a, b], period, period.to).map(({ hour, points }) => [hour, points])).toEqual([
      ['2026-10-10 12', 2],
      ['2026-10-10 13', 1],
    ]);
  });
});

