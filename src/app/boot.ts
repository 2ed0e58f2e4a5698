/**
 * What every entry (the tablet app, src/main.tsx, and the lean kiosk, src/kiosk.tsx) does
 * around its first render: keep the data, install the service worker, start sync.
 */
import { afterFirstScreen } from './firstScreen';
import { registerServiceWorker } from './serviceWorker';

export function beforeFirstRender(): void {
  // Ask the browser not to evict our data under storage pressure (best effort; settings shows
  // the result). Once the first screen is up: the request costs the start 3-4 ms at 4x.
  afterFirstScreen(() => void navigator.storage?.persist?.());
  registerServiceWorker();
}

/**
 * Sync starts once the first screen is up and the page is idle, from its own chunk (precached like the rest): the
 * first screen is usable sooner on a slow tablet, and nothing is lost meanwhile, because
 * everything waits in the outbox.
 */
export function startSyncWhenIdle(): void {
  afterFirstScreen(() => void import('../sync/runtime').then(({ startSync }) => startSync()));
}
