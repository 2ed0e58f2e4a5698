import { act } from '@testing-library/react';
import i18next from 'i18next';
import { useSession } from '../../src/state/session';

/** Switch the screen language the way the header toggle does. */
export async function switchLanguage(language: 'nl' | 'de') {
  await act(async () => {
    useSession.getState().setLanguage(language);
    await i18next.changeLanguage(language);
  });
}
