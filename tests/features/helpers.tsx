import { act } from '@testing-library/react';
import i18next from 'i18next';
import { vi } from 'vitest';
import { firstScreenShown } from '../../src/app/firstScreen';
import { whenIdle } from '../../src/app/idle';
import { useSession } from '../../src/state/session';

/** Switch the screen language the way the header toggle does. */
export async function switchLanguage(language: 'nl' | 'de') {
  await act(async () => {
    useSession.getState().setLanguage(language);
    await i18next.changeLanguage(language);
  });
}

/**
 * jsdom has no `matchMedia`; Chartist (the evaluation charts) asks it for its media queries
 * before it draws. A screen without print or other media queries matching is all a chart needs.
 */
export function stubMatchMedia() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }));
}

/**
 * For an afterAll of a file that renders the app's desk: once idle after its first screen, the
 * desk prefetches chunks (the emergency form, its own writes: afterFirstScreen). A quick file
 * must let those imports finish before its environment is torn down, or they fail in the
 * teardown (as they did once in CI). Waits for every import in flight, not a list of them, so a
 * prefetch added later is covered too.
 */
export async function settleDeskPrefetches() {
  await firstScreenShown;
  // afterFirstScreen's tasks were queued for the idle time before this wait was.
  await new Promise<void>((resolve) => whenIdle(resolve));
  await vi.dynamicImportSettled();
}
