// @vitest-environment jsdom
/**
 * The public info screen in a simulated browser: no personal data read, language switch,
 * rotation, leaving only with the site PIN, screen kept awake.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, registerVisit, setUpSite } from '../../../src/db';
import KioskScreen from '../../../src/features/info/KioskScreen';
import { hashKioskPin } from '../../../src/features/info/kioskPin';
import { STARTER_CARDS } from '../../../src/features/info/starterCards';
import { initI18n } from '../../../src/i18n';
import { useSession } from '../../../src/state/session';
import { POWER, SITE, WATER, stamp } from './kioskFixtures';

beforeEach(async () => {
  initI18n('nl');
  useSession.setState({ language: 'nl', role: 'kiosk', site: SITE });
  window.history.replaceState(null, '', '/kiosk');
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: SITE.name, municipality: SITE.municipality });
  // The starter set counts as present: these tests control which cards exist.
  await db.infoCards.bulkPut([WATER, POWER, ...STARTER_CARDS.map((card) => ({ ...card, deleted: true }))]);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const shownCard = () => screen.getByTestId('kiosk-card').dataset.cardId;
const shownLanguages = () => [...screen.getByTestId('kiosk-card').querySelectorAll('article')].map((article) => article.getAttribute('lang'));

describe('kiosk', () => {
  it('never reads visitor, report or volunteer records, and shows none', async () => {
    await registerVisit(db, {
      household: { adults: 1, children: 0, residence: 'address', postcode: '7091 AB', houseNumber: '12', language: 'nl', name: 'Jansen', flags: { medicalDevice: false, reducedMobility: false, livesAlone: true, needsFollowUp: false } },
      needs: ['information'],
    });
    const reads: string[] = [];
    const personal = [db.households, db.visits, db.reports, db.reportEvents, db.volunteers, db.shifts, db.attendance, db.signals, db.helperOffers, db.outbox, db.stockMovements];
    const hooks = personal.map((table) => {
      const hook = (record: unknown) => {
        reads.push(table.name);
        return record;
      };
      table.hook('reading', hook);
      return () => table.hook('reading').unsubscribe(hook);
    });
    try {
      render(<KioskScreen />);
      await screen.findByText('Water bij de kerk');
      expect(reads).toEqual([]);
      expect(document.body.textContent).not.toContain('Jansen');
      expect(document.body.textContent).not.toContain('7091');
    } finally {
      hooks.forEach((unsubscribe) => unsubscribe());
    }
  });

  it('shows the pinned card first, in both languages side by side; a tap switches to one language', async () => {
    const user = userEvent.setup();
    render(<KioskScreen />);
    await screen.findByText('Water bij de kerk');
    expect(shownCard()).toBe(WATER.id);
    expect(shownLanguages()).toEqual(['nl', 'de']);
    expect(screen.getByRole('heading', { level: 1, name: 'Dorpshuis Dinxperlo' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(shownLanguages()).toEqual(['de']);
    expect(screen.queryByText('Water bij de kerk')).toBeNull();
    expect(screen.getByText('Brauchen Sie Hilfe? Kommen Sie zum Empfang.')).toBeTruthy();
    expect(screen.queryByText('Hulp nodig? Kom naar de balie.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(shownLanguages()).toEqual(['nl']);
    await user.click(screen.getByRole('button', { name: /NL \+ DE/ }));
    expect(shownLanguages()).toEqual(['nl', 'de']);

    await user.click(screen.getByRole('button', { name: /Volgende/ }));
    expect(shownCard()).toBe(POWER.id);
  });

  it('moves on by itself after the card’s reading time, and not while paused', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    render(<KioskScreen />);
    await screen.findByText('Water bij de kerk');
    await act(() => vi.advanceTimersByTimeAsync(14_000));
    expect(shownCard()).toBe(WATER.id);
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(shownCard()).toBe(POWER.id);

    act(() => screen.getByTestId('kiosk-pause').click());
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(shownCard()).toBe(POWER.id);
  });

  it('hides a card the moment it expires', async () => {
    await db.infoCards.put({ ...WATER, validUntil: new Date(Date.now() - 1000).toISOString() });
    render(<KioskScreen />);
    await screen.findByText('Stroom voor medische apparaten');
    expect(screen.queryByText('Water bij de kerk')).toBeNull();
  });

  it('lets anyone leave while no PIN is set, and says the site lead must set one', async () => {
    const user = userEvent.setup();
    render(<KioskScreen />);
    await user.click(await screen.findByRole('button', { name: 'Infoscherm verlaten' }));
    expect(await screen.findByTestId('kiosk-no-pin')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Verlaten' }));
    expect(window.location.pathname).toBe('/');
    expect(useSession.getState().role).toBeNull();
  });

  it('needs the site PIN to leave once one is set, and slows down guessing', async () => {
    const user = userEvent.setup();
    await db.settings.put({ key: 'kioskPinHash', value: await hashKioskPin(SITE.id, '4711'), updatedAt: stamp });
    render(<KioskScreen />);
    await user.click(await screen.findByRole('button', { name: 'Infoscherm verlaten' }));
    const pin = await screen.findByLabelText('Pincode van het noodsteunpunt');
    await user.type(pin, '1234{Enter}');
    expect(await screen.findByText('Deze pincode klopt niet.')).toBeTruthy();
    expect(window.location.pathname).toBe('/kiosk');
    for (let attempt = 0; attempt < 4; attempt++) await user.type(pin, '0000{Enter}');
    expect(await screen.findByText(/Te veel pogingen/)).toBeTruthy();
    expect((pin as HTMLInputElement).disabled).toBe(true);
    expect(useSession.getState().role).toBe('kiosk');

    cleanup();
    render(<KioskScreen />);
    await user.click(await screen.findByRole('button', { name: 'Infoscherm verlaten' }));
    await user.type(await screen.findByLabelText('Pincode van het noodsteunpunt'), '4711{Enter}');
    await waitFor(() => expect(window.location.pathname).toBe('/'));
  });

  it('undoes the back button instead of leaving the kiosk', async () => {
    render(<KioskScreen />);
    await screen.findByText('Water bij de kerk');
    window.history.pushState(null, '', '/desk');
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(window.location.pathname).toBe('/kiosk');
  });

  it('keeps the screen awake, and asks again when the page becomes visible', async () => {
    const released: (() => void)[] = [];
    const request = vi.fn(async () => {
      const sentinel = { released: false, release: async () => void (sentinel.released = true) };
      released.push(() => (sentinel.released = true));
      return sentinel;
    });
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { wakeLock: { request } }));
    render(<KioskScreen />);
    await waitFor(() => expect(request).toHaveBeenCalledWith('screen'));
    // The browser drops the lock while the tablet sleeps or the tab is hidden.
    released.forEach((release) => release());
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2));
  });
});
