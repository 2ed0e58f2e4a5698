/**
 * The lean entry of the public info screen (/kiosk, kiosk.html). A tablet facing the public
 * boots straight into it, so it carries only React, i18next, the session and the kiosk: no
 * Dexie, no schemas, no desk. The cards are read with plain IndexedDB; the database and the
 * sync engine (which brings new bulletins) load once the first card is up.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeFirstRender, startSyncWhenIdle } from './app/boot';
import { UpdateBanner } from './app/UpdateBanner';
import KioskScreen from './features/info/KioskScreen';
import { readInfoCardsEarly } from './features/info/kiosk/cardSource';
import { initI18n } from './i18n/core';
import { useSession } from './state/session';
import './styles/app.css';

const session = useSession.getState();
if (!session.site) {
  // Not set up yet: the app's first run (a full load, the kiosk entry does not contain it).
  window.location.replace('/');
} else {
  readInfoCardsEarly();
  initI18n(session.language);
  document.documentElement.lang = session.language;
  document.documentElement.dataset.theme = session.theme;
  beforeFirstRender();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <UpdateBanner />
      {/* Leaving loads the app's role choice in full: this entry does not contain it. */}
      <KioskScreen onLeave={() => window.location.assign('/')} />
    </StrictMode>,
  );
  // Sync (with Dexie) loads once the first card is up: nothing is lost meanwhile, the kiosk only reads.
  startSyncWhenIdle();
}

