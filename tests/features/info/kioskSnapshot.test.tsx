// @vitest-environment jsdom
/**
 * The kiosk's last screen, shown again at the next start: the screen keeps its first card in
 * the default languages (and nothing else), and src/features/info/kiosk/snapshotScript.js puts it back
 * when the live screen is slow to come, only for the same point, build, screen size and day; a
 * damaged entry is dropped, never shown.
 * (In Chromium, with the service worker and React replacing it: tests/e2e/kiosk.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, setUpSite } from '../../../src/db';
import KioskScreen from '../../../src/features/info/KioskScreen';
import { SNAPSHOT_KEY, keepKioskSnapshot, type KioskSnapshot } from '../../../src/features/info/kiosk/snapshot';
import { amsterdamDay } from '../../../src/features/info/time';
import { STARTER_CARDS } from '../../../src/features/info/starterCards';
import { initI18n } from '../../../src/i18n';
import { useSession } from '../../../src/state/session';
import { POWER, SITE, WATER } from './kioskFixtures';

const SCRIPT = readFileSync(path.resolve(__dirname, '../../../src/features/info/kiosk/snapshotScript.js'), 'utf8');

function stored(): KioskSnapshot | null {
  const text = localStorage.getItem(SNAPSHOT_KEY);
  return text ? (JSON.parse(text) as KioskSnapshot) : null;
}

/**
 * A fresh page: an empty #root and the page's stylesheet, then the classic script runs,
 * `sinceNavigation` ms after the navigation began (by default late enough to show at once).
 */
function startPage(stylesheet = '/assets/kiosk-abc123.css', sinceNavigation = 2_000): HTMLElement {
  cleanup();
  document.head.innerHTML = `<link rel="stylesheet" href="${stylesheet}">`;
  document.body.innerHTML = '<div id="root"></div>';
  const now = vi.spyOn(performance, 'now').mockReturnValue(sinceNavigation);
  try {
    new Function(SCRIPT)();
  } finally {
    now.mockRestore();
  }
  return document.getElementById('root')!;
}

beforeEach(async () => {
  localStorage.clear();
  document.head.innerHTML = '<link rel="stylesheet" href="/assets/kiosk-abc123.css">';
  initI18n('nl');
  useSession.setState({ language: 'nl', role: 'kiosk', site: SITE, theme: 'dark' });
  localStorage.setItem('noodsteunpunt-session', JSON.stringify({ state: { site: SITE, language: 'nl', theme: 'dark', role: 'kiosk' }, version: 1 }));
  window.history.replaceState(null, '', '/kiosk');
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: SITE.name, municipality: SITE.municipality });
  await db.infoCards.bulkPut([WATER, POWER, ...STARTER_CARDS.map((card) => ({ ...card, deleted: true }))]);
});
afterEach(() => cleanup());

