/**
 * Service worker registration and the update flow. A new version waits until a person taps
 * "reload"; it never reloads by itself while a form holds unsaved input.
 */
import type { Workbox } from 'workbox-window';
import { afterFirstScreen } from './firstScreen';
import { create } from 'zustand';
import { hasUnsavedInput } from '../state/session';

interface UpdateState {
  available: boolean;
  /** The new version took control while input was unsaved: reload when the person is ready. */
  reloadPending: boolean;
}

export const useUpdate = create<UpdateState>(() => ({ available: false, reloadPending: false }));

let workbox: Workbox | undefined;
let updateRequested = false;

/**
 * workbox-window loads from its own chunk (precached like the rest) after the first screen is
 * up, so it does not delay it; the worker is registered moments later.
 */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  afterFirstScreen(() => void import('workbox-window').then(({ Workbox }) => register(new Workbox('/sw.js'))));
}

function register(instance: Workbox) {
  workbox = instance;
  let sawWaiting = false;
  workbox.addEventListener('waiting', () => {
    sawWaiting = true;
    useUpdate.setState({ available: true });
  });
  workbox.addEventListener('controlling', (event) => {
    // The first install also takes control (clientsClaim): that is not a new version.
    // `isUpdate` only says whether a worker controlled the page when it loaded, so a version
    // that waited in this page's lifetime counts as an update too.
    if (!updateRequested && !sawWaiting && !event.isUpdate) return;
    if (updateRequested || !hasUnsavedInput()) window.location.reload();
    else useUpdate.setState({ available: false, reloadPending: true });
  });
  void workbox.register();
  // A tablet left on the desk for days should still learn about new versions.
  setInterval(() => void workbox?.update(), 30 * 60_000);
}

/** Activate the waiting version; the page reloads when it has taken control. */
export function applyUpdate() {
  updateRequested = true;
  if (useUpdate.getState().reloadPending || !workbox) {
    window.location.reload();
    return;
  }
  workbox.messageSkipWaiting();
}

export function checkForUpdate(): Promise<unknown> {
  return workbox?.update() ?? Promise.resolve();
}
