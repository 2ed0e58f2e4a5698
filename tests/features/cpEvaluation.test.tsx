// @vitest-environment jsdom
/**
 * The coordinator's evaluation of every point (/cp/evaluation) against a mocked server: the
 * figures in Dutch and German, the point filter and period presets in the query, and the
 * anonymised download of every point with a `point` column.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnonymisedExport } from '../../src/domain/evaluationExport';
import type { EvaluationExportResponse, EvaluationFigures, EvaluationResponse, PointsResponse } from '../../src/domain/coordinatorApi';
import { NEEDS } from '../../src/domain/records';
import EvaluationScreen from '../../src/features/coordination/EvaluationScreen';
import '../../src/features/coordination/texts';
import { initI18n } from '../../src/i18n';
import { stubMatchMedia, switchLanguage } from './helpers';

const DINXPERLO = '0b0f4a53-0a3e-4a5b-9d1e-7c1a2b3c4d5e';
const AALTEN = '1c1f4a53-0a3e-4a5b-9d1e-7c1a2b3c4d5f';
const MIN = 60_000;

function figures(overrides: Partial<EvaluationFigures>): EvaluationFigures {
  return {
    visits: 0,
    households: 0,
    people: 0,
    reports: 0,
    visitorsPerHour: [],
    needs: NEEDS.map((need) => ({ need, count: 0 })),
    reportSteps: [
      { interval: 'madeToDelivered', count: 0 },
      { interval: 'deliveredToAcknowledged', count: 0 },
      { interval: 'acknowledgedToHelp', count: 0 },
      { interval: 'madeToHelp', count: 0 },
    ],
    goodsIssued: [],
    volunteerHours: [],
    contact: { buckets: 0, contactBuckets: 0 },
    ...overrides,
  };
}

const dinxperlo = figures({
  visits: 2,
  households: 2,
  people: 4,
  reports: 1,
  visitorsPerHour: [{ start: '2026-10-10T08:00:00.000Z', hour: '2026-10-10 10', count: 2 }],
  needs: NEEDS.map((need) => ({ need, count: need === 'drinkingWater' ? 2 : 0 })),
  reportSteps: [
    { interval: 'madeToDelivered', count: 1, medianMs: 4 * MIN, worstMs: 4 * MIN },
    { interval: 'deliveredToAcknowledged', count: 1, medianMs: 2 * MIN, worstMs: 2 * MIN },
    { interval: 'acknowledgedToHelp', count: 1, medianMs: 3 * MIN, worstMs: 3 * MIN },
    { interval: 'madeToHelp', count: 1, medianMs: 9 * MIN, worstMs: 9 * MIN },
  ],
  volunteerHours: [{ organisation: 'redCross', volunteers: 1, hours: 1.5 }],
  contact: { buckets: 16, contactBuckets: 4, share: 0.25, longestGapMs: 40 * MIN, gapFrom: '2026-10-10T10:40:00.000Z', gapTo: '2026-10-10T11:20:00.000Z' },
});
const aalten = figures({
  visits: 1,
  households: 1,
  people: 4,
  visitorsPerHour: [{ start: '2026-10-10T09:00:00.000Z', hour: '2026-10-10 11', count: 1 }],
  goodsIssued: [{ itemId: '2c1f4a53-0a3e-4a5b-9d1e-7c1a2b3c4d5f', name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'l', day: '2026-10-10', quantity: 6 }],
  contact: { buckets: 14, contactBuckets: 2, share: 2 / 14, longestGapMs: 55 * MIN, gapFrom: '2026-10-10T10:15:00.000Z', gapTo: '2026-10-10T11:10:00.000Z' },
});
const all = figures({
  ...dinxperlo,
  visits: 3,
  households: 3,
  people: 8,
  goodsIssued: aalten.goodsIssued,
  contact: { ...aalten.contact, buckets: 30, contactBuckets: 6, share: 0.2, gapSiteId: AALTEN },
});

const evaluation: EvaluationResponse = {
  period: { to: '2026-10-10T10:10:00.000Z' },
  all,
  points: [
    { siteId: AALTEN, name: 'Aalten', municipality: 'Aalten', lastContactAt: null, figures: aalten },
    { siteId: DINXPERLO, name: 'Dinxperlo', municipality: 'Aalten', lastContactAt: '2026-10-10T10:00:00.000Z', figures: dinxperlo },
  ],
  contactPerHour: [
    { start: '2026-10-10T10:00:00.000Z', hour: '2026-10-10 12', points: 2 },
    { start: '2026-10-10T11:00:00.000Z', hour: '2026-10-10 13', points: 1 },
  ],
  serverTime: '2026-10-10T10:10:00.000Z',
};

function anonymised(visits: AnonymisedExport['visits']): AnonymisedExport {
  return {
    format: 'noodsteunpunt-evaluation/1',
    generatedAt: '2026-10-10T10:10:00.000Z',
    period: { to: '2026-10-10T10:10:00.000Z' },
    summary: { visits: visits.length, households: visits.length, people: 0, needs: [], reports: 0, reportSteps: [], linkUptime: { rounds: 0, okRounds: 0 } },
    visits,
    reports: [],
    stock: [],
    volunteerHours: [],
  };
}
const visitRow = (visit: number, needs: AnonymisedExport['visits'][number]['needs']) => ({
  visit,
  household: visit,
  arrivedAt: '2026-10-10T08:10:00.000Z',
  leftAt: '',
  adults: 1,
  children: 0,
  residence: 'address' as const,
  postcodeArea: '7091',
  language: 'nl' as const,
  needs,
});
const exportSet: EvaluationExportResponse = {
  period: { to: '2026-10-10T10:10:00.000Z' },
  points: [
    { siteId: AALTEN, point: 'Aalten', data: anonymised([visitRow(1, ['medical'])]), contact: aalten.contact },
    { siteId: DINXPERLO, point: 'Dinxperlo', data: anonymised([visitRow(1, ['drinkingWater', 'food']), visitRow(2, ['drinkingWater'])]), contact: dinxperlo.contact },
  ],
  serverTime: '2026-10-10T10:10:00.000Z',
};
const points: PointsResponse = {
  points: evaluation.points.map((point) => ({
    siteId: point.siteId,
    name: point.name,
    municipality: 'Aalten',
    activeDevices: 1,
    lastContactAt: null,
    silentAfterMinutes: 30,
    linkState: 'never',
    visitorsToday: 0,
    visitorsOnSite: 0,
    staffOnSite: 0,
    itemsBelowMinimum: [],
    openReports: 0,
    lifeThreateningOpen: 0,
    signalsLast24h: 0,
    openSupplyRequests: 0,
    latestSitrep: null,
  })),
  serverTime: '2026-10-10T10:10:00.000Z',
};

let requested: string[];
let blobs: Blob[];

beforeAll(() => initI18n('nl'));
beforeEach(() => {
  stubMatchMedia();
  requested = [];
  blobs = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      requested.push(`${url.pathname}${url.search}`);
      const body =
        url.pathname === '/api/v1/cp/points'
          ? points
          : url.pathname === '/api/v1/cp/evaluation/export'
            ? exportSet
            : url.pathname === '/api/v1/cp/evaluation'
              ? url.searchParams.get('siteId') === DINXPERLO
                ? { ...evaluation, all: dinxperlo, points: [evaluation.points[1]] }
                : evaluation
              : null;
      return new Response(JSON.stringify(body ?? { error: 'not_found', message: 'no' }), { status: body ? 200 : 404, headers: { 'content-type': 'application/json' } });
    }),
  );
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await switchLanguage('nl');
});

const rowOf = (table: HTMLElement, label: string) => within(table).getByText(label, { selector: 'th' }).closest('tr')!;
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('coordinator evaluation screen', () => {
  it('shows the figures of all points and per point in Dutch and German', async () => {
    render(<EvaluationScreen />);
    await waitFor(() => expect(screen.getByTestId('cp-evaluation-visits').textContent).toBe('3'));
    expect(requested).toContain('/api/v1/cp/evaluation');
    expect(screen.getByRole('heading', { name: 'Evaluatie van alle punten' })).toBeTruthy();
    expect(screen.getByTestId('cp-evaluation-households').textContent).toBe('3');
    expect(screen.getByTestId('cp-evaluation-people').textContent).toBe('8');
    expect(rowOf(within(screen.getByTestId('cp-chart-needs')).getByRole('table'), 'Drinkwater').textContent).toBe('Drinkwater2');
    expect(rowOf(within(screen.getByTestId('cp-chart-visitors')).getByRole('table'), '10:00').textContent).toBe('10:002');
    // Chartist draws on the next tick: one column for the one hour.
    await waitFor(() => expect(screen.getByTestId('cp-chart-visitors').querySelectorAll('.ct-bar')).toHaveLength(1));
    const steps = screen.getByTestId('cp-report-steps');
    expect(steps.querySelector('[data-interval="madeToDelivered"]')!.textContent).toBe('Opgenomen → afgeleverd14 min4 min');
    expect(steps.querySelector('[data-interval="madeToHelp"]')!.textContent).toContain('9 min');
    expect(screen.getByTestId('cp-goods-table').textContent).toContain('Drinkwater');
    expect(rowOf(screen.getByTestId('cp-hours-table'), 'Rode Kruis').textContent).toContain('1,5 uur');
    const perPoint = screen.getByTestId('cp-evaluation-points');
    expect(rowOf(perPoint, 'Aalten').textContent).toContain('nooit');
    expect(rowOf(perPoint, 'Dinxperlo').textContent).toMatch(/^Dinxperlo2241/);

    await switchLanguage('de');
    expect(screen.getByRole('heading', { name: 'Auswertung aller Anlaufstellen' })).toBeTruthy();
    expect(screen.getByTestId('cp-report-steps').querySelector('[data-interval="madeToDelivered"]')!.textContent).toBe('Aufgenommen → zugestellt14 Min.4 Min.');
    expect(rowOf(within(screen.getByTestId('cp-chart-needs')).getByRole('table'), 'Trinkwasser').textContent).toBe('Trinkwasser2');
    expect(screen.getByTestId('cp-goods-table').textContent).toContain('Trinkwasser');
    expect(rowOf(screen.getByTestId('cp-hours-table'), 'Rotes Kreuz').textContent).toContain('1,5 Std.');
    expect(rowOf(screen.getByTestId('cp-evaluation-points'), 'Aalten').textContent).toContain('nie');
  });

  it('shows link uptime from the contact log for all points and per point, in Dutch and German', async () => {
    render(<EvaluationScreen />);
    await waitFor(() => expect(screen.getByTestId('cp-link-share').textContent).toBe('20% van de tijd contact (6 van 30 blokken van 5 minuten)'));
    expect(screen.getByRole('heading', { name: 'Verbinding van de punten' })).toBeTruthy();
    // The longest gap of any point names the point; Amsterdam time (UTC+2 in October).
    expect(screen.getByTestId('cp-link-gap').textContent).toMatch(/^Langste tijd zonder contact: 55 min, Aalten \(.*12:15 – .*13:10\)$/);
    const hours = within(screen.getByTestId('cp-chart-contact')).getByRole('table');
    expect(hours.querySelector('caption')!.textContent).toBe('Punten met contact per uur');
    expect(rowOf(hours, '12:00').textContent).toBe('12:002');
    expect(rowOf(hours, '13:00').textContent).toBe('13:001');
    const perPoint = screen.getByTestId('cp-link-points');
    expect(within(perPoint).getByRole('columnheader', { name: 'Bereikbaar' })).toBeTruthy();
    const cell = (point: string, column: string) => rowOf(perPoint, point).querySelector(`[data-column="${column}"]`)!.textContent;
    expect([cell('Dinxperlo', 'uptime'), cell('Dinxperlo', 'gap')]).toEqual(['25%', '40 min']);
    expect([cell('Aalten', 'uptime'), cell('Aalten', 'gap')]).toEqual(['14%', '55 min']);

    await switchLanguage('de');
    expect(screen.getByTestId('cp-link-share').textContent).toBe('20\u00a0% der Zeit Kontakt (6 von 30 5-Minuten-Blöcken)');
    expect(screen.getByTestId('cp-link-gap').textContent).toMatch(/^Längste Zeit ohne Kontakt: 55 Min\., Aalten/);
    expect([cell('Dinxperlo', 'uptime'), cell('Dinxperlo', 'gap')]).toEqual(['25\u00a0%', '40 Min.']);
  });

  it('says so when no tablet of the point was in contact in the period', async () => {
    const silent = { ...evaluation, all: figures({}), points: [{ ...evaluation.points[0], figures: figures({}) }], contactPerHour: [] };
    vi.mocked(fetch).mockImplementation(async (input) => {
      const url = new URL(String(input), 'http://localhost');
      return new Response(JSON.stringify(url.pathname === '/api/v1/cp/points' ? points : silent), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    render(<EvaluationScreen />);
    await waitFor(() => expect(screen.getByTestId('cp-link-share').textContent).toBe('Geen contact met een tablet in deze periode.'));
    expect(screen.queryByTestId('cp-link-gap')).toBeNull();
    expect(screen.queryByTestId('cp-chart-contact')).toBeNull();
  });

  it('asks the server for one point and for a period preset', async () => {
    const user = userEvent.setup();
    render(<EvaluationScreen />);
    await waitFor(() => expect(screen.getByRole('option', { name: 'Dinxperlo' })).toBeTruthy());
    await user.selectOptions(screen.getByTestId('cp-evaluation-point'), DINXPERLO);
    await waitFor(() => expect(screen.getByTestId('cp-evaluation-visits').textContent).toBe('2'));
    expect(requested).toContain(`/api/v1/cp/evaluation?siteId=${DINXPERLO}`);
    expect(screen.queryByTestId('cp-evaluation-points')).toBeNull();

    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Laatste 24 uur' }));
    await waitFor(() => expect(requested.some((url) => url.includes('from='))).toBe(true));
    const query = new URLSearchParams(requested.find((url) => url.includes('from='))!.split('?')[1]);
    expect(query.get('siteId')).toBe(DINXPERLO);
    expect(Math.abs(Date.parse(query.get('from')!) - (before - 24 * 60 * MIN))).toBeLessThan(10_000);

    // Not refetched on every pulse: on request.
    const asked = requested.filter((url) => url.startsWith('/api/v1/cp/evaluation?')).length;
    await user.click(screen.getByRole('button', { name: 'Opnieuw berekenen' }));
    await waitFor(() => expect(requested.filter((url) => url.startsWith('/api/v1/cp/evaluation?')).length).toBe(asked + 1));
  });

  it('downloads the anonymised set of every point with a point column', async () => {
    const user = userEvent.setup();
    render(<EvaluationScreen />);
    await waitFor(() => expect(screen.getByTestId('cp-evaluation-visits').textContent).toBe('3'));
    await user.click(screen.getByTestId('cp-export-visits'));
    await waitFor(() => expect(screen.getByTestId('cp-export-done').textContent).toContain('noodsteunpunt-alle-punten-2026-10-10-visits.csv'));
    expect(requested).toContain('/api/v1/cp/evaluation/export');
    const csv = (await readBlob(blobs[0])).split('\r\n');
    expect(csv[0]).toBe('point,visit,household,arrivedAt,leftAt,adults,children,residence,postcodeArea,language,needs');
    expect(csv.slice(1, 4)).toEqual([
      'Aalten,1,1,2026-10-10T08:10:00.000Z,,1,0,address,7091,nl,medical',
      'Dinxperlo,1,1,2026-10-10T08:10:00.000Z,,1,0,address,7091,nl,drinkingWater;food',
      'Dinxperlo,2,2,2026-10-10T08:10:00.000Z,,1,0,address,7091,nl,drinkingWater',
    ]);

    await user.click(screen.getByTestId('cp-export-json'));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const json = JSON.parse(await readBlob(blobs[1])) as { points: { point: string; data: AnonymisedExport; contact: EvaluationFigures['contact'] }[] };
    expect(json.points.map((point) => point.point)).toEqual(['Aalten', 'Dinxperlo']);
    expect(json.points[1].data.visits).toHaveLength(2);
    // Link uptime as the coordination point logged it, next to each point's set.
    expect(json.points[1].contact).toMatchObject({ buckets: 16, contactBuckets: 4, share: 0.25, longestGapMs: 40 * MIN });
  });
});
