/**
 * Info card actions and the starter set against a real (fake-indexeddb) database: a record and
 * its outbox message together or neither; bulletins stay read-only; seeding never overwrites.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyChange, APPLY_TABLES, StorageError, type NoodsteunpuntDb } from '../../../src/db';
import { deleteInfoCard, saveInfoCard } from '../../../src/db/actions/infoCards';
import { checkEnvelope, formatHlc, type Change, type InfoCard } from '../../../src/domain';
import { translationStatus } from '../../../src/domain/infoCards';
import { STARTER_CARDS, seedStarterCards } from '../../../src/features/info/starterCards';
import { freshDb } from '../../db/helpers';

let db: NoodsteunpuntDb;
afterEach(async () => db?.delete());

const WATER = {
  category: 'drinkingWater' as const,
  nl: { title: 'Drinkwater', body: 'Haal water bij de kerk.' },
  de: { title: 'Trinkwasser', body: 'Wasser gibt es an der Kirche.' },
  pinned: false,
};

describe('saveInfoCard', () => {
  it('writes the card and one valid infocard.saved message together', async () => {
    db = await freshDb();
    const card = await saveInfoCard(db, WATER);
    expect(await db.infoCards.get(card.id)).toMatchObject({ source: 'site', version: 1, sample: false, deleted: false });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0].type).toBe('infocard.saved');
    expect(checkEnvelope(outbox[0].envelope)).toMatchObject({ ok: true });
    expect(card.nl!.updatedAt).toBe(card.updatedAt);
    expect(card.de!.updatedAt).toBe(card.updatedAt);
  });

  it('stamps only the language that changed, so the other is flagged as older', async () => {
    db = await freshDb();
    const first = await saveInfoCard(db, WATER, new Date('2026-11-24T10:00:00Z'));
    const second = await saveInfoCard(db, { ...WATER, id: first.id, nl: { title: 'Drinkwater', body: 'Haal water bij de school.' } }, new Date('2026-11-24T11:00:00Z'));
    expect(second.de!.updatedAt).toBe(first.de!.updatedAt);
    expect(second.nl!.updatedAt > first.nl!.updatedAt).toBe(true);
    expect(second.updatedAt).toBe(second.nl!.updatedAt);
    expect(second.version).toBe(2);
    expect(translationStatus(second)).toMatchObject({ nl: 'current', de: 'outdated' });
  });

  it('turns a sample into the point’s own card once saved', async () => {
    db = await freshDb();
    await seedStarterCards(db);
    const sample = STARTER_CARDS[1];
    const saved = await saveInfoCard(db, { id: sample.id, category: sample.category, nl: sample.nl, de: sample.de, pinned: false });
    expect(saved.sample).toBe(false);
  });

  it('leaves neither card nor message when the transaction fails', async () => {
    db = await freshDb();
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await saveInfoCard(db, WATER).catch((error: unknown) => error);
    expect((failure as StorageError).kind).toBe('quota');
    expect(await db.infoCards.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a card with neither Dutch nor German text', async () => {
    db = await freshDb();
    const failure = await saveInfoCard(db, { ...WATER, nl: undefined, de: undefined, en: { title: 'Water', body: '' } }).catch((error: unknown) => error);
    expect((failure as StorageError).kind).toBe('invalid');
    expect(await db.infoCards.count()).toBe(0);
  });
});

function bulletin(version: number, title: string): InfoCard {
  const stamp = formatHlc({ wallMs: Date.parse('2026-11-24T09:00:00Z') + version, counter: 0, node: 'cp' });
  return {
    id: '0b0b0b0b-0000-4000-8000-000000000001',
    category: 'officialNotice',
    nl: { title, body: 'Kook kraanwater 1 minuut.', updatedAt: stamp },
    de: { title, body: 'Leitungswasser 1 Minute abkochen.', updatedAt: stamp },
    source: 'coordination',
    version,
    pinned: true,
    sample: false,
    deleted: false,
    updatedAt: stamp,
  };
}

function published(card: InfoCard, seq: number): Change {
  return {
    id: `0c0c0c0c-0000-4000-8000-00000000000${seq}`,
    type: 'bulletin.published',
    siteId: '0d0d0d0d-0000-4000-8000-000000000001',
    deviceId: '0e0e0e0e-0000-4000-8000-000000000001',
    createdAt: '2026-11-24T09:00:00Z',
    payload: card,
    seq,
    receivedAt: '2026-11-24T09:00:00Z',
  };
}

describe('bulletins of the coordination point on the tablet', () => {
  it('a newer version replaces an older one, and an older one arriving late is ignored', async () => {
    db = await freshDb();
    const apply = (change: Change) =>
      db.transaction('rw', APPLY_TABLES(db), async () => {
        await applyChange(db, change);
      });
    await apply(published(bulletin(1, 'Kookadvies'), 1));
    await apply(published(bulletin(3, 'Kookadvies ingetrokken'), 2));
    await apply(published(bulletin(2, 'Kookadvies verlengd'), 3));
    expect(await db.infoCards.get(bulletin(1, '').id)).toMatchObject({ version: 3, nl: { title: 'Kookadvies ingetrokken' } });
  });

  it('cannot be edited or deleted on the tablet', async () => {
    db = await freshDb();
    await db.infoCards.put(bulletin(1, 'Kookadvies'));
    const edit = await saveInfoCard(db, { ...WATER, id: bulletin(1, '').id }).catch((error: unknown) => error);
    const removal = await deleteInfoCard(db, bulletin(1, '').id).catch((error: unknown) => error);
    expect((edit as StorageError).kind).toBe('invalid');
    expect((removal as StorageError).kind).toBe('invalid');
    expect(await db.infoCards.get(bulletin(1, '').id)).toMatchObject({ version: 1, deleted: false });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('deleteInfoCard', () => {
  it('soft-deletes with a newer stamp and a message, once', async () => {
    db = await freshDb();
    const card = await saveInfoCard(db, WATER);
    await deleteInfoCard(db, card.id);
    await deleteInfoCard(db, card.id);
    const stored = await db.infoCards.get(card.id);
    expect(stored).toMatchObject({ deleted: true, version: 2 });
    expect(stored!.updatedAt > card.updatedAt).toBe(true);
    const messages = await db.outbox.where('type').equals('infocard.saved').toArray();
    expect(messages).toHaveLength(2);
    expect(messages[1].envelope.payload).toMatchObject({ id: card.id, deleted: true });
  });
});

describe('starter set', () => {
  it('has the seven power-outage cards in Dutch and German, marked as samples, emergency help pinned', () => {
    expect(STARTER_CARDS).toHaveLength(7);
    for (const card of STARTER_CARDS) {
      expect(card.sample).toBe(true);
      expect(translationStatus(card).ok).toBe(true);
      expect(card.nl!.body.length).toBeGreaterThan(100);
      expect(card.de!.body.length).toBeGreaterThan(100);
    }
    expect(STARTER_CARDS.filter((card) => card.pinned).map((card) => card.de!.title)).toEqual(['Notfall? Kommen Sie hierher']);
    expect(STARTER_CARDS.map((card) => card.category)).toEqual(expect.arrayContaining(['drinkingWater', 'medical', 'shelter', 'openingHours', 'whatToDo']));
  });

  it('is seeded once: fixed ids, and a second run adds nothing', async () => {
    db = await freshDb();
    expect(await seedStarterCards(db)).toBe(7);
    expect(await seedStarterCards(db)).toBe(0);
    expect(await db.infoCards.count()).toBe(7);
    expect(await db.outbox.count()).toBe(0);
  });

  it('never brings back a sample the lead deleted or overwrites one the lead edited', async () => {
    db = await freshDb();
    await seedStarterCards(db);
    const [first, second] = STARTER_CARDS;
    await deleteInfoCard(db, first.id);
    await saveInfoCard(db, { id: second.id, category: second.category, nl: { title: 'Drinkwater', body: 'Bij de kerk.' }, de: { title: 'Trinkwasser', body: 'An der Kirche.' }, pinned: false });
    expect(await seedStarterCards(db)).toBe(0);
    expect(await db.infoCards.get(first.id)).toMatchObject({ deleted: true });
    expect(await db.infoCards.get(second.id)).toMatchObject({ nl: { body: 'Bij de kerk.' } });
  });

  it('loses to any real edit that arrives from another tablet of the point', async () => {
    db = await freshDb();
    await seedStarterCards(db);
    const starter = STARTER_CARDS[2];
    const edited: InfoCard = { ...starter, sample: false, nl: { ...starter.nl!, body: 'Opwarmen kan in de sporthal.' }, updatedAt: formatHlc({ wallMs: Date.parse('2026-11-24T08:00:00Z'), counter: 0, node: 'lead' }) };
    await db.transaction('rw', APPLY_TABLES(db), async () => {
      await applyChange(db, { ...published(edited, 9), type: 'infocard.saved' });
    });
    expect(await db.infoCards.get(starter.id)).toMatchObject({ sample: false, nl: { body: 'Opwarmen kan in de sporthal.' } });
  });
});
