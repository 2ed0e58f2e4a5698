import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/serviceWorker';
import { initI18n } from './i18n';
import { useSession } from './state/session';
import { startSync } from './sync/runtime';
import './styles/app.css';
import './styles/print.css';

initI18n(useSession.getState().language);
// Ask the browser not to evict our data under storage pressure (best effort; settings shows the result).
void navigator.storage?.persist?.();
registerServiceWorker();
startSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
