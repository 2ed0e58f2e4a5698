// @vitest-environment jsdom
/**
 * The guided emergency report: only what a dispatcher cannot act without is required, the
 * errors say what to fix in Dutch and German, saving is local and queues the report first.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, registerVisit, setUpSite } from '../../src/db';
import { PRIORITY, type EmergencyReport } from '../../src/domain';
import { EmergencyReportForm } from '../../src/features/reports/EmergencyReportForm';
import '../../src/features/reports/texts';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { SAMPLE_VISIT } from '../db/helpers';

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  useSession.setState({ language: 'nl' });
  await i18next.changeLanguage('nl');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  db.outbox.hook('creating').unsubscribe(failWrite);
});

function failWrite(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

function renderForm() {
  const onSaved = vi.fn<(report: EmergencyReport) => void>();
  render(<EmergencyReportForm onSaved={onSaved} onCancel={() => undefined} />);
  return onSaved;
}

async function fillMinimum(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Levensbedreigend – nu' }));
  await user.click(screen.getByRole('button', { name: /Ambulance/ }));
  await user.click(screen.getByRole('button', { name: 'Bewusteloos / onwel' }));
  await user.type(screen.getByLabelText('Adres'), 'Markt 1, Dinxperlo');
}

describe('the emergency report form', () => {
  it('says in Dutch what a dispatcher needs and stores nothing until it is there', async () => {
    const user = userEvent.setup();
    const onSaved = renderForm();
    await user.click(screen.getByRole('button', { name: 'Noodmelding opslaan' }));
    expect(screen.getByText('Kies hoe dringend het is.')).toBeTruthy();
    expect(screen.getByText('Kies welke hulp nodig is, of "Weet niet".')).toBeTruthy();
    expect(screen.getByText('Kies wat er is gebeurd, of beschrijf het kort.')).toBeTruthy();
    expect(screen.getByText('Vul een adres in of beschrijf de plek.')).toBeTruthy();
    expect(await db.reports.count()).toBe(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says the same in German', async () => {
    useSession.setState({ language: 'de' });
    await i18next.changeLanguage('de');
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Zeitpunkt des Vorfalls (hh:mm)'), '25:70');
    await user.click(screen.getByRole('button', { name: 'Notruf speichern' }));
    expect(screen.getByText('Bitte wählen, wie dringend es ist.')).toBeTruthy();
    expect(screen.getByText('Bitte wählen, welche Hilfe gebraucht wird, oder „Weiß nicht“.')).toBeTruthy();
    expect(screen.getByText('Bitte wählen, was passiert ist, oder kurz beschreiben.')).toBeTruthy();
    expect(screen.getByText('Bitte eine Adresse eingeben oder den Ort beschreiben.')).toBeTruthy();
    expect(screen.getByText(/Bitte die Uhrzeit als hh:mm eingeben/)).toBeTruthy();
    expect(await db.reports.count()).toBe(0);
  });

  it('accepts a description instead of chips and a place description instead of an address', async () => {
    const user = userEvent.setup();
    const onSaved = renderForm();
    await user.click(screen.getByRole('button', { name: 'Dringend' }));
    await user.click(screen.getByRole('button', { name: /Weet niet/ }));
    await user.type(screen.getByLabelText('Toelichting'), 'Rookwolk boven de bossen');
    await user.type(screen.getByLabelText('Of beschrijf de plek'), 'Bos achter camping De Wildbaan');
    await user.click(screen.getByRole('button', { name: 'Noodmelding opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(await db.reports.toArray()).toMatchObject([{ service: 'unsure', incident: [], locationDescription: 'Bos achter camping De Wildbaan' }]);
  });

  it('saves at once and queues the report ahead of everything that waits', async () => {
    await registerVisit(db, SAMPLE_VISIT);
    const user = userEvent.setup();
    const onSaved = renderForm();
    await fillMinimum(user);
    await user.click(screen.getByRole('button', { name: 'Aantal betrokken personen +' }));
    await user.type(screen.getByLabelText('Naam van de melder (optioneel)'), 'Anja');
    await user.type(screen.getByLabelText('Waar wacht de melder? (optioneel)'), 'Bij de voordeur');
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Noodmelding opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const report = onSaved.mock.calls[0][0];
    expect(report).toMatchObject({
      urgency: 'lifeThreatening',
      service: 'ambulance',
      incident: ['unconscious'],
      address: 'Markt 1, Dinxperlo',
      peopleInvolved: 2,
      reporterName: 'Anja',
      reporterWaitsAt: 'Bij de voordeur',
    });
    expect(Date.parse(report.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    const [first] = await db.outbox.where('[state+priority+seq]').between(['pending', 0, 0], ['pending', 9, Infinity]).toArray();
    expect(first).toMatchObject({ type: 'report.created', priority: PRIORITY.emergency });
    expect(useSession.getState().unsavedForms.emergencyReport).toBeUndefined();
  });

  it('says plainly that there is no position when the tablet cannot tell', async () => {
    renderForm();
    expect(screen.getByTestId('position-state').dataset.state).toBe('unsupported');
    expect(screen.getByText(/Geen positie: deze tablet kan zijn positie niet bepalen/)).toBeTruthy();
  });

  it('adds the tablet’s position when asked, and says so when the lookup fails', async () => {
    let succeed = true;
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: {
        getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
          succeed ? ok({ coords: { latitude: 51.8612345, longitude: 6.6123456, accuracy: 18.4 } } as GeolocationPosition) : fail({ code: 1 } as GeolocationPositionError),
      },
    });
    const user = userEvent.setup();
    const onSaved = renderForm();
    succeed = false;
    await user.click(screen.getByRole('button', { name: /Positie van deze tablet toevoegen/ }));
    expect(screen.getByTestId('position-state').dataset.state).toBe('failed');
    succeed = true;
    await user.click(screen.getByRole('button', { name: /Positie van deze tablet toevoegen/ }));
    expect(screen.getByTestId('position-state').textContent).toContain('51.86123, 6.61235 (± 18 m)');
    await fillMinimum(user);
    await user.click(screen.getByRole('button', { name: 'Noodmelding opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0][0].position).toEqual({ lat: 51.86123, lon: 6.61235 });
  });

  it('keeps everything typed and says what to do when the tablet storage is full', async () => {
    db.outbox.hook('creating', failWrite);
    const user = userEvent.setup();
    const onSaved = renderForm();
    await fillMinimum(user);
    await user.click(screen.getByRole('button', { name: 'Noodmelding opslaan' }));
    expect((await screen.findByTestId('storage-error')).dataset.kind).toBe('quota');
    expect((screen.getByLabelText('Adres') as HTMLInputElement).value).toBe('Markt 1, Dinxperlo');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await db.reports.count()).toBe(0);
  });
});
