/**
 * The lean entry of the public info screen (/kiosk, kiosk.html). A tablet facing the public
 * boots straight into it, so it carries only React, i18next, the session and the kiosk: no
 * Dexie, no schemas, no desk. The first card comes from the copy the last start kept (drawn at
 * once) or else from a read with plain IndexedDB; the database and the sync engine (which
 * brings new bulletins) load once the first card is up. kiosk.html shows
 * the last screen again if this is slow (src/features/info/kiosk/snapshotScript.js).
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { beforeFirstRender, startSyncWhenIdle } from './app/boot';
import { UpdateBanner } from './app/UpdateBanner';
import KioskScreen from './features/info/KioskScreen';
import { readInfoCardsEarly } from './features/info/kiosk/cardSource';
import { keptCards } from './features/info/kiosk/keptCards';
import type { InfoCard } from './domain';
import { initI18n } from './i18n/core';
import { useSession } from './state/session';
import './styles/app.css';

const FIRST_READ_WAIT_MS = 1000;

const session = useSession.getState();
if (!session.site) {
  // Not set up yet: the app's first run (a full load, the kiosk entry does not contain it).
  window.location.replace('/');
} else {
  const firstCards = readInfoCardsEarly();
  initI18n(session.language);
  document.documentElement.lang = session.language;
  document.documentElement.dataset.theme = session.theme;
  beforeFirstRender();
  const root = createRoot(document.getElementById('root')!);
  const render = (cards: InfoCard[] | undefined, kept: boolean) =>
    root.render(
      <StrictMode>
        <UpdateBanner />
        {/* Leaving loads the app's role choice in full: this entry does not contain it. */}
        <KioskScreen onLeave={() => window.location.assign('/')} initialCards={cards} initialCardsKept={kept} keepSnapshot />
      </StrictMode>,
    );
  const kept = keptCards(session.site.id);
  if (kept) {
    // The cards of the last start: the first card is drawn in this task, synchronously, with
    // no frame of the empty page before it. The database's answer (already on its way) replaces
    // them a frame or two later if they changed meanwhile (a bulletin that came by sync).
    flushSync(() => render(kept, true));
  } else {
    // The first render waits for the cards, so that its one commit draws the whole screen with
    // its first card: it replaces the last screen that kiosk/snapshotScript.js put back in #root
    // (if any) without an empty screen in between. At the latest after a second: an IndexedDB
    // that never answers must not keep the screen from starting (the screen then waits for the
    // same read itself and says what it finds).
    const atTheLatest = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS));
    void Promise.race([firstCards, atTheLatest]).then((cards) => render(cards, false));
  }
  // Sync (with Dexie) loads once the first card is up: nothing is lost meanwhile, the kiosk only reads.
  startSyncWhenIdle();
}

