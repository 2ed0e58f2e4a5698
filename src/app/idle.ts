/** Runs `task` once the page is idle (at the latest after `timeoutMs`): work that must not delay the first screen. */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, Math.min(500, timeoutMs));
}

/**
 * Resolves after the next frame has been drawn (setTimeout after a frame callback); where the
 * page has no frames (a hidden tab, jsdom), after a timer.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
