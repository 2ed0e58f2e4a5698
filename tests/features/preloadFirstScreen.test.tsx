// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App, preloadFirstScreen } from '../../src/app/App';
import { lazyScreen } from '../../src/app/lazyScreen';
import { db, setUpSite } from '../../src/db';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { settleDeskPrefetches } from './helpers';

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  const site = await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  useSession.setState({ site: { id: site.siteId, name: site.siteName, municipality: site.municipality }, role: 'volunteer', locked: false });
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
afterAll(settleDeskPrefetches);

describe('the first screen of a cold start', () => {
  it('renders the desk form in the first render once its screen is preloaded: no loading fallback in between', async () => {
    window.history.replaceState(null, '', '/desk');
    await preloadFirstScreen('/desk', useSession.getState());
    // Rendered without awaiting anything: the form is there in the very first commit.
    act(() => {
      render(<App />);
    });
    expect(screen.getByRole('button', { name: 'Inschrijven' })).toBeTruthy();
    expect(document.querySelector('.main .loading')).toBeNull();
  });

  it('opens "/" (where the home-screen icon starts) on the role\'s home at once, its tab preloaded, and puts its address in the bar', async () => {
    useSession.setState({ role: 'lead' });
    await preloadFirstScreen('/', useSession.getState());
    act(() => {
      render(<App />);
    });
    expect(document.querySelector('.lead [data-tab="stock"][aria-current="page"]')).not.toBeNull();
    expect(document.querySelector('.main .loading')).toBeNull();
    expect(window.location.pathname).toBe('/lead');
  });

  it('preloads a deep link\'s tab', async () => {
    useSession.setState({ role: 'lead' });
    window.history.replaceState(null, '', '/lead/roster');
    await preloadFirstScreen('/lead/roster', useSession.getState());
    act(() => {
      render(<App />);
    });
    expect(document.querySelector('.lead [data-tab="roster"][aria-current="page"]')).not.toBeNull();
    expect(document.querySelector('.main .loading')).toBeNull();
  });
});

describe('lazyScreen', () => {
  it('suspends like React.lazy when it was not preloaded, and loads the chunk once', async () => {
    let loads = 0;
    let release: () => void = () => {};
    const loaded = new Promise<void>((resolve) => (release = resolve));
    const Screen = lazyScreen(async () => {
      loads += 1;
      await loaded;
      return { default: ({ word }: { word: string }) => <p>{word}</p> };
    });
    render(
      <Suspense fallback={<p>laden</p>}>
        <Screen word="klaar" />
      </Suspense>,
    );
    expect(screen.getByText('laden')).toBeTruthy();
    const preloading = Screen.preload();
    release();
    await preloading;
    expect(await screen.findByText('klaar')).toBeTruthy();
    expect(loads).toBe(1);
  });

  it('tries a failed chunk again on the next preload', async () => {
    let attempts = 0;
    const Screen = lazyScreen(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk missing');
      return { default: () => <p>er</p> };
    });
    await expect(Screen.preload()).rejects.toThrow('chunk missing');
    await Screen.preload();
    act(() => {
      render(<Screen />);
    });
    expect(screen.getByText('er')).toBeTruthy();
  });
});
