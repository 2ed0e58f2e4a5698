// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE_IDS } from '../../src/domain/lead';
import { createEmergencyReport, createSitrep, db, moveStock, recordAttendance, registerVisit, saveVolunteer, seedCatalogue, setSiteSetting, setUpSite } from '../../src/db/lead';
import LeadSettings from '../../src/features/lead/LeadSettings';
import SitrepScreen from '../../src/features/sitrep/SitrepScreen';
import { SitrepReminder } from '../../src/features/sitrep/SitrepReminder';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { switchLanguage } from './helpers';

const FLAGS = { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false };

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  useSession.setState({ operator: { volunteerId: crypto.randomUUID(), name: 'Anna' }, role: 'lead' });
  window.history.replaceState(null, '', '/lead/stock');
});
afterEach(async () => {
  cleanup();
  await switchLanguage('nl');
});

describe('sitrep', () => {
  it('composes the report from live figures and the lead’s note in one tap', async () => {
    const user = userEvent.setup();
    await seedCatalogue(db);
    await moveStock(db, 'received', { itemId: CATALOGUE_IDS.generatorFuel, quantity: 45.5, by: 'A' });
    await registerVisit(db, { household: { adults: 2, children: 0, residence: 'passingThrough', language: 'de', flags: FLAGS }, needs: ['drinkingWater', 'food'] });
    await registerVisit(db, { household: { adults: 1, children: 0, residence: 'passingThrough', language: 'nl', flags: FLAGS }, needs: ['drinkingWater'] });
    await createEmergencyReport(db, { service: 'ambulance', incident: [], description: 'Val van trap', urgency: 'urgent', peopleInvolved: 1, occurredAt: new Date().toISOString() });
    const volunteer = await saveVolunteer(db, { name: 'Piet', organisation: 'citizen', skills: [] });
    await recordAttendance(db, volunteer.id, 'checkIn');

    render(<SitrepScreen />);
    await waitFor(() => expect(screen.getByTestId('sitrep-visitors-today').textContent).toBe('2'));
    expect(screen.getByTestId('sitrep-open-reports').textContent).toBe('1');
    expect(screen.getByTestId('sitrep-staff').textContent).toBe('1');
    expect(screen.getByTestId('sitrep-fuel').textContent).toBe('45.5 L');
    await user.type(screen.getByLabelText('Toelichting (wat de cijfers niet zeggen)'), 'Waterdruk valt weg in Suderwick');
    await user.click(screen.getByTestId('send-sitrep'));
    await screen.findByTestId('sitrep-sent');
    const [sitrep] = await db.sitreps.toArray();
    expect(sitrep).toMatchObject({
      summary: 'Waterdruk valt weg in Suderwick',
      visitorsToday: 2,
      visitorsLastHour: 2,
      openReports: 1,
      staffOnSite: 1,
      itemsBelowMinimum: 10,
      generatorFuelLitres: 45.5,
      needCounts: [
        { need: 'drinkingWater', count: 2 },
        { need: 'food', count: 1 },
      ],
      by: 'Anna',
    });
    expect(await db.outbox.where('type').equals('sitrep.created').count()).toBe(1);
  });

  it('reminds the lead when the interval has passed since the last sitrep', async () => {
    await setSiteSetting(db, 'sitrepIntervalMinutes', 60);
    await createSitrep(db, { summary: 'x', by: 'A' }, new Date(Date.now() - 90 * 60_000));
    render(<SitrepReminder />);
    expect((await screen.findByTestId('sitrep-reminder')).textContent).toMatch(/Tijd voor een situatierapport \(het laatste was om \d\d:\d\d\)/);
    cleanup();
    await createSitrep(db, { summary: 'y', by: 'A' });
    render(<SitrepReminder />);
    await waitFor(async () => expect(await db.sitreps.count()).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('sitrep-reminder')).toBeNull();
  });
});

describe('point settings', () => {
  it('shares settings through the outbox and checks the kiosk PIN, in both languages', async () => {
    const user = userEvent.setup();
    render(<LeadSettings />);
    await user.click(await screen.findByTestId('collect-names-on'));
    await waitFor(async () => expect((await db.settings.get('collectNames'))?.value).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Elke 3 uur' }));
    await waitFor(async () => expect((await db.settings.get('sitrepIntervalMinutes'))?.value).toBe(180));
    await user.type(screen.getByLabelText('Nieuwe PIN (4 cijfers)'), '12');
    await user.click(screen.getByRole('button', { name: 'PIN opslaan' }));
    expect(screen.getByText('Een PIN is precies 4 cijfers.')).toBeTruthy();
    await switchLanguage('de');
    await user.click(screen.getByRole('button', { name: 'PIN speichern' }));
    expect(screen.getByText('Eine PIN hat genau 4 Ziffern.')).toBeTruthy();
    await user.type(screen.getByLabelText('Neue PIN (4 Ziffern)'), '34');
    await user.click(screen.getByRole('button', { name: 'PIN speichern' }));
    await screen.findByText(/PIN gespeichert/);
    const hash = (await db.settings.get('kioskPinHash'))?.value;
    expect(String(hash)).toMatch(/^pbkdf2-sha256\$/);
    expect(await db.outbox.where('type').equals('site.settingChanged').count()).toBe(3);
  });
});
