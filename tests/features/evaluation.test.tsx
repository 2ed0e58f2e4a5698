// @vitest-environment jsdom
/**
 * The site lead's evaluation tab: the figures of a small day in Dutch and German, the period
 * presets, the exports (the full one only after the personal-data confirmation), the paper
 * forms and typing a paper visit in with the time written on it.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE_IDS, dayKey } from '../../src/domain/lead';
import { createEmergencyReport, db, moveStock, recordAttendance, registerVisit, saveVolunteer, seedCatalogue, setUpSite } from '../../src/db/lead';
import EvaluationScreen from '../../src/features/evaluation/EvaluationScreen';
import { paperTimeIso } from '../../src/features/evaluation/paperTime';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { stubMatchMedia, switchLanguage } from './helpers';

const FLAGS = { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false };
const MIN = 60_000;
const now = Date.now();
const ago = (minutes: number) => new Date(now - minutes * MIN);

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  stubMatchMedia();
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  useSession.setState({ operator: { volunteerId: crypto.randomUUID(), name: 'Anna' }, role: 'lead', site: { id: crypto.randomUUID(), name: 'Dorpshuis Dinxperlo', municipality: 'Aalten' } });
  window.history.replaceState(null, '', '/lead/evaluation');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await switchLanguage('nl');
});

async function aSmallDay() {
  const household = { adults: 2, children: 1, residence: 'address' as const, postcode: '7091 AB', houseNumber: '12', language: 'nl' as const, name: 'Jansen', phone: '0612345678', flags: FLAGS };
  await registerVisit(db, { household, needs: ['drinkingWater', 'food'] }, ago(50));
  await registerVisit(db, { household: { ...household, postcode: '7091 CD', houseNumber: '3', name: undefined, phone: undefined, adults: 1, children: 0 }, needs: ['drinkingWater'] }, ago(40));
  await registerVisit(db, { household: { ...household, residence: 'passingThrough', postcode: undefined, houseNumber: undefined, adults: 1, children: 0 }, needs: ['information'] }, ago(30));
  // Three days ago: in "all", not in "today".
  await registerVisit(db, { household: { ...household, residence: 'passingThrough', postcode: undefined, houseNumber: undefined }, needs: ['warmth'] }, ago(3 * 24 * 60));
  const report = await createEmergencyReport(db, { service: 'ambulance', incident: [], description: 'Val van trap', urgency: 'urgent', peopleInvolved: 1, occurredAt: ago(21).toISOString() }, ago(20));
  await db.reports.update(report.id, { deliveredAt: ago(18).toISOString() });
  await db.reportEvents.bulkPut([
    { id: crypto.randomUUID(), reportId: report.id, status: 'acknowledged', by: 'CP', at: ago(15).toISOString() },
    { id: crypto.randomUUID(), reportId: report.id, status: 'helpOnTheWay', by: 'CP', at: ago(10).toISOString() },
  ]);
  await seedCatalogue(db);
  await moveStock(db, 'issued', { itemId: CATALOGUE_IDS.drinkingWater, quantity: 3, by: 'Anna' }, ago(45));
  const volunteer = await saveVolunteer(db, { name: 'Piet', organisation: 'redCross', skills: [] });
  await recordAttendance(db, volunteer.id, 'checkIn', ago(120));
  await recordAttendance(db, volunteer.id, 'checkOut', ago(30));
  await db.syncLog.bulkAdd([
    { at: ago(60).toISOString(), ok: true, pushed: 1, pulled: 0 },
    { at: ago(40).toISOString(), ok: false, pushed: 0, pulled: 0, failure: 'unreachable' },
    { at: ago(5).toISOString(), ok: true, pushed: 3, pulled: 1 },
  ]);
}

const rowOf = (table: HTMLElement, label: string) => within(table).getByText(label, { selector: 'th' }).closest('tr')!;

describe('evaluation tab', () => {
  it('shows visitors, needs, report steps, goods, staff hours and link uptime in Dutch and German', async () => {
    await aSmallDay();
    render(<EvaluationScreen />);
    await waitFor(() => expect(screen.getByTestId('evaluation-visits').textContent).toBe('4'));
    expect(screen.getByTestId('evaluation-households').textContent).toBe('4');
    expect(screen.getByTestId('evaluation-reports').textContent).toBe('1');
    const needs = within(screen.getByTestId('chart-needs')).getByRole('table');
    expect(rowOf(needs, 'Drinkwater').textContent).toBe('Drinkwater2');
    expect(rowOf(needs, 'Voedsel').textContent).toBe('Voedsel1');
    // The chart's numbers as its table says them (jsdom draws no layout): every visit in an hour.
    const perHour = within(within(screen.getByTestId('chart-visitors')).getByRole('table')).getAllByRole('cell');
    expect(perHour.reduce((sum, cell) => sum + Number(cell.textContent), 0)).toBe(4);
    const steps = screen.getByTestId('report-steps');
    expect(steps.querySelector('[data-interval="madeToDelivered"]')!.textContent).toBe('Opgenomen → afgeleverd12 min2 min');
    expect(steps.querySelector('[data-interval="madeToHelp"]')!.textContent).toContain('10 min');
    expect(screen.getByTestId('goods-table').textContent).toContain('3 liter');
    expect(rowOf(screen.getByTestId('hours-table'), 'Rode Kruis').textContent).toContain('1,5 uur');
    expect(screen.getByTestId('link-share').textContent).toBe('67% van 3 synchronisatierondes gelukt');

    await switchLanguage('de');
    expect(screen.getByRole('heading', { name: 'Auswertung' })).toBeTruthy();
    expect(rowOf(within(screen.getByTestId('chart-needs')).getByRole('table'), 'Trinkwasser').textContent).toBe('Trinkwasser2');
    expect(screen.getByTestId('report-steps').querySelector('[data-interval="madeToDelivered"]')!.textContent).toBe('Aufgenommen → zugestellt12 Min.2 Min.');
    expect(rowOf(screen.getByTestId('hours-table'), 'Rotes Kreuz').textContent).toContain('1,5 Std.');
    expect(screen.getByTestId('link-share').textContent).toBe('67 % von 3 Synchronisierungsrunden erfolgreich');
  });

  it('counts only the chosen period', async () => {
    const user = userEvent.setup();
    await aSmallDay();
    render(<EvaluationScreen />);
    await waitFor(() => expect(screen.getByTestId('evaluation-visits').textContent).toBe('4'));
    await user.click(screen.getByRole('button', { name: 'Laatste 24 uur' }));
    expect(screen.getByTestId('evaluation-visits').textContent).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Laatste 72 uur' }));
    expect(screen.getByTestId('evaluation-visits').textContent).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Alles' }));
    expect(screen.getByTestId('evaluation-visits').textContent).toBe('4');
  });

  it('downloads the anonymised visits without personal data, and the full export only after the warning is confirmed', async () => {
    const user = userEvent.setup();
    await aSmallDay();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<EvaluationScreen />);
    await screen.findByTestId('export-visits');
    await user.click(screen.getByTestId('export-visits'));
    const csv = await blobs[0].text();
    expect(csv.split('\r\n')[0]).toBe('visit,household,arrivedAt,leftAt,adults,children,residence,postcodeArea,language,needs');
    expect(csv).toContain(',7091,nl,drinkingWater;food');
    for (const personal of ['Jansen', '0612345678', '7091 AB', '7091AB', 'AB']) expect(csv).not.toContain(personal);
    expect(screen.getByTestId('export-done').textContent).toContain('noodsteunpunt-dorpshuis-dinxperlo-');

    expect(screen.getByText(/bevat ALLE gegevens van deze tablet, ook persoonsgegevens/)).toBeTruthy();
    expect((screen.getByTestId('export-full') as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId('full-export-confirm'));
    await user.click(screen.getByTestId('export-full'));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const full = JSON.parse(await blobs[1].text());
    expect(full.tables.households.map((household: { name?: string }) => household.name)).toContain('Jansen');
    expect(Object.keys(full.tables)).toEqual(expect.arrayContaining(['households', 'visits', 'reports', 'reportEvents', 'stockMovements', 'volunteers', 'attendance', 'syncLog', 'outbox', 'settings']));
    // The confirmation is undone with the download (the button re-renders a moment after the file is made).
    await waitFor(() => expect((screen.getByTestId('export-full') as HTMLButtonElement).disabled).toBe(true));
  });

  it('prints a blank visitor form in Dutch and German with the desk’s fields', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    window.print = print;
    render(<EvaluationScreen />);
    await user.click(await screen.findByTestId('print-visit'));
    const sheet = await screen.findByTestId('print-root');
    await waitFor(() => expect(print).toHaveBeenCalled());
    for (const text of ['Inschrijving bezoeker', 'Besuchererfassung', 'Volwassenen', 'Erwachsene', 'Postcode', 'Drinkwater', 'Trinkwasser', 'Tijd van aankomst', 'Ankunftszeit', 'Dorpshuis Dinxperlo']) {
      expect(sheet.textContent).toContain(text);
    }
    await act(async () => window.dispatchEvent(new Event('afterprint')));
    expect(screen.queryByTestId('print-root')).toBeNull();
  });
});

describe('typing in a visit from paper', () => {
  it('reads the date and time on the paper as Amsterdam time, never in the future', () => {
    const at = new Date('2026-10-10T18:00:00Z');
    expect(paperTimeIso('2026-10-10', '14:05', at)).toBe('2026-10-10T12:05:00.000Z');
    expect(paperTimeIso('2026-01-10', '1405', at)).toBe('2026-01-10T13:05:00.000Z');
    expect(paperTimeIso('2026-10-10', '21:00', at)).toBeUndefined();
    expect(paperTimeIso('2026-10-10', '25:00', at)).toBeUndefined();
    expect(paperTimeIso('', '14:05', at)).toBeUndefined();
  });

  it('stores the visit with the time written on the paper', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/lead/evaluation/paper-visit');
    render(<EvaluationScreen />);
    await user.click(await screen.findByTestId('paper-visit-submit'));
    expect(screen.getByText('Vul de datum en tijd van het papier in (uu:mm), niet later dan nu.')).toBeTruthy();
    const yesterday = dayKey(now - 24 * 3600_000);
    const date = screen.getByLabelText('Datum op het papier');
    await user.clear(date);
    await user.type(date, yesterday);
    await user.type(screen.getByLabelText('Tijd op het papier (uu:mm)'), '09:15');
    await user.type(screen.getByLabelText('Postcode'), '7091 AB');
    await user.type(screen.getByLabelText('Huisnummer'), '4');
    await user.click(screen.getByRole('button', { name: 'Drinkwater' }));
    await user.click(screen.getByTestId('paper-visit-submit'));
    await screen.findByTestId('paper-visit-saved');
    const [visit] = await db.visits.toArray();
    expect(visit.arrivedAt).toBe(paperTimeIso(yesterday, '09:15', new Date()));
    expect(visit.needs).toEqual(['drinkingWater']);
  });
});
