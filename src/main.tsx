import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadFirstScreen } from './app/App';
import { beforeFirstRender, startSyncWhenIdle } from './app/boot';
import { ScreenErrorBoundary } from './app/ScreenErrorBoundary';
import { initI18n } from './i18n';
import { useSession } from './state/session';
import './styles/app.css';
import './styles/print.css';

const session = useSession.getState();
initI18n(session.language);
beforeFirstRender();

// The opened screen's chunk first, then one render without a loading fallback (see
// src/app/lazyScreen.ts). If the chunk cannot load, the screen's own error path shows it.
void preloadFirstScreen(window.location.pathname, session)
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <ScreenErrorBoundary>
          <App />
        </ScreenErrorBoundary>
      </StrictMode>,
    ),
  );

startSyncWhenIdle();
