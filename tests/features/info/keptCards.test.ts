// @vitest-environment jsdom
/**
 * The copy of the kiosk's cards that the next start draws at once: used only for the same point
 * and the same build, and anything damaged is dropped rather than drawn.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatHlc, type InfoCard } from '../../../src/domain';
import { KEPT_CARDS_KEY, dropKeptCards, keepCards, keptCards, sameCards } from '../../../src/features/info/kiosk/keptCards';

const SITE = '2b0c3e55-0000-4000-8000-000000000001';
const OTHER_SITE = '2b0c3e55-0000-4000-8000-000000000002';
const stamp = (counter: number) => formatHlc({ wallMs: 1_764_000_000_000, counter, node: 'tablet-a' });
const card = (id: string, title: string, counter = 0): InfoCard => ({
  id,
  category: 'drinkingWater',
  nl: { title, body: 'Elke dag van 9 tot 17 uur.', updatedAt: stamp(counter) },
  de: { title: `${title} (de)`, body: 'Jeden Tag von 9 bis 17 Uhr.', updatedAt: stamp(counter) },
  source: 'site',
  version: 1,
  pinned: false,
  sample: false,
  deleted: false,
  updatedAt: stamp(counter),
});
const water = card('00000000-0000-4000-8000-000000000001', 'Drinkwater');
const power = card('00000000-0000-4000-8000-000000000002', 'Stroom');

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the kiosk cards kept for the next start', () => {
  it('gives back the cards kept for this point, and none for another point', () => {
    expect(keptCards(SITE)).toBeUndefined();
    keepCards(SITE, [water, power]);
    expect(keptCards(SITE)).toEqual([water, power]);
    expect(keptCards(OTHER_SITE)).toBeUndefined();
  });

  it('drops a copy kept by another build of the kiosk (it may read cards differently)', () => {
    keepCards(SITE, [water]);
    const kept = JSON.parse(localStorage.getItem(KEPT_CARDS_KEY)!) as { build: string };
    localStorage.setItem(KEPT_CARDS_KEY, JSON.stringify({ ...kept, build: 'https://example.invalid/assets/KioskScreen-0ld.js' }));
    expect(keptCards(SITE)).toBeUndefined();
    expect(localStorage.getItem(KEPT_CARDS_KEY)).toBeNull();
  });

  it('drops a damaged copy or one with a card of another shape instead of drawing it', () => {
    localStorage.setItem(KEPT_CARDS_KEY, '{"v":1,"site":');
    expect(keptCards(SITE)).toBeUndefined();
    expect(localStorage.getItem(KEPT_CARDS_KEY)).toBeNull();

    keepCards(SITE, [water]);
    const kept = JSON.parse(localStorage.getItem(KEPT_CARDS_KEY)!) as { cards: unknown[] };
    for (const broken of [{ ...water, nl: { title: 7 } }, { ...water, id: undefined }, null, 'Drinkwater']) {
      localStorage.setItem(KEPT_CARDS_KEY, JSON.stringify({ ...kept, cards: [power, broken] }));
      expect(keptCards(SITE)).toBeUndefined();
    }
  });

  it('keeps nothing when storage is full, and the next start reads the database as before', () => {
    keepCards(SITE, [water]);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => keepCards(SITE, [water, power])).not.toThrow();
    // Not the older copy either: it no longer holds what the database has.
    expect(keptCards(SITE)).toBeUndefined();
  });

  it('does not fail when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(keptCards(SITE)).toBeUndefined();
    expect(() => dropKeptCards()).not.toThrow();
  });

  it('tells the same cards from changed ones by id and version', () => {
    expect(sameCards([water, power], [water, power])).toBe(true);
    expect(sameCards(undefined, [])).toBe(false);
    expect(sameCards([water], [water, power])).toBe(false);
    expect(sameCards([water, power], [water, card(power.id, 'Stroom: weer aan', 1)])).toBe(false);
  });
});
