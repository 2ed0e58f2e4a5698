// @vitest-environment jsdom
/** The screens' translation hook (src/i18n/useTranslation.ts) in React: one language for all, again on a switch. */
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../src/i18n';
import { useTranslation } from '../src/i18n/useTranslation';

function Title({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p data-testid={id} lang={i18n.language}>
      {t('desk.today')} {t('desk.persons', { adults: 2, children: 0 })}
    </p>
  );
}

afterEach(async () => {
  cleanup();
  await act(() => i18next.changeLanguage('nl'));
});

describe('useTranslation', () => {
  it('translates into the current language and draws every screen again when it changes', async () => {
    initI18n('nl');
    render(
      <>
        <Title id="a" />
        <Title id="b" />
      </>,
    );
    expect(screen.getByTestId('a').textContent).toBe('Vandaag 2 volw. + 0 kind.');
    await act(() => i18next.changeLanguage('de'));
    for (const id of ['a', 'b']) {
      expect(screen.getByTestId(id).textContent).toBe('Heute 2 Erw. + 0 Kind.');
      expect(screen.getByTestId(id).getAttribute('lang')).toBe('de');
    }
    await act(() => i18next.changeLanguage('nl'));
    expect(screen.getByTestId('b').textContent).toBe('Vandaag 2 volw. + 0 kind.');
  });

  it('listens to i18next once for all screens, and not after the last one is gone', () => {
    initI18n('nl');
    const on = vi.spyOn(i18next, 'on');
    const off = vi.spyOn(i18next, 'off');
    const { unmount } = render(
      <>
        <Title id="c" />
        <Title id="d" />
      </>,
    );
    expect(on.mock.calls.filter(([event]) => event === 'languageChanged')).toHaveLength(1);
    unmount();
    expect(off.mock.calls.filter(([event]) => event === 'languageChanged')).toHaveLength(1);
    vi.restoreAllMocks();
  });
});
