// @vitest-environment jsdom
/** Signals from the neighbourhood and offers of help: forms with errors in Dutch and German, lists. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, setUpSite } from '../../src/db';
import { checkEnvelope } from '../../src/domain';
import HelpersScreen from '../../src/features/helpers/HelpersScreen';
import SignalsScreen from '../../src/features/signals/SignalsScreen';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';

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

describe('signals', () => {
  it('say in Dutch what is missing', async () => {
    const user = userEvent.setup();
    render(<SignalsScreen />);
    await user.click(screen.getByRole('button', { name: 'Signaal opslaan' }));
    expect(screen.getByText('Kies een soort.')).toBeTruthy();
    expect(screen.getByText('Beschrijf kort wat er aan de hand is.')).toBeTruthy();
    expect(await db.signals.count()).toBe(0);
  });

  it('say in German what is missing', async () => {
    await inGerman();
    const user = userEvent.setup();
    render(<SignalsScreen />);
    await user.click(screen.getByRole('button', { name: 'Hinweis speichern' }));
    expect(screen.getByText('Bitte eine Art wählen.')).toBeTruthy();
    expect(screen.getByText('Bitte kurz beschreiben, was los ist.')).toBeTruthy();
  });

  it('are saved with their message and listed newest first, waiting for the connection', async () => {
    const user = userEvent.setup();
    render(<SignalsScreen />);
    await user.click(screen.getByRole('button', { name: 'Water' }));
    await user.type(screen.getByLabelText('Waar? (optioneel)'), 'Flat Kerkstraat 10-40');
    await user.type(screen.getByLabelText('Wat is er aan de hand?'), 'Geen waterdruk boven de 3e verdieping');
    await user.click(screen.getByRole('button', { name: 'Signaal opslaan' }));
    await screen.findByTestId('signal-saved');
    await user.click(screen.getByRole('button', { name: 'Anders / gerucht' }));
    await user.type(screen.getByLabelText('Wat is er aan de hand?'), 'Gerucht: drinkwater bij de kerk is op');
    await user.click(screen.getByRole('button', { name: 'Signaal opslaan' }));

    const list = screen.getByTestId('signal-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [newest, oldest] = within(list).getAllByRole('listitem');
    expect(newest.textContent).toContain('Gerucht: drinkwater bij de kerk is op');
    expect(oldest.textContent).toContain('Water · Flat Kerkstraat 10-40');
    expect(oldest.textContent).toContain('wacht op verbinding');
    const entries = await db.outbox.where('type').equals('signal.created').toArray();
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => checkEnvelope(entry.envelope).ok)).toBe(true);
    expect((screen.getByLabelText('Wat is er aan de hand?') as HTMLTextAreaElement).value).toBe('');
  });
});

describe('helper offers', () => {
  it('say in Dutch and in German what is missing', async () => {
    const user = userEvent.setup();
    render(<HelpersScreen />);
    await user.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    expect(screen.getByText('Vul een naam in (van de persoon of het initiatief).')).toBeTruthy();
    expect(screen.getByText('Beschrijf kort wat er wordt aangeboden.')).toBeTruthy();
    await inGerman();
    await user.click(screen.getByRole('button', { name: 'Angebot speichern' }));
    expect(await screen.findByText('Bitte einen Namen eingeben (Person oder Initiative).')).toBeTruthy();
    expect(screen.getByText('Bitte kurz beschreiben, was angeboten wird.')).toBeTruthy();
    expect(await db.helperOffers.count()).toBe(0);
  });

  it('are saved with availability and contact, and listed for the site lead to match', async () => {
    const user = userEvent.setup();
    render(<HelpersScreen />);
    await user.type(screen.getByLabelText('Naam (persoon of initiatief)'), 'Soepkeuken De Linde');
    await user.type(screen.getByLabelText('Wat kan hij/zij doen of bieden?'), 'Warme soep voor 80 mensen');
    await user.type(screen.getByLabelText('Wanneer beschikbaar? (optioneel)'), 'dagelijks 12-14 uur');
    await user.type(screen.getByLabelText('Bereikbaar via (optioneel)'), 'Marktstraat 3');
    await user.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    await screen.findByTestId('helper-saved');
    const item = await within(screen.getByTestId('helper-list')).findByRole('listitem');
    expect(item.textContent).toContain('Soepkeuken De Linde · dagelijks 12-14 uur');
    expect(item.textContent).toContain('Marktstraat 3');
    expect(await db.helperOffers.toArray()).toMatchObject([{ availability: 'dagelijks 12-14 uur', contact: 'Marktstraat 3' }]);
    expect(await db.outbox.where('type').equals('helper.offered').count()).toBe(1);
  });
});
