/**
 * The anonymised export for the national pilot evaluation carries no personal data: checked
 * field by field against a day full of it (names, phones, streets, house numbers, full
 * postcodes, report addresses, positions, free texts, volunteer names).
 */
import { describe, expect, it } from 'vitest';
import {
  allPointsFiles,
  ANONYMISED_FILES,
  anonymisedFiles,
  buildAnonymisedExport,
  HOURS_COLUMNS,
  REPORT_COLUMNS,
  STOCK_COLUMNS,
  toCsv,
  VISIT_COLUMNS,
  type EvaluationSnapshot,
} from '../../src/domain/evaluationExport';

const HLC = '2026-10-10T14:00:00.000Z-0000-abcdef12';
const FLAGS = { medicalDevice: true, reducedMobility: false, livesAlone: true, needsFollowUp: false };
const ids = { h1: '11111111-1111-4111-8111-111111111111', h2: '22222222-2222-4222-8222-222222222222', h3: '33333333-3333-4333-8333-333333333333' };

const snapshot: EvaluationSnapshot = {
  households: [
    { id: ids.h1, adults: 2, children: 1, residence: 'address', postcode: '7091 AB', houseNumber: '12a', language: 'nl', name: 'Jansen', phone: '0612345678', flags: FLAGS, updatedAt: HLC },
    { id: ids.h2, adults: 1, children: 0, residence: 'street', street: 'Kerkstraat', village: 'Suderwick Kerkstraat 4', language: 'de', flags: FLAGS, updatedAt: HLC },
    { id: ids.h3, adults: 1, children: 0, residence: 'address', postcode: '46399', houseNumber: '3', language: 'de', name: 'Müller', flags: FLAGS, updatedAt: HLC },
  ],
  visits: [
    { id: 'a0000000-0000-4000-8000-000000000001', householdId: ids.h1, arrivedAt: '2026-10-10T14:05:00.000Z', needs: ['drinkingWater', 'other'], needOther: 'insuline voor mevrouw Jansen' },
    { id: 'a0000000-0000-4000-8000-000000000002', householdId: ids.h2, arrivedAt: '2026-10-10T14:10:00.000Z', leftAt: '2026-10-10T15:00:00.000Z', needs: ['food'] },
    { id: 'a0000000-0000-4000-8000-000000000003', householdId: ids.h1, arrivedAt: '2026-10-10T16:00:00.000Z', needs: ['information'] },
    { id: 'a0000000-0000-4000-8000-000000000004', householdId: ids.h3, arrivedAt: '2026-10-10T16:30:00.000Z', needs: ['warmth'] },
  ],
  reports: [
    {
      id: 'b0000000-0000-4000-8000-000000000001',
      service: 'ambulance',
      incident: ['unconscious'],
      description: 'Meneer de Vries (78) reageert niet',
      urgency: 'lifeThreatening',
      address: 'Markt 3, Dinxperlo',
      locationDescription: 'achter de kerk',
      position: { lat: 51.86, lon: 6.49 },
      peopleInvolved: 1,
      reporterName: 'Piet de Vries',
      reporterWaitsAt: 'Markt 3',
      occurredAt: '2026-10-10T14:19:00.000Z',
      madeAt: '2026-10-10T14:20:00.000Z',
      deliveredAt: '2026-10-10T14:21:00.000Z',
    },
  ],
  reportEvents: [
    { reportId: 'b0000000-0000-4000-8000-000000000001', status: 'acknowledged', by: 'CP Apeldoorn: Karin', note: 'bel 0612345678', at: '2026-10-10T14:23:00.000Z' },
    { reportId: 'b0000000-0000-4000-8000-000000000001', status: 'helpOnTheWay', by: 'CP Apeldoorn: Karin', dispatchReference: 'P1-4711', at: '2026-10-10T14:30:00.000Z' },
  ],
  stockItems: [{ id: 'c0000000-0000-4000-8000-000000000001', name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'liter', minimum: 50, updatedAt: HLC }],
  stockMovements: [
    { id: 'd0000000-0000-4000-8000-000000000001', itemId: 'c0000000-0000-4000-8000-000000000001', kind: 'received', delta: 100, by: 'Anna Bakker', at: '2026-10-10T13:00:00.000Z' },
    {
      id: 'd0000000-0000-4000-8000-000000000002',
      itemId: 'c0000000-0000-4000-8000-000000000001',
      kind: 'issued',
      delta: -3,
      householdId: ids.h1,
      reason: 'Baby bij Jansen',
      by: 'Anna Bakker',
      at: '2026-10-10T14:06:00.000Z',
    },
    { id: 'd0000000-0000-4000-8000-000000000003', itemId: 'c0000000-0000-4000-8000-000000000001', kind: 'counted', delta: -2, by: 'Anna Bakker', at: '2026-10-10T18:00:00.000Z' },
  ],
  volunteers: [
    { id: 'e0000000-0000-4000-8000-000000000001', name: 'Anna Bakker', phone: '0687654321', organisation: 'redCross', skills: ['firstAid'], pinHash: 'pbkdf2$abc', updatedAt: HLC },
  ],
  attendance: [
    { id: 'f0000000-0000-4000-8000-000000000001', volunteerId: 'e0000000-0000-4000-8000-000000000001', kind: 'checkIn', at: '2026-10-10T12:00:00.000Z' },
    { id: 'f0000000-0000-4000-8000-000000000002', volunteerId: 'e0000000-0000-4000-8000-000000000001', kind: 'checkOut', at: '2026-10-10T18:00:00.000Z' },
  ],
  syncLog: [
    { at: '2026-10-10T14:00:00.000Z', ok: true },
    { at: '2026-10-10T14:10:00.000Z', ok: false },
  ],
};

