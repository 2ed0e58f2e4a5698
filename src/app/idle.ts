/** Runs `task` once the page is idle (at the latest after `timeoutMs`): work that must not delay the first screen. */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, Math.min(500, timeoutMs));
}
