/**
 * The screen a person opened (the desk's registration form, a kiosk card, the lead's tab) says
 * when it is up; work that can wait (the sync engine, the service worker, prefetches, the
 * operator button's roster code) starts after that, so on a slow tablet it does not compete
 * with the first screen for the CPU. A screen that never says so is covered by a time limit.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { whenIdle } from './idle';

const AT_THE_LATEST_MS = 3000;

let shown = false;
const listeners = new Set<() => void>();
let resolveShown: () => void = () => {};
export const firstScreenShown = new Promise<void>((resolve) => {
  resolveShown = resolve;
});

export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  resolveShown();
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') setTimeout(markFirstScreenShown, AT_THE_LATEST_MS);

/** Runs `task` when the page is idle after the first screen is up. */
export function afterFirstScreen(task: () => void): void {
  void firstScreenShown.then(() => whenIdle(task));
}

/** True once the first screen is up: for parts of the page that can appear a moment later. */
export function useFirstScreenShown(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => shown,
  );
}

/**
 * Put inside the Suspense boundary of a screen's content: it commits together with that
 * content, so its effect runs when the screen is really there.
 */
export function ScreenShown(): null {
  useEffect(markFirstScreenShown, []);
  return null;
}