/** Every personal value in the snapshot: none may appear anywhere in the export. */
const PERSONAL = [
  'Jansen',
  '0612345678',
  '12a',
  '7091 AB',
  '7091AB',
  'Kerkstraat',
  'Suderwick',
  '46399',
  'Müller',
  'insuline',
  'de Vries',
  'Markt',
  'achter de kerk',
  '51.86',
  '6.49',
  'Karin',
  'P1-4711',
  'Baby',
  'Anna',
  'Bakker',
  '0687654321',
  'pbkdf2',
  ...Object.values(ids),
  'a0000000-',
  'b0000000-',
  'e0000000-',
];

const period = { to: Date.parse('2026-10-10T20:00:00.000Z') };
const data = buildAnonymisedExport(snapshot, period, Date.parse('2026-10-10T20:00:00.000Z'));

describe('anonymised evaluation export', () => {
  it('has per-visit rows with exactly the evaluation fields: household size, postcode area, language, needs, times', () => {
    expect(data.visits).toEqual([
      { visit: 1, household: 1, arrivedAt: '2026-10-10T14:05:00.000Z', leftAt: '', adults: 2, children: 1, residence: 'address', postcodeArea: '7091', language: 'nl', needs: ['drinkingWater', 'other'] },
      { visit: 2, household: 2, arrivedAt: '2026-10-10T14:10:00.000Z', leftAt: '2026-10-10T15:00:00.000Z', adults: 1, children: 0, residence: 'street', postcodeArea: '', language: 'de', needs: ['food'] },
      { visit: 3, household: 1, arrivedAt: '2026-10-10T16:00:00.000Z', leftAt: '', adults: 2, children: 1, residence: 'address', postcodeArea: '7091', language: 'nl', needs: ['information'] },
      { visit: 4, household: 3, arrivedAt: '2026-10-10T16:30:00.000Z', leftAt: '', adults: 1, children: 0, residence: 'address', postcodeArea: '463', language: 'de', needs: ['warmth'] },
    ]);
    for (const row of data.visits) expect(Object.keys(row)).toEqual([...VISIT_COLUMNS]);
  });

  it('has per-report step times without description, address, position, reporter or dispatch notes', () => {
    expect(data.reports).toEqual([
      {
        report: 1,
        urgency: 'lifeThreatening',
        service: 'ambulance',
        peopleInvolved: 1,
        madeAt: '2026-10-10T14:20:00.000Z',
        deliveredAt: '2026-10-10T14:21:00.000Z',
        acknowledgedAt: '2026-10-10T14:23:00.000Z',
        helpOnTheWayAt: '2026-10-10T14:30:00.000Z',
        closedAt: '',
        madeToDeliveredSeconds: 60,
        deliveredToAcknowledgedSeconds: 120,
        acknowledgedToHelpSeconds: 420,
        madeToHelpSeconds: 600,
      },
    ]);
    for (const row of data.reports) expect(Object.keys(row)).toEqual([...REPORT_COLUMNS]);
  });

  it('has stock per item per day without who or why, and volunteer hours by organisation without names', () => {
    expect(data.stock).toEqual([{ itemId: 'c0000000-0000-4000-8000-000000000001', item: 'Drinkwater', unit: 'liter', day: '2026-10-10', received: 100, issued: 3, counted: -2, transferred: 0, writtenOff: 0 }]);
    for (const row of data.stock) expect(Object.keys(row)).toEqual([...STOCK_COLUMNS]);
    expect(data.volunteerHours).toEqual([{ organisation: 'redCross', volunteers: 1, hours: 6 }]);
    for (const row of data.volunteerHours) expect(Object.keys(row)).toEqual([...HOURS_COLUMNS]);
  });

  it('holds no personal value in any field of any row, nor in any file of the set', () => {
    const fields: [string, unknown][] = [];
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
      else fields.push([path, value]);
    };
    walk(data, 'export');
    expect(fields.length).toBeGreaterThan(100);
    for (const [path, value] of fields) {
      for (const personal of PERSONAL) expect(String(value), path).not.toContain(personal);
    }
    for (const [file, text] of Object.entries(anonymisedFiles(data))) {
      for (const personal of PERSONAL) expect(text, `${file} contains ${personal}`).not.toContain(personal);
    }
  });

  it('summarises the period: visits, households, people, needs, report steps, link uptime', () => {
    expect(data.summary).toMatchObject({ visits: 4, households: 3, people: 5, reports: 1, linkUptime: { rounds: 2, okRounds: 1, share: 0.5 } });
    expect(data.summary.needs.find((need) => need.need === 'drinkingWater')?.count).toBe(1);
    expect(data.period).toEqual({ to: '2026-10-10T20:00:00.000Z' });
  });
});

