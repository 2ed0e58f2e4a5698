import { act } from '@testing-library/react';
import i18next from 'i18next';
import { vi } from 'vitest';
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