describe('kiosk snapshot', () => {
  it('keeps the first card in both languages, without test ids or the time', async () => {
    render(<KioskScreen keepSnapshot />);
    await screen.findByText('Water bij de kerk');
    await waitFor(() => expect(stored()).not.toBeNull());
    const snapshot = stored()!;
    expect(snapshot).toMatchObject({ v: 1, site: SITE.id, css: ['/assets/kiosk-abc123.css'], width: window.innerWidth, height: window.innerHeight, day: amsterdamDay(Date.now()) });
    expect(snapshot.html).toContain('Water bij de kerk');
    expect(snapshot.html).toContain('Wasser an der Kirche');
    expect(snapshot.html).not.toContain('data-testid');
    expect(snapshot.html).toMatch(/<p class="kiosk-clock"><\/p>/);
  });

  it('keeps nothing when the app shows the kiosk, or while a resident reads another language or card', async () => {
    const { unmount } = render(<KioskScreen />);
    await screen.findByText('Water bij de kerk');
    unmount();
    expect(stored()).toBeNull();

    render(<KioskScreen keepSnapshot />);
    await screen.findByText('Water bij de kerk');
    await waitFor(() => expect(stored()).not.toBeNull());
    localStorage.removeItem(SNAPSHOT_KEY);
    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    await userEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    await screen.findByText('Stroom voor medische apparaten');
    expect(stored()).toBeNull();
  });

  it('forgets it when the kiosk is left', async () => {
    render(<KioskScreen keepSnapshot onLeave={() => undefined} />);
    await screen.findByText('Water bij de kerk');
    await waitFor(() => expect(stored()).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Infoscherm verlaten' }));
    await screen.findByTestId('kiosk-no-pin');
    await userEvent.click(screen.getByRole('button', { name: 'Verlaten' }));
    await waitFor(() => expect(stored()).toBeNull());
  });

  it('is put back by the page script, inert, with the time of the start', async () => {
    render(<KioskScreen keepSnapshot />);
    await screen.findByText('Water bij de kerk');
    await waitFor(() => expect(stored()).not.toBeNull());
    document.documentElement.removeAttribute('data-theme');

    const root = startPage();
    const holder = root.querySelector<HTMLElement>('[data-kiosk-snapshot]')!;
    expect(holder).not.toBeNull();
    expect(holder.getAttribute('aria-hidden')).toBe('true');
    expect(holder.textContent).toContain('Water bij de kerk');
    expect(holder.querySelector('.kiosk-clock')!.textContent).toMatch(/^\d\d:\d\d$/);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('waits until half a second after the navigation began, and stays away when the live screen came first', async () => {
    render(<KioskScreen keepSnapshot />);
    await screen.findByText('Water bij de kerk');
    await waitFor(() => expect(stored()).not.toBeNull());
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      // A slow start: nothing drawn yet when the time has come.
      let root = startPage(undefined, 120);
      expect(root.childElementCount).toBe(0);
      vi.advanceTimersByTime(379);
      expect(root.childElementCount).toBe(0);
      vi.advanceTimersByTime(1);
      expect(root.querySelector('[data-kiosk-snapshot]')?.textContent).toContain('Water bij de kerk');

      // A normal start: React has drawn the live screen before then.
      root = startPage(undefined, 120);
      const live = document.createElement('div');
      live.dataset.testid = 'kiosk';
      root.append(live);
      vi.advanceTimersByTime(1_000);
      expect([...root.children]).toEqual([live]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not put back for another point, another build, another screen size or another day', async () => {
    render(<KioskScreen keepSnapshot />);
    await screen.findByText('Water bij de kerk');
    await waitFor(() => expect(stored()).not.toBeNull());
    const good = stored()!;
    const variants: Partial<KioskSnapshot>[] = [{ site: '22222222-2222-4222-8222-222222222222' }, { css: ['/assets/kiosk-old999.css'] }, { width: good.width + 1 }, { day: '2026-01-01' }];
    for (const change of variants) {
      localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ ...good, ...change }));
      expect(startPage().childElementCount, JSON.stringify(change)).toBe(0);
      expect(stored(), 'a valid entry of another screen is kept').not.toBeNull();
    }
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(good));
    expect(startPage('/assets/kiosk-new456.css').childElementCount).toBe(0);
    expect(startPage().childElementCount).toBe(1);
  });

  it('drops a damaged entry and starts as without one', () => {
    localStorage.setItem(SNAPSHOT_KEY, '{"v":1,"html":');
    expect(startPage().childElementCount).toBe(0);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });

  it('drops the older snapshot when storage is too full for the newer one, so an older screen never comes back', () => {
    const screenOf = (text: string) => Object.assign(document.createElement('div'), { textContent: text });
    keepKioskSnapshot(screenOf('Drinkwater bij de kerk'), SITE.id);
    expect(stored()?.html).toContain('Drinkwater bij de kerk');
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => keepKioskSnapshot(screenOf('Drinkwater: de kerk is dicht'), SITE.id)).not.toThrow();
    full.mockRestore();
    expect(stored()).toBeNull();
  });
});
