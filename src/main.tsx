import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { beforeFirstRender, startSyncWhenIdle } from './app/boot';
import { initI18n } from './i18n';
import { useSession } from './state/session';
import './styles/app.css';
import './styles/print.css';

initI18n(useSession.getState().language);
beforeFirstRender();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

startSyncWhenIdle();
