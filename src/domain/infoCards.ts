/**
 * Rules for info cards: which ones the public sees now, in what order and for how long, when a
 * translation needs attention, and which version of a card wins when two meet.
 *
 * Translation tracking: each language's text carries the HLC of the moment it was last
 * written *or confirmed to match the others* (`updatedAt`). A language is outdated when the
 * other public language (Dutch or German) is newer. English is optional: it is flagged when it
 * is older than Dutch or German, but an English edit never flags them.
 */
import { lastWriteWins } from './merge';
import { parseHlc } from './hlc';
import type { InfoCard } from './records';

export const CARD_LANGUAGES = ['nl', 'de', 'en'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];
/** The languages every card must have for the public (the border area reads both). */
export const PUBLIC_LANGUAGES = ['nl', 'de'] as const;

export type TranslationState = 'current' | 'missing' | 'outdated';

export interface TranslationStatus {
  nl: TranslationState;
  de: TranslationState;
  /** English is optional: `absent` is not a problem. */
  en: TranslationState | 'absent';
  /** True when nothing needs the editor's attention. */
  ok: boolean;
}

type CardTexts = Pick<InfoCard, 'nl' | 'de' | 'en'>;

function hasText(card: CardTexts, language: CardLanguage): boolean {
  const text = card[language];
  return Boolean(text && text.title.trim());
}

export function translationStatus(card: CardTexts): TranslationStatus {
  const stamp = (language: CardLanguage) => (hasText(card, language) ? card[language]!.updatedAt : undefined);
  const nlStamp = stamp('nl');
  const deStamp = stamp('de');
  const publicNewest = [nlStamp, deStamp].filter((value): value is string => Boolean(value)).sort().at(-1) ?? '';
  const publicState = (own: string | undefined, other: string | undefined): TranslationState => {
    if (!own) return 'missing';
    return other && other > own ? 'outdated' : 'current';
  };
  const nl = publicState(nlStamp, deStamp);
  const de = publicState(deStamp, nlStamp);
  const enStamp = stamp('en');
  const en = !card.en ? 'absent' : !enStamp ? 'missing' : enStamp < publicNewest ? 'outdated' : 'current';
  return { nl, de, en, ok: nl === 'current' && de === 'current' && (en === 'absent' || en === 'current') };
}

export interface TextInput {
  title: string;
  body: string;
}

/**
 * The texts of a card after an edit, with their stamps. A language that changed (or that the
 * editor confirmed as matching) gets `hlc`. When the edit only brings languages that were
 * missing or outdated up to date (a translation catching up), the languages it was translated
 * from are confirmed with the same stamp, so finishing a translation never flags the original.
 */
export function stampTranslations(
  previous: CardTexts | undefined,
  next: Partial<Record<CardLanguage, TextInput>>,
  hlc: string,
  confirmed: readonly CardLanguage[] = [],
): CardTexts {
  const before = previous ? translationStatus(previous) : undefined;
  const present = CARD_LANGUAGES.filter((language) => next[language] && (next[language]!.title.trim() || next[language]!.body.trim()));
  const touched = present.filter((language) => {
    const old = previous?.[language];
    const text = next[language]!;
    return !old || old.title !== text.title.trim() || old.body !== text.body.trim() || confirmed.includes(language);
  });
  // English catching up needs nothing confirmed: it is never the reference for Dutch or German.
  const catchingUp =
    before !== undefined && touched.some((language) => language !== 'en') && touched.every((language) => before[language] !== 'current');
  const result: CardTexts = {};
  for (const language of present) {
    const text = next[language]!;
    const old = previous?.[language];
    const restamp = touched.includes(language) || (catchingUp && before[language] === 'current');
    result[language] = { title: text.title.trim(), body: text.body.trim(), updatedAt: restamp || !old ? hlc : old.updatedAt };
  }
  return result;
}

function timeOf(value: Date | number): number {
  return typeof value === 'number' ? value : value.getTime();
}

/** Shown to the public now: not deleted, already valid and not yet expired. */
export function isCurrent(card: Pick<InfoCard, 'deleted' | 'validFrom' | 'validUntil'>, now: Date | number): boolean {
  const at = timeOf(now);
  if (card.deleted) return false;
  if (card.validFrom && Date.parse(card.validFrom) > at) return false;
  return !isExpired(card, now);
}

export function isExpired(card: Pick<InfoCard, 'validUntil'>, now: Date | number): boolean {
  return Boolean(card.validUntil && Date.parse(card.validUntil) <= timeOf(now));
}

/** When the card's text last changed (HLC wall time, ms): the "as of" time residents see. */
export function lastTextUpdate(card: Pick<InfoCard, 'nl' | 'de' | 'en' | 'updatedAt'>): number {
  const stamps = CARD_LANGUAGES.map((language) => card[language]?.updatedAt).filter((value): value is string => Boolean(value));
  return parseHlc(stamps.sort().at(-1) ?? card.updatedAt).wallMs;
}

/** Pinned cards first, then bulletins of the coordination point, then the most recently updated. */
export function displayOrder<T extends Pick<InfoCard, 'pinned' | 'source' | 'updatedAt' | 'id'>>(cards: readonly T[]): T[] {
  return [...cards].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      Number(b.source === 'coordination') - Number(a.source === 'coordination') ||
      (b.updatedAt > a.updatedAt ? 1 : b.updatedAt < a.updatedAt ? -1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
}

/** A base every card gets, plus reading time for its longest shown text. */
export const READING = { baseMs: 15_000, msPerWord: 400, maxMs: 90_000 } as const;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** How long the kiosk shows a card: 15 s plus slow reading time (2.5 words/s) of the longest shown text. */
export function displayDurationMs(card: CardTexts, languages: readonly CardLanguage[]): number {
  const words = Math.max(0, ...languages.map((language) => (card[language] ? wordCount(`${card[language]!.title} ${card[language]!.body}`) : 0)));
  return Math.min(READING.maxMs, READING.baseMs + words * READING.msPerWord);
}

/**
 * Which of two versions of a card to keep when they meet (sync, or a pull applied twice).
 * A bulletin of the coordination point with a higher version replaces a lower one whatever
 * their clocks say; otherwise the later edit (by HLC) wins.
 */
export function newerInfoCard(current: InfoCard | undefined, incoming: InfoCard): InfoCard {
  if (!current) return incoming;
  if (incoming.source === 'coordination' && current.source === 'coordination' && incoming.version !== current.version) {
    return incoming.version > current.version ? incoming : current;
  }
  return lastWriteWins(current, incoming);
}
