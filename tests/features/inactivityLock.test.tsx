// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, setUpSite } from '../../src/db';
import { shouldLock } from '../../src/features/lock/lockRule';
import { useInactivityLock } from '../../src/features/lock/useInactivityLock';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';

describe('shouldLock', () => {
  const base = { role: 'volunteer', lastActivityMs: 0, nowMs: 10 * 60_000, lockAfterMinutes: 10, anyPinSet: true };
  it('locks volunteer and lead tablets after the set minutes without use', () => {
    expect(shouldLock(base)).toBe(true);
    expect(shouldLock({ ...base, role: 'lead' })).toBe(true);
    expect(shouldLock({ ...base, nowMs: 9 * 60_000 })).toBe(false);
  });
  it('never locks the kiosk, a point without any PIN (nobody could unlock it), or when switched off', () => {
    expect(shouldLock({ ...base, role: 'kiosk' })).toBe(false);
    expect(shouldLock({ ...base, anyPinSet: false })).toBe(false);
    expect(shouldLock({ ...base, lockAfterMinutes: 0 })).toBe(false);
  });
});

function Probe() {
  const minutes = useInactivityLock();
  return <p data-testid="lock">{minutes === undefined ? 'open' : `locked ${minutes}`}</p>;
}

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  useSession.setState({ role: 'volunteer', operator: { volunteerId: 'v1', name: 'Anna' }, locked: false });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useInactivityLock', () => {
  it('signs the operator out after the set time, stays locked, and opens again on sign-in', async () => {
    const updatedAt = '000001764000000-00000-test';
    await db.settings.put({ key: 'lockAfterMinutes', value: 1, updatedAt });
    await db.volunteers.put({ id: '0b0c3e55-0000-4000-8000-000000000001', name: 'Anna', organisation: 'redCross', skills: [], pinHash: 'x', updatedAt });
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    render(<Probe />);
    expect(screen.getByTestId('lock').textContent).toBe('open');
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    await waitFor(() => expect(screen.getByTestId('lock').textContent).toBe('locked 1'));
    expect(useSession.getState().operator).toBeNull();
    expect(useSession.getState().locked).toBe(true);
    act(() => useSession.getState().setOperator({ volunteerId: 'v1', name: 'Anna' }));
    await waitFor(() => expect(screen.getByTestId('lock').textContent).toBe('open'));
  });

  it('does not lock a point where no volunteer has a PIN yet', async () => {
    await db.settings.put({ key: 'lockAfterMinutes', value: 1, updatedAt: '000001764000000-00000-test' });
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    render(<Probe />);
    await act(async () => {
      vi.advanceTimersByTime(5 * 60_000);
    });
    expect(screen.getByTestId('lock').textContent).toBe('open');
  });
});
