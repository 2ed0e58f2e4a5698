/**
 * The editor's form state, kept apart from the screen: what a draft looks like, how it comes
 * from a stored card, what is wrong with it, and what its translation flags will be once saved.
 */
import { INFO_CATEGORIES, type InfoCard } from '../../../domain';
import { stampTranslations, translationStatus, type CardLanguage, type TextInput, type TranslationStatus } from '../../../domain/infoCards';
import type { InfoCardInput } from '../../../db/actions/infoCards';
import { fromAmsterdamInput, toAmsterdamInput } from './amsterdamInput';

export interface CardDraft {
  id?: string;
  category: InfoCard['category'];
  texts: Record<CardLanguage, TextInput>;
  withEnglish: boolean;
  validFrom: string;
  validUntil: string;
  pinned: boolean;
  confirmed: CardLanguage[];
}

const empty = (): TextInput => ({ title: '', body: '' });

export function newDraft(): CardDraft {
  return { category: INFO_CATEGORIES[0], texts: { nl: empty(), de: empty(), en: empty() }, withEnglish: false, validFrom: '', validUntil: '', pinned: false, confirmed: [] };
}

export function draftOf(card: InfoCard): CardDraft {
  const text = (language: CardLanguage): TextInput => ({ title: card[language]?.title ?? '', body: card[language]?.body ?? '' });
  return {
    id: card.id,
    category: card.category,
    texts: { nl: text('nl'), de: text('de'), en: text('en') },
    withEnglish: Boolean(card.en),
    validFrom: toAmsterdamInput(card.validFrom),
    validUntil: toAmsterdamInput(card.validUntil),
    pinned: card.pinned,
    confirmed: [],
  };
}

export type DraftError = 'title' | 'oneLanguage' | 'validity';

export interface DraftErrors {
  titles: Partial<Record<CardLanguage, 'title'>>;
  card?: Exclude<DraftError, 'title'>;
}

const filled = (text: TextInput) => Boolean(text.title.trim() || text.body.trim());

export function draftLanguages(draft: CardDraft): CardLanguage[] {
  return draft.withEnglish ? ['nl', 'de', 'en'] : ['nl', 'de'];
}

export function checkDraft(draft: CardDraft): DraftErrors | undefined {
  const titles: DraftErrors['titles'] = {};
  for (const language of draftLanguages(draft)) {
    const text = draft.texts[language];
    if (filled(text) && !text.title.trim()) titles[language] = 'title';
  }
  let card: DraftErrors['card'];
  if (!filled(draft.texts.nl) && !filled(draft.texts.de)) card = 'oneLanguage';
  else if (draft.validFrom && draft.validUntil && fromAmsterdamInput(draft.validUntil) <= fromAmsterdamInput(draft.validFrom)) card = 'validity';
  return Object.keys(titles).length || card ? { titles, card } : undefined;
}

export function inputOf(draft: CardDraft): InfoCardInput {
  const text = (language: CardLanguage) => (draftLanguages(draft).includes(language) && filled(draft.texts[language]) ? draft.texts[language] : undefined);
  return {
    id: draft.id,
    category: draft.category,
    nl: text('nl'),
    de: text('de'),
    en: text('en'),
    validFrom: fromAmsterdamInput(draft.validFrom) || undefined,
    validUntil: fromAmsterdamInput(draft.validUntil) || undefined,
    pinned: draft.pinned,
    confirmedTranslations: draft.confirmed,
  };
}

/** Sorts after every real clock stamp: stands for "the moment this draft is saved". */
const ON_SAVE = '999999999999999-99999-draft';

/** The translation flags the card will have once this draft is saved (same rule as saving). */
export function draftStatus(saved: InfoCard | undefined, draft: CardDraft): TranslationStatus {
  const input = inputOf(draft);
  return translationStatus(stampTranslations(saved, { nl: input.nl, de: input.de, en: input.en }, ON_SAVE, draft.confirmed));
}