describe('CSV', () => {
  it('writes a header, quotes what needs quoting, joins lists and defuses spreadsheet formulas', () => {
    const csv = toCsv(['a', 'b', 'c'] as const, [{ a: 'x,"y"', b: ['food', 'warmth'], c: '=HYPERLINK("x")' }, { a: 3, b: [], c: undefined }]);
    expect(csv).toBe('a,b,c\r\n"x,""y""",food;warmth,"\'=HYPERLINK(""x"")"\r\n3,,\r\n');
  });

  it('gives the visits file one line per visit with the needs joined', () => {
    const lines = anonymisedFiles(data)['visits.csv'].trim().split('\r\n');
    expect(lines[0]).toBe(VISIT_COLUMNS.join(','));
    expect(lines[1]).toBe('1,1,2026-10-10T14:05:00.000Z,,2,1,address,7091,nl,drinkingWater;other');
    expect(lines).toHaveLength(5);
  });
});

describe('the set of every point (coordinator)', () => {
  const files = allPointsFiles([{ point: 'Dinxperlo', data }, { point: '=Aalten', data }], Date.parse('2026-10-10T20:00:00.000Z'), data.period);

  it('offers the same files as one point\'s set, in the order the screens list them', () => {
    const listed = ANONYMISED_FILES.map(([, file]) => file);
    expect(Object.keys(files)).toEqual(listed);
    expect(Object.keys(anonymisedFiles(data))).toEqual(listed);
  });

  it('puts a point column first in every CSV and keeps each point\'s own numbering', () => {
    const visits = files['visits.csv'].trim().split('\r\n');
    expect(visits[0]).toBe(`point,${VISIT_COLUMNS.join(',')}`);
    expect(visits[1]).toBe('Dinxperlo,1,1,2026-10-10T14:05:00.000Z,,2,1,address,7091,nl,drinkingWater;other');
    // A point name that looks like a formula is defused like any other text.
    expect(visits[5]).toBe("'=Aalten,1,1,2026-10-10T14:05:00.000Z,,2,1,address,7091,nl,drinkingWater;other");
    expect(visits).toHaveLength(9);
    expect(files['reports.csv'].split('\r\n')[0]).toBe(`point,${REPORT_COLUMNS.join(',')}`);
    expect(files['stock.csv'].split('\r\n')[0]).toBe(`point,${STOCK_COLUMNS.join(',')}`);
    expect(files['volunteer-hours.csv'].trim().split('\r\n')).toEqual([`point,${HOURS_COLUMNS.join(',')}`, 'Dinxperlo,redCross,1,6', "'=Aalten,redCross,1,6"]);
    const json = JSON.parse(files['evaluation.json']) as { points: { point: string }[]; period: unknown };
    expect(json.points.map((point) => point.point)).toEqual(['Dinxperlo', '=Aalten']);
    expect(json.period).toEqual({ to: '2026-10-10T20:00:00.000Z' });
  });

  it('holds no personal value in any file', () => {
    for (const [file, text] of Object.entries(files)) {
      for (const personal of PERSONAL) expect(text, `${file} contains ${personal}`).not.toContain(personal);
    }
  });
});
