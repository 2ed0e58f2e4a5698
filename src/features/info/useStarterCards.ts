import { useEffect, useState } from 'react';
import type { InfoCard } from '../../domain';
import { STARTER_ID_PREFIX } from './starterIds';

/**
 * Seeds the starter set once, when this tablet has none of its cards (in any state, also
 * deleted). The texts load on demand: a kiosk that already has them never downloads them.
 * Returns how many cards were added (0 until then), for the editor's notice.
 */
export function useStarterCards(cards: readonly InfoCard[] | undefined): number {
  const [added, setAdded] = useState(0);
  const needed = cards !== undefined && !cards.some((card) => card.id.startsWith(STARTER_ID_PREFIX));
  useEffect(() => {
    if (!needed) return;
    // Not cancelled on unmount: seeding is idempotent, and under StrictMode's double effect
    // the second run finds the cards the first one added. The database loads on demand too
    // (the lean kiosk entry starts without Dexie).
    Promise.all([import('./starterCards'), import('../../db')])
      .then(([{ seedStarterCards }, { db }]) => seedStarterCards(db))
      .then((count) => {
        if (count > 0) setAdded(count);
      })
      .catch((error: unknown) => console.error('Could not add the starter info cards', error));
  }, [needed]);
  return added;
}
