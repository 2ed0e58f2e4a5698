// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { navigate } from '../../src/app/router';
import { ScreenErrorBoundary } from '../../src/app/ScreenErrorBoundary';
import { db, setUpSite } from '../../src/db';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { settleDeskPrefetches } from './helpers';

// The settings screen fails to render, as a screen whose chunk cannot load or that has a bug.
vi.mock('../../src/features/settings/SettingsScreen', () => ({
  SettingsScreen: () => {
    throw new Error('chunk missing');
  },
}));

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  const site = await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  useSession.setState({ site: { id: site.siteId, name: site.siteName, municipality: site.municipality }, role: 'volunteer', locked: false, language: 'nl' });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});
afterAll(settleDeskPrefetches);

function Broken(): never {
  throw new Error('render failed');
}

describe('a screen that fails', () => {
  it('says so in Dutch, keeps the header with the emergency button, and another screen opens again', async () => {
    window.history.replaceState(null, '', '/settings');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Dit scherm kon niet worden geopend' })).toBeTruthy();
    expect(screen.getByText(/Alle gegevens op deze tablet zijn bewaard/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'App herladen' })).toBeTruthy();
    expect(screen.getByTestId('emergency-button')).toBeTruthy();

    act(() => navigate('/desk'));
    expect(await screen.findByRole('button', { name: 'Inschrijven' })).toBeTruthy();
    expect(screen.queryByTestId('screen-error')).toBeNull();
  });

  it('speaks German for a German session', async () => {
    useSession.setState({ language: 'de' });
    await act(() => i18next.changeLanguage('de'));
    render(
      <ScreenErrorBoundary>
        <Broken />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Dieser Bildschirm konnte nicht geöffnet werden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'App neu laden' })).toBeTruthy();
    await act(() => i18next.changeLanguage('nl'));
  });
});
