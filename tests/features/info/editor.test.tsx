// @vitest-environment jsdom
/**
 * The site lead's info card editor: both languages side by side, translations that are
 * missing or older flagged, bulletins read-only, expired cards gone, posters printed.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, setUpSite } from '../../../src/db';
import { formatHlc, type InfoCard } from '../../../src/domain';
import InfoEditorScreen from '../../../src/features/info/InfoEditorScreen';
import { STARTER_CARDS } from '../../../src/features/info/starterCards';
import { initI18n } from '../../../src/i18n';
import { useSession } from '../../../src/state/session';

// One moment for all the fixtures: two stamps of the same age made by two Date.now() calls
// differ when the clock ticks between them (a loaded CI machine), and the card "in sync" then
// has one language a millisecond older than the other.
const NOW = Date.now();
const stamp = (minutesAgo: number) => formatHlc({ wallMs: NOW - minutesAgo * 60_000, counter: 0, node: 'tablet-a' });

function card(id: string, patch: Partial<InfoCard>): InfoCard {
  return {
    id,
    category: 'drinkingWater',
    source: 'site',
    version: 1,
    pinned: false,
    sample: false,
    deleted: false,
    updatedAt: stamp(5),
    ...patch,
  };
}

const MISSING_DE = card('00000000-0000-4000-8000-0000000000a1', { nl: { title: 'Water bij de kerk', body: 'Elke dag.', updatedAt: stamp(5) } });
const OLDER_DE = card('00000000-0000-4000-8000-0000000000a2', {
  category: 'power',
  nl: { title: 'Stroom laden', body: 'Alleen voor medische apparaten.', updatedAt: stamp(2) },
  de: { title: 'Strom laden', body: 'Nur für medizinische Geräte.', updatedAt: stamp(30) },
});
const IN_SYNC = card('00000000-0000-4000-8000-0000000000a3', {
  category: 'relatives',
  nl: { title: 'Familie zoeken', body: 'Vraag het aan de balie.', updatedAt: stamp(10) },
  de: { title: 'Familie suchen', body: 'Fragen Sie am Empfang.', updatedAt: stamp(10) },
});
const BULLETIN = card('00000000-0000-4000-8000-0000000000b1', {
  category: 'officialNotice',
  source: 'coordination',
  version: 4,
  nl: { title: 'Kookadvies opgeheven', body: 'Kraanwater is weer veilig.', updatedAt: stamp(1) },
  de: { title: 'Abkochgebot aufgehoben', body: 'Leitungswasser ist wieder sicher.', updatedAt: stamp(1) },
});
const EXPIRED = card('00000000-0000-4000-8000-0000000000c1', {
  nl: { title: 'Oude waterpost', body: 'Gesloten.', updatedAt: stamp(600) },
  de: { title: 'Alte Wasserstelle', body: 'Geschlossen.', updatedAt: stamp(600) },
  validUntil: new Date(Date.now() - 60_000).toISOString(),
});

beforeEach(async () => {
  initI18n('nl');
  useSession.setState({ language: 'nl', site: { id: 'site-1', name: 'Dorpshuis Dinxperlo', municipality: 'Aalten' } });
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis Dinxperlo', municipality: 'Aalten' });
  await db.infoCards.bulkPut([MISSING_DE, OLDER_DE, IN_SYNC, BULLETIN, EXPIRED]);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const item = async (id: string) => {
  await waitFor(() => expect(document.querySelector(`[data-card-id="${id}"]`)).toBeTruthy());
  return within(document.querySelector(`[data-card-id="${id}"]`) as HTMLElement);
};

describe('info card editor', () => {
  it('flags a missing and an older translation in the list, and not a card that is in sync', async () => {
    render(<InfoEditorScreen />);
    expect((await item(MISSING_DE.id)).getByText('Duits ontbreekt')).toBeTruthy();
    expect((await item(OLDER_DE.id)).getByText('Duits is ouder dan de andere taal: nalezen')).toBeTruthy();
    expect((await item(IN_SYNC.id)).queryAllByTestId('translation-flag')).toHaveLength(0);
  });

  it('shows Dutch and German side by side with labels in the tablet’s language (NL and DE)', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<InfoEditorScreen />);
    await user.click(await screen.findByRole('button', { name: 'Nieuwe kaart' }));
    expect(screen.getByLabelText('Titel (Nederlands)')).toBeTruthy();
    expect(screen.getByLabelText('Titel (Duits)')).toBeTruthy();
    expect(screen.getByLabelText('Tekst (Nederlands)')).toBeTruthy();
    expect(screen.getByLabelText('Tekst (Duits)')).toBeTruthy();
    unmount();

    act(() => {
      initI18n('de');
      useSession.setState({ language: 'de' });
    });
    render(<InfoEditorScreen />);
    await user.click(await screen.findByRole('button', { name: 'Neue Karte' }));
    expect(screen.getByLabelText('Titel (Niederländisch)')).toBeTruthy();
    expect(screen.getByLabelText('Titel (Deutsch)')).toBeTruthy();
    expect(screen.getByLabelText('Text (Deutsch)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Englischen Text hinzufügen' }));
    expect(screen.getByLabelText('Titel (Englisch)')).toBeTruthy();
  });

  it('flags the other language while editing one, saves with a message, and clears the flag once translated', async () => {
    const user = userEvent.setup();
    render(<InfoEditorScreen />);
    await user.click((await item(IN_SYNC.id)).getByRole('button', { name: /^Bewerken/ }));
    const form = within(screen.getByTestId('info-card-form'));
    await user.type(form.getByLabelText('Tekst (Nederlands)'), ' Of bij de kerk.');
    expect(form.getByText('Duits is ouder dan de andere taal: nalezen')).toBeTruthy();
    await user.click(form.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText(/Opgeslagen om/);
    expect((await item(IN_SYNC.id)).getByText('Duits is ouder dan de andere taal: nalezen')).toBeTruthy();
    expect(await db.outbox.where('type').equals('infocard.saved').count()).toBe(1);

    await user.click((await item(IN_SYNC.id)).getByRole('button', { name: /^Bewerken/ }));
    await user.type(within(screen.getByTestId('info-card-form')).getByLabelText('Tekst (Duits)'), ' Oder an der Kirche.');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(async () => expect((await db.infoCards.get(IN_SYNC.id))?.de?.body).toMatch(/Kirche/));
    await waitFor(async () => expect((await item(IN_SYNC.id)).queryAllByTestId('translation-flag')).toHaveLength(0));
  });

  it('says what to fix instead of saving a card without text', async () => {
    const user = userEvent.setup();
    render(<InfoEditorScreen />);
    await user.click(await screen.findByRole('button', { name: 'Nieuwe kaart' }));
    await user.type(screen.getByLabelText('Tekst (Duits)'), 'Nur Text, kein Titel');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Geef een titel.')).toBeTruthy();
    expect(await db.outbox.count()).toBe(0);
  });

  it('shows bulletins of the coordination point read-only and hides expired cards', async () => {
    render(<InfoEditorScreen />);
    const bulletin = await item(BULLETIN.id);
    expect(bulletin.getByText('Van het coördinatiepunt (alleen lezen)')).toBeTruthy();
    expect(bulletin.queryByRole('button', { name: /^Bewerken/ })).toBeNull();
    expect(bulletin.queryByRole('button', { name: /^Verwijderen/ })).toBeNull();
    expect(screen.queryByText('Oude waterpost')).toBeNull();
    expect(screen.getByText('1 verlopen kaart wordt niet meer getoond.')).toBeTruthy();
  });

  it('adds the starter set once, as samples to check', async () => {
    render(<InfoEditorScreen />);
    await screen.findByText(/Er staan 7 voorbeeldkaarten klaar/);
    const sample = await item(STARTER_CARDS[0].id);
    expect(sample.getByText('Voorbeeld: nalezen')).toBeTruthy();
    expect(sample.getByText('Noodgeval? Kom hierheen')).toBeTruthy();
    expect(sample.getByText('Notfall? Kommen Sie hierher')).toBeTruthy();
  });

  it('prints a poster in both languages with the point’s name, after switching to the print layout', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.querySelector('[data-testid="print-root"]')?.textContent).toContain('Abkochgebot aufgehoben');
    });
    render(<InfoEditorScreen />);
    await user.click((await item(BULLETIN.id)).getByRole('button', { name: /^Poster afdrukken/ }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = document.querySelector('[data-testid="print-root"]') as HTMLElement;
    expect(sheet.parentElement).toBe(document.body);
    expect(sheet.textContent).toContain('Kookadvies opgeheven');
    expect(sheet.textContent).toContain('Dorpshuis Dinxperlo');
    expect(sheet.querySelectorAll('.print-page')).toHaveLength(1);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await waitFor(() => expect(document.querySelector('[data-testid="print-root"]')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Informatiebord afdrukken' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    const board = document.querySelector('[data-testid="print-root"]') as HTMLElement;
    expect(board.dataset.kind).toBe('board');
    expect(board.textContent).toContain('Stroom laden');
    expect(board.textContent).not.toContain('Oude waterpost');
  });
});
