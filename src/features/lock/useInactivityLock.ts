import { useEffect, useRef } from 'react';
import { useSession } from '../../state/session';
import { useLiveDb } from '../common/useLiveDb';
import { useNow } from '../common/useNow';
import { useSiteSetting } from '../common/useSiteSetting';
import { DEFAULT_LOCK_AFTER_MINUTES, shouldLock } from './lockRule';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Locks a volunteer or site-lead tablet after a while without use: the operator is signed
 * out and the lock stays across reloads (persisted) until someone signs in with name + PIN.
 * Returns the minutes setting while locked, undefined while open.
 */
export function useInactivityLock(): number | undefined {
  const role = useSession((state) => state.role);
  const locked = useSession((state) => state.locked);
  const operator = useSession((state) => state.operator);
  const minutes = useSiteSetting('lockAfterMinutes', DEFAULT_LOCK_AFTER_MINUTES) ?? DEFAULT_LOCK_AFTER_MINUTES;
  const anyPinSet = useLiveDb(({ db }) => db.volunteers.filter((volunteer) => Boolean(volunteer.pinHash)).count(), [], 0) > 0;
  const lastActivity = useRef(0);
  const now = useNow(15_000);

  useEffect(() => {
    const touch = () => {
      lastActivity.current = Date.now();
    };
    touch(); // opening the screen counts as use

    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, touch, { passive: true, capture: true });
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, touch, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (locked || !shouldLock({ role, lastActivityMs: lastActivity.current, nowMs: now, lockAfterMinutes: minutes, anyPinSet })) return;
    useSession.setState({ locked: true, operator: null });
  }, [locked, role, now, minutes, anyPinSet]);

  // Signing in (the operator is set again) opens the tablet.
  useEffect(() => {
    if (locked && operator) {
      lastActivity.current = Date.now();
      useSession.setState({ locked: false });
    }
  }, [locked, operator]);

  return locked && (role === 'volunteer' || role === 'lead') ? minutes : undefined;
}
