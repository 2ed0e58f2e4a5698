/**
 * The kiosk's cards, read without Dexie. The public info screen has its own lean entry
 * (src/kiosk.tsx) and must show its first card with as little code as possible on a slow
 * tablet, so it reads the one table it needs with plain IndexedDB: Dexie (31 KB gzipped) loads
 * afterwards with the sync engine, and from then on every write to the cards (a bulletin that
 * arrives, the starter set, an edit in another tab) makes the screen read them again.
 */
import { useEffect, useState } from 'react';
import { markFirstScreenShown } from '../../../app/firstScreen';
import { whenIdle } from '../../../app/idle';
import type { InfoCard } from '../../../domain';
import { DB_NAME } from '../../../db/name';
import { keepCards, sameCards } from './keptCards';

const TABLE = 'infoCards';

/**
 * Every stored card. A tablet without the database yet gets none: the open is aborted before
 * anything is created, so Dexie later creates the database with its own schema.
 */
export function readInfoCards(name = DB_NAME): Promise<InfoCard[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let creating = false;
    request.onupgradeneeded = () => {
      creating = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      if (creating) {
        event.preventDefault();
        resolve([]);
      } else reject(request.error ?? new Error(`Could not open ${name}`));
    };
    request.onsuccess = () => {
      const database = request.result;
      // Never stand in the way of a schema upgrade by Dexie.
      database.onversionchange = () => database.close();
      if (!database.objectStoreNames.contains(TABLE)) {
        database.close();
        resolve([]);
        return;
      }
      const transaction = database.transaction(TABLE, 'readonly');
      const all = transaction.objectStore(TABLE).getAll();
      transaction.oncomplete = () => {
        database.close();
        resolve(all.result as InfoCard[]);
      };
      transaction.onerror = () => {
        database.close();
        reject(transaction.error ?? new Error(`Could not read ${TABLE}`));
      };
    };
  });
}

/** True when a Dexie change notification touches the cards table of this database. */
export function touchesCards(parts: Record<string, unknown>, name = DB_NAME): boolean {
  const prefix = `idb://${name}/${TABLE}/`;
  return Object.keys(parts).some((key) => key.startsWith(prefix));
}

let early: Promise<InfoCard[]> | undefined;

/**
 * Starts the first read at once, before React has rendered: the lean entry calls it first
 * thing, so the database opens while the scripts still run, and renders when it is done, so
 * that the first commit has the card. The cards, or undefined when the read failed (then
 * useKioskCards takes the failure over and says so).
 */
export function readInfoCardsEarly(): Promise<InfoCard[] | undefined> {
  early ??= readInfoCards();
  return early.catch(() => undefined);
}

/** The early read if there is one (once), else a new one. */
function takeRead(): Promise<InfoCard[]> {
  const read = early ?? readInfoCards();
  early = undefined;
  return read;
}

/**
 * The cards, undefined until the first read; read again whenever Dexie writes to them.
 * `initial`: cards for the first render: those of the early read, already done, or (with
 * `provisional`) the copy kept by the last start (./keptCards.ts), which the database's answer
 * then replaces when it differs. `keepFor`: the point whose copy each read keeps for the lean
 * kiosk page's next start (kept wherever the kiosk shows, so that a kiosk chosen in the app
 * starts from it too).
 */
export function useKioskCards(initial?: InfoCard[], { provisional = false, keepFor }: { provisional?: boolean; keepFor?: string } = {}): InfoCard[] | undefined {
  const [cards, setCards] = useState<InfoCard[] | undefined>(initial);
  const [readFirst] = useState(initial === undefined || provisional);
  useEffect(() => {
    let active = true;
    const read = () =>
      takeRead().then(
        (next) => {
          if (!active) return;
          // The same cards as on screen (the kept copy was current): no second render.
          setCards((current) => (sameCards(current, next) ? current : next));
          // Kept once the page is idle: serializing the cards is no work for the first screen.
          if (keepFor) whenIdle(() => active && keepCards(keepFor, next));
        },
        (error: unknown) => {
          console.error('Could not read the info cards', error);
          // Not a blank screen: the kiosk shows the cards it has (a kept copy) or says there
          // is no information and to ask at the desk.
          if (active) setCards((current) => current ?? []);
        },
        // The first read (or its failure) is the kiosk's first screen: deferred work may start.
      ).finally(markFirstScreenShown);
    let stop = () => {};
    const follow = () =>
      void import('dexie').then(({ Dexie }) => {
        if (!active) return;
        const onMutated = (parts: Record<string, unknown>) => {
          if (touchesCards(parts)) void read();
        };
        Dexie.on('storagemutated', onMutated);
        stop = () => Dexie.on('storagemutated').unsubscribe(onMutated);
        // A write between the first read and this subscription is not missed.
        void read();
      });
    // Dexie loads once the first cards are on screen, not before.
    if (readFirst) void read().then(() => whenIdle(follow));
    else {
      early = undefined; // taken over by the first render
      markFirstScreenShown();
      whenIdle(follow);
    }
    return () => {
      active = false;
      stop();
    };
  }, [readFirst, keepFor]);
  return cards;
}
