// @vitest-environment jsdom
/**
 * The header shows who is at the tablet from its first commit; the working button (its roster
 * code is a chunk) takes over once the page is idle after the first screen, in the same place
 * and with the same words, so nothing below the header moves under a finger.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Header } from '../../src/app/Header';
import { markFirstScreenShown } from '../../src/app/firstScreen';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';

beforeAll(() => initI18n('nl'));
afterEach(() => cleanup());

describe('the header’s operator button', () => {
  it('is in place with its words from the first commit, and works once the page is idle', async () => {
    useSession.setState({ site: { id: '2b0c3e55-0000-4000-8000-000000000001', name: 'Dorpshuis Dinxperlo', municipality: 'Aalten' }, role: 'volunteer', operator: null });
    render(<Header />);
    const placeholder = screen.getByTestId('operator-button-placeholder');
    expect(placeholder.textContent).toBe('Wie bent u?');
    expect(placeholder.querySelector('.operator-name')).not.toBeNull();
    expect(screen.queryByTestId('operator-button')).toBeNull();

    markFirstScreenShown();
    const button = await screen.findByTestId('operator-button', {}, { timeout: 3000 }); // jsdom: the idle fallback timer, then the chunk
    expect(button.textContent).toBe('Wie bent u?');
    expect(button.className).toBe(placeholder.className);
    expect(screen.queryByTestId('operator-button-placeholder')).toBeNull();
  });

  it('opens the sign-in when its face is tapped before the button’s chunk is there', async () => {
    vi.resetModules(); // a page that has not been idle yet
    const fresh = { ...(await import('../../src/app/Header')), ...(await import('../../src/i18n')), ...(await import('../../src/state/session')) };
    fresh.initI18n('nl');
    fresh.useSession.setState({ site: { id: '2b0c3e55-0000-4000-8000-000000000001', name: 'Dorpshuis Dinxperlo', municipality: 'Aalten' }, role: 'volunteer', operator: null });
    render(<fresh.Header />);
    fireEvent.click(screen.getByTestId('operator-button-placeholder'));
    expect(await screen.findByText('Wie gebruikt de tablet?', {}, { timeout: 3000 })).toBeTruthy();
  });
});
