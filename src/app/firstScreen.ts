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
let resolveShown: () => void = () => {};
export const firstScreenShown = new Promise<void>((resolve) => {
  resolveShown = resolve;
});

export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  resolveShown();
}

if (typeof window !== 'undefined') setTimeout(markFirstScreenShown, AT_THE_LATEST_MS);

/** Runs `task` when the page is idle after the first screen is up. */
export function afterFirstScreen(task: () => void): void {
  void firstScreenShown.then(() => whenIdle(task));
}

let settled = false;
const settledListeners = new Set<() => void>();
if (typeof window !== 'undefined')
  afterFirstScreen(() => {
    settled = true;
    for (const listener of settledListeners) listener();
  });

/**
 * True once the page is idle after the first screen: for parts of the page that can appear a
 * moment later. Not at the first screen's commit: a part that loads a chunk then (the operator
 * button: 30 module preloads) would run in the same breath as the screen's first paint.
 */
export function useAfterFirstScreen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      settledListeners.add(listener);
      return () => settledListeners.delete(listener);
    },
    () => settled,
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
