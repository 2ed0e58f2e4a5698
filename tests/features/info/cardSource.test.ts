// @vitest-environment jsdom
/**
 * The lean kiosk reads its cards with plain IndexedDB, before Dexie loads: it must see what
 * Dexie stored, never create a database in Dexie's way, and follow later writes.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NoodsteunpuntDb } from '../../../src/db';
import { formatHlc, type InfoCard } from '../../../src/domain';
import { readInfoCards, useKioskCards } from '../../../src/features/info/kiosk/cardSource';
import { keptCards } from '../../../src/features/info/kiosk/keptCards';

const SITE = '2b0c3e55-0000-4000-8000-000000000001';

const stamp = formatHlc({ wallMs: Date.now(), counter: 0, node: 'tablet-a' });
const card = (id: string, title: string): InfoCard => ({
  id,
  category: 'drinkingWater',
  nl: { title, body: 'Elke dag van 9 tot 17 uur.', updatedAt: stamp },
  de: { title: `${title} (de)`, body: 'Jeden Tag von 9 bis 17 Uhr.', updatedAt: stamp },
  source: 'site',
  version: 1,
  pinned: false,
  sample: false,
  deleted: false,
  updatedAt: stamp,
});

describe('the kiosk card source', () => {
  it('reads no cards where there is no database yet, and leaves creating it to Dexie', async () => {
    const name = 'kiosk-source-empty';
    expect(await readInfoCards(name)).toEqual([]);
    expect((await indexedDB.databases()).map((each) => each.name)).not.toContain(name);

    const db = new NoodsteunpuntDb(name);
    await db.infoCards.put(card('00000000-0000-4000-8000-000000000001', 'Water'));
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect((await readInfoCards(name)).map((each) => each.nl?.title)).toEqual(['Water']);
    db.close();
  });

  it('does not block Dexie from opening the database afterwards', async () => {
    const name = 'kiosk-source-open';
    const first = new NoodsteunpuntDb(name);
    await first.infoCards.put(card('00000000-0000-4000-8000-000000000002', 'Stroom'));
    first.close();
    await readInfoCards(name);
    const again = new NoodsteunpuntDb(name);
    expect(await again.infoCards.count()).toBe(1);
    again.close();
  });

  it('shows a card that Dexie writes later (a bulletin arriving by sync)', async () => {
    const { db } = await import('../../../src/db');
    await db.infoCards.clear();
    const { result } = renderHook(() => useKioskCards());
    await waitFor(() => expect(result.current).toEqual([]));
    await db.infoCards.put(card('00000000-0000-4000-8000-000000000003', 'Bulletin'));
    await waitFor(() => expect(result.current?.map((each) => each.nl?.title)).toEqual(['Bulletin']));
  });

  it('starts with the cards the entry read before the first render, and still follows later writes', async () => {
    const { db } = await import('../../../src/db');
    await db.infoCards.clear();
    const early = card('00000000-0000-4000-8000-000000000004', 'Vooraf gelezen');
    const { result } = renderHook(() => useKioskCards([early]));
    expect(result.current?.map((each) => each.nl?.title)).toEqual(['Vooraf gelezen']); // the first render has them
    await db.infoCards.put(card('00000000-0000-4000-8000-000000000005', 'Bulletin'));
    await waitFor(() => expect(result.current?.map((each) => each.nl?.title)).toEqual(['Bulletin']));
  });
  it('starts with the copy kept by the last start, and renders once when the database holds the same cards', async () => {
    const { db } = await import('../../../src/db');
    await db.infoCards.clear();
    const stored = card('00000000-0000-4000-8000-000000000006', 'Opgeslagen');
    await db.infoCards.put(stored);
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useKioskCards([{ ...stored }], { provisional: true, keepFor: SITE });
    });
    const first = result.current;
    expect(first?.map((each) => each.nl?.title)).toEqual(['Opgeslagen']); // the first render has the copy
    // The database's answer is kept for the next start, and the screen did not render again for it.
    await waitFor(() => expect(keptCards(SITE)?.map((each) => each.id)).toEqual([stored.id]));
    expect(result.current).toBe(first);
    expect(renders).toBe(1);
  });

  it('replaces a kept copy that is out of date with what the database holds', async () => {
    const { db } = await import('../../../src/db');
    await db.infoCards.clear();
    const withdrawn = card('00000000-0000-4000-8000-000000000007', 'Ingetrokken');
    const current = card('00000000-0000-4000-8000-000000000008', 'Actueel');
    await db.infoCards.put(current);
    const { result } = renderHook(() => useKioskCards([withdrawn], { provisional: true, keepFor: SITE }));
    expect(result.current?.map((each) => each.nl?.title)).toEqual(['Ingetrokken']);
    await waitFor(() => expect(result.current?.map((each) => each.nl?.title)).toEqual(['Actueel']));
    await waitFor(() => expect(keptCards(SITE)?.map((each) => each.nl?.title)).toEqual(['Actueel']));
  });
});

describe('the kiosk card source when IndexedDB fails', () => {
  it('shows no cards rather than nothing at all', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('blocked by the browser', 'SecurityError');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result } = renderHook(() => useKioskCards());
    await waitFor(() => expect(result.current).toEqual([]));
    expect(errors).toHaveBeenCalled();
    open.mockRestore();
    errors.mockRestore();
  });
});
