// @vitest-environment jsdom
/**
 * The session store (src/state/session.ts): what it keeps in localStorage, and that a form's
 * "nothing typed" on its first render writes nothing there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../src/state/session';

const KEY = 'noodsteunpunt-session';

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    useSession.setState({ unsavedForms: {}, language: 'nl' });
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the persisted keys and not the unsaved-form flags', () => {
    useSession.getState().setLanguage('de');
    useSession.getState().setUnsaved('registerVisit', true);
    const kept = JSON.parse(localStorage.getItem(KEY)!) as { state: Record<string, unknown> };
    expect(kept.state.language).toBe('de');
    expect(kept.state).not.toHaveProperty('unsavedForms');
    expect(useSession.getState().unsavedForms).toEqual({ registerVisit: true });
    useSession.getState().setUnsaved('registerVisit', false);
    expect(useSession.getState().unsavedForms).toEqual({});
  });

  it('writes nothing when a form reports the state it already has', () => {
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    const listener = vi.fn();
    const unsubscribe = useSession.subscribe(listener);
    useSession.getState().setUnsaved('registerVisit', false);
    expect(writes).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();

    useSession.getState().setUnsaved('registerVisit', true);
    useSession.getState().setUnsaved('registerVisit', true);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
