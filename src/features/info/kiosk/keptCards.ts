/**
 * The kiosk's cards as last read, kept in localStorage so that the next start of the lean
 * kiosk page can draw its first card in the same task as its scripts run, without waiting for
 * IndexedDB: the database's answer comes a frame or two later, and the screen takes it over
 * (it re-renders only when the cards differ). A tablet that restarts after a power cut shows
 * the rotation's first card about 20 ms sooner at a tablet's speed (BENCHMARKS.md, section 1).
 *
 * A kept copy is used only while it certainly fits: the same point and the same build of the
 * kiosk's code (this module's own hashed URL: a new build may read cards differently). What it
 * holds is what the public screen shows (no visitor data is ever on a card). Anything else
 * (unreadable, another point, an older build, a card of an unknown shape) is dropped, and the
 * page starts as it would without one.
 */
import type { InfoCard } from '../../../domain';
import { dropCopy, keepCopy, readCopy } from './localCopy';

export const KEPT_CARDS_KEY = 'noodsteunpunt-kiosk-cards';
const VERSION = 1;
/** The URL of the chunk this module is built into: it changes with every build of its code. */
const BUILD = import.meta.url;

interface KeptCards {
  v: typeof VERSION;
  build: string;
  site: string;
  cards: InfoCard[];
}

const isText = (value: unknown) => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** A language's text, or none in that language. */
const isCardText = (value: unknown) => value === undefined || (isObject(value) && isText(value.title) && isText(value.body));

/** The fields the kiosk reads of a card, in the shapes it reads them. */
function looksLikeCard(card: unknown): card is InfoCard {
  return (
    isObject(card) &&
    isText(card.id) &&
    isText(card.updatedAt) &&
    isText(card.category) &&
    typeof card.deleted === 'boolean' &&
    typeof card.pinned === 'boolean' &&
    isCardText(card.nl) &&
    isCardText(card.de) &&
    isCardText(card.en)
  );
}

/** The cards kept for point `site` by this build, or undefined when there are none that fit. */
export function keptCards(site: string): InfoCard[] | undefined {
  const text = readCopy(KEPT_CARDS_KEY);
  if (!text) return undefined; // none (or storage blocked): the page reads the database as it would without a copy
  try {
    const kept = JSON.parse(text) as Partial<KeptCards> | null;
    if (kept?.v === VERSION && kept.build === BUILD && kept.site === site && Array.isArray(kept.cards) && kept.cards.every(looksLikeCard)) return kept.cards;
  } catch {
    // A damaged entry: dropped below.
  }
  dropKeptCards();
  return undefined;
}

/** Keeps `cards`, as just read from the database, for point `site`. */
export function keepCards(site: string, cards: readonly InfoCard[]): void {
  const kept: KeptCards = { v: VERSION, build: BUILD, site, cards: [...cards] };
  // Storage full: the older copy goes, and the next start waits for the database.
  keepCopy(KEPT_CARDS_KEY, JSON.stringify(kept));
}

export function dropKeptCards(): void {
  dropCopy(KEPT_CARDS_KEY);
}

/** True when both lists hold the same cards in the same versions (the database returns them by id). */
export function sameCards(a: readonly InfoCard[] | undefined, b: readonly InfoCard[]): boolean {
  return a !== undefined && a.length === b.length && a.every((card, index) => card.id === b[index].id && card.updatedAt === b[index].updatedAt);
}
