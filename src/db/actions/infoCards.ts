import { InfoCardSchema, newId, type InfoCard } from '../../domain';
import { stampTranslations, type CardLanguage, type TextInput } from '../../domain/infoCards';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { StorageError } from '../errors';
import { nextHlc } from '../identity';
import { enqueue } from '../outbox';

export interface InfoCardInput {
  /** Absent for a new card. */
  id?: string;
  category: InfoCard['category'];
  nl?: TextInput;
  de?: TextInput;
  en?: TextInput;
  validFrom?: string;
  validUntil?: string;
  pinned: boolean;
  /** Languages the editor confirmed as matching the others without changing their text. */
  confirmedTranslations?: CardLanguage[];
}

async function editableCard(db: NoodsteunpuntDb, id: string): Promise<InfoCard | undefined> {
  const card = await db.infoCards.get(id);
  // Bulletins belong to the coordination point: a tablet edit would fork them from the next version.
  if (card?.source === 'coordination') throw new StorageError('invalid', 'a bulletin of the coordination point cannot be changed here');
  return card;
}

/**
 * The site lead saves a card: the record and its `infocard.saved` message in one transaction.
 * Languages whose text changed get a new HLC (see stampTranslations), and so does the card.
 * A saved sample stops being a sample: a person has now checked it.
 */
export function saveInfoCard(db: NoodsteunpuntDb, input: InfoCardInput, now = new Date()): Promise<InfoCard> {
  return runAction(db, [db.infoCards], async () => {
    const previous = input.id ? await editableCard(db, input.id) : undefined;
    const hlc = await nextHlc(db, now.getTime());
    const texts = stampTranslations(previous, { nl: input.nl, de: input.de, en: input.en }, hlc, input.confirmedTranslations);
    const card = InfoCardSchema.parse({
      id: previous?.id ?? input.id ?? newId(),
      category: input.category,
      ...texts,
      validFrom: input.validFrom || undefined,
      validUntil: input.validUntil || undefined,
      source: 'site',
      version: (previous?.version ?? 0) + 1,
      pinned: input.pinned,
      sample: false,
      deleted: false,
      updatedAt: hlc,
    });
    if (!card.nl && !card.de) throw new StorageError('invalid', 'nl, de');
    await db.infoCards.put(card);
    await enqueue(db, 'infocard.saved', card);
    return card;
  });
}

/** Soft delete, synced like an edit, so every tablet of the point drops the card. */
export function deleteInfoCard(db: NoodsteunpuntDb, id: string, now = new Date()): Promise<void> {
  return runAction(db, [db.infoCards], async () => {
    const card = await editableCard(db, id);
    if (!card || card.deleted) return;
    const deleted: InfoCard = { ...card, deleted: true, pinned: false, version: card.version + 1, updatedAt: await nextHlc(db, now.getTime()) };
    await db.infoCards.put(deleted);
    await enqueue(db, 'infocard.saved', deleted);
  });
}
