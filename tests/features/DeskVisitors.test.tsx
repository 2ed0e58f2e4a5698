// @vitest-environment jsdom
/**
 * The desk's visitor screens: names only when the site lead allows them, returning households
 * found as you type and registered in two taps, what they received and asked today, and the
 * needs counted today. Validation in Dutch and German.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, recordStockMovement, registerVisit, setSiteSetting, setUpSite } from '../../src/db';
import { newId } from '../../src/domain';
import { RegisterVisitForm } from '../../src/features/visitors/RegisterVisitForm';
import { TodayPanel } from '../../src/features/visitors/TodayPanel';
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
afterEach(cleanup);

async function inGerman() {
  useSession.setState({ language: 'de' });
  await i18next.changeLanguage('de');
}

describe('name and phone, a site lead setting', () => {
  it('are not asked while the setting is off (the default)', async () => {
    render(<RegisterVisitForm />);
    await screen.findByLabelText('Postcode');
    expect(screen.queryByLabelText('Naam (optioneel)')).toBeNull();
    expect(screen.queryByLabelText('Telefoon (optioneel)')).toBeNull();
  });

  it('are asked and stored once the site lead switches them on, without a reload', async () => {
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    await screen.findByLabelText('Postcode');
    await setSiteSetting(db, 'collectNames', true);
    await user.type(await screen.findByLabelText('Naam (optioneel)'), 'Jansen');
    await user.type(screen.getByLabelText('Telefoon (optioneel)'), '+31 6 1234 5678');
    await user.type(screen.getByLabelText('Postcode'), '7091ab');
    await user.type(screen.getByLabelText('Huisnummer'), '12');
    await user.click(screen.getByRole('button', { name: 'Drinkwater' }));
    await user.click(screen.getByRole('button', { name: 'Inschrijven' }));
    await screen.findByTestId('register-saved');
    expect(await db.households.toArray()).toMatchObject([{ name: 'Jansen', nameKey: 'jansen', phone: '+31 6 1234 5678' }]);
  });

  it('says what is wrong with a phone number, in Dutch and in German', async () => {
    await setSiteSetting(db, 'collectNames', true);
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    await user.type(await screen.findByLabelText('Telefoon (optioneel)'), 'bel de buren');
    await user.click(screen.getByRole('button', { name: 'Inschrijven' }));
    expect(screen.getByText(/Een telefoonnummer bestaat uit cijfers/)).toBeTruthy();
    await inGerman();
    await user.click(screen.getByRole('button', { name: 'Erfassen' }));
    expect(await screen.findByText(/Eine Telefonnummer besteht aus Ziffern/)).toBeTruthy();
    expect(screen.getByText('Bitte Hausnummer eingeben.')).toBeTruthy();
    expect(screen.getByText('Bitte mindestens einen Grund wählen.')).toBeTruthy();
    expect(await db.visits.count()).toBe(0);
  });
});

describe('returning households', () => {
  it('finds a household by postcode and house number and registers its next visit in two taps', async () => {
    const first = await registerVisit(db, SAMPLE_VISIT, new Date(Date.now() - 86_400_000));
    await registerVisit(db, { ...SAMPLE_VISIT, household: { ...SAMPLE_VISIT.household, houseNumber: '14' } });
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    await user.type(screen.getByLabelText('Zoek een bekend huishouden'), '7091ab 12');
    const results = await screen.findByTestId('search-results');
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    expect(results.textContent).toContain('7091 AB 12');

    await user.click(within(results).getByRole('button', { name: 'Nieuw bezoek' })); // tap 1
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('7091 AB');
    expect(screen.getByRole('button', { name: 'Drinkwater' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Inschrijven' })); // tap 2
    await screen.findByTestId('register-saved');
    // Nothing corrected in the form, so the message names no household field: it cannot undo
    // a correction another desk made meanwhile (src/domain/householdMerge.ts).
    const sent = (await db.outbox.where('type').equals('visit.registered').toArray()).at(-1)!.envelope.payload as { changed?: string[] };
    expect(sent.changed).toEqual([]);

    expect(await db.households.count()).toBe(2);
    expect(await db.visits.where('householdId').equals(first.householdId).count()).toBe(2);
    expect(screen.queryByTestId('returning-household')).toBeNull();
  });

  it('shows what the household received today and what it asked for today', async () => {
    const itemId = newId();
    await db.stockItems.add({ id: itemId, name: { nl: 'Flessen water', de: 'Wasserflaschen' }, unit: 'st.', minimum: 10, updatedAt: '000001764000000-00000-x' });
    const visit = await registerVisit(db, { ...SAMPLE_VISIT, needs: ['drinkingWater', 'other'], needOther: 'Batterijen' });
    await recordStockMovement(db, { itemId, kind: 'issued', delta: -6, householdId: visit.householdId, by: 'Uitgifte' });
    await recordStockMovement(db, { itemId, kind: 'issued', delta: -2, householdId: visit.householdId, by: 'Uitgifte' }, new Date(Date.now() - 2 * 86_400_000));
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    await user.type(screen.getByLabelText('Zoek een bekend huishouden'), '7091 AB');
    await user.click(await screen.findByRole('button', { name: 'Nieuw bezoek' }));
    const card = await screen.findByTestId('returning-household');
    expect((await within(card).findByTestId('received-today')).textContent).toMatch(/6 st\. Flessen water/);
    expect(within(card).getByTestId('received-today').textContent).not.toMatch(/2 st\./);
    expect(within(card).getByTestId('open-needs').textContent).toBe('Drinkwater, Anders, Batterijen');
  });

  it('finds a household by the start of its name when names are recorded', async () => {
    await setSiteSetting(db, 'collectNames', true);
    await registerVisit(db, { ...SAMPLE_VISIT, household: { ...SAMPLE_VISIT.household, name: 'Özdemir' } });
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    expect((await screen.findByText(/of het begin van de naam/)).id).toBe(screen.getByLabelText('Zoek een bekend huishouden').getAttribute('aria-describedby'));
    await user.type(screen.getByLabelText('Zoek een bekend huishouden'), 'öz');
    expect((await screen.findByTestId('search-results')).textContent).toContain('Özdemir');
  });

  it('says so when nothing is found, and goes back to a new household on request', async () => {
    await registerVisit(db, SAMPLE_VISIT);
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    await user.type(screen.getByLabelText('Zoek een bekend huishouden'), '1234 ZZ');
    expect(await screen.findByText(/Geen huishouden gevonden/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Zoek een bekend huishouden'));
    await user.type(screen.getByLabelText('Zoek een bekend huishouden'), '7091 AB 12');
    await user.click(await screen.findByRole('button', { name: 'Nieuw bezoek' }));
    await user.click(screen.getByRole('button', { name: 'Ander huishouden' }));
    expect(screen.queryByTestId('returning-household')).toBeNull();
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('');
  });
});

describe('today at a glance', () => {
  it('counts the needs of today’s visits', async () => {
    await registerVisit(db, SAMPLE_VISIT);
    await registerVisit(db, { ...SAMPLE_VISIT, needs: ['drinkingWater', 'food'] });
    await registerVisit(db, { ...SAMPLE_VISIT, needs: ['food'] }, new Date(Date.now() - 3 * 86_400_000));
    render(<TodayPanel />);
    const counts = await screen.findByTestId('need-counts');
    const count = (need: string) => counts.querySelector(`[data-need="${need}"] strong`)?.textContent;
    await waitFor(() => expect(count('drinkingWater')).toBe('2'));
    expect(count('food')).toBe('1');
    expect(count('devicePower')).toBe('1');
    expect(count('warmth')).toBeUndefined();
  });
});
