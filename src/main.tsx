import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/serviceWorker';
import { initI18n } from './i18n';
import { useSession } from './state/session';
import './styles/app.css';
import './styles/print.css';

initI18n(useSession.getState().language);
// Ask the browser not to evict our data under storage pressure (best effort; settings shows the result).
void navigator.storage?.persist?.();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Sync starts once the first screen is up, from its own chunk (precached like the rest): the
// registration form is usable sooner on a slow tablet, and nothing is lost meanwhile, because
// everything waits in the outbox.
const startSyncWhenIdle = () => void import('./sync/runtime').then(({ startSync }) => startSync());
if ('requestIdleCallback' in window) window.requestIdleCallback(startSyncWhenIdle, { timeout: 2000 });
else setTimeout(startSyncWhenIdle, 500);
