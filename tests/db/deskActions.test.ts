import { afterEach, describe, expect, it } from 'vitest';
import { checkEnvelope } from '../../src/domain';
import { StorageError, createSignal, registerHelperOffer, setSiteSetting, type NoodsteunpuntDb } from '../../src/db';
import { freshDb } from './helpers';

let db: NoodsteunpuntDb;
afterEach(async () => db?.delete());

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('setSiteSetting', () => {
  it('stores the setting with an HLC and queues one valid message', async () => {
    db = await freshDb();
    await setSiteSetting(db, 'collectNames', true);
    const stored = await db.settings.get('collectNames');
    expect(stored).toMatchObject({ key: 'collectNames', value: true });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ type: 'site.settingChanged' });
    expect(checkEnvelope(entry.envelope)).toMatchObject({ ok: true });
    expect(entry.envelope.payload).toEqual(stored);
  });

  it('gives a later edit a later timestamp, so it wins on every tablet', async () => {
    db = await freshDb();
    const first = await setSiteSetting(db, 'escalateAfterMinutes', 5);
    const second = await setSiteSetting(db, 'escalateAfterMinutes', 3);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect((await db.settings.get('escalateAfterMinutes'))?.value).toBe(3);
  });

  it('refuses a value of the wrong type for its key and stores nothing', async () => {
    db = await freshDb();
    for (const [key, value] of [['collectNames', 'yes'], ['escalateAfterMinutes', true], ['escalateAfterMinutes', -1]] as const) {
      const failure = await setSiteSetting(db, key, value).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageError);
      expect((failure as StorageError).kind).toBe('invalid');
    }
    expect(await db.settings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('createSignal', () => {
  it('writes the signal and its message together', async () => {
    db = await freshDb();
    const signal = await createSignal(db, { category: 'water', text: 'Geen waterdruk in de flat', location: 'Kerkstraat 10-40' });
    expect(await db.signals.get(signal.id)).toMatchObject({ category: 'water', location: 'Kerkstraat 10-40' });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ type: 'signal.created' });
    expect(checkEnvelope(entry.envelope)).toMatchObject({ ok: true });
  });

  it('leaves neither record nor message when the write fails', async () => {
    db = await freshDb();
    db.outbox.hook('creating', quotaExceeded);
    const failure = await createSignal(db, { category: 'care', text: 'Oudere dame alleen' }).catch((error: unknown) => error);
    expect((failure as StorageError).kind).toBe('quota');
    expect(await db.signals.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an empty text', async () => {
    db = await freshDb();
    const failure = await createSignal(db, { category: 'care', text: '   ' }).catch((error: unknown) => error);
    expect((failure as StorageError).kind).toBe('invalid');
  });
});

describe('registerHelperOffer', () => {
  it('writes the offer with its availability and its message together', async () => {
    db = await freshDb();
    const offer = await registerHelperOffer(db, { name: 'Soepkeuken De Linde', offer: 'Warme soep, 80 porties per dag', availability: 'dagelijks 12-14 uur', contact: 'Marktstraat 3' });
    expect(await db.helperOffers.get(offer.id)).toMatchObject({ availability: 'dagelijks 12-14 uur' });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ type: 'helper.offered' });
    expect(checkEnvelope(entry.envelope)).toMatchObject({ ok: true });
  });

  it('leaves neither record nor message when the write fails', async () => {
    db = await freshDb();
    db.outbox.hook('creating', quotaExceeded);
    await registerHelperOffer(db, { name: 'Piet', offer: 'Aggregaat' }).catch(() => undefined);
    expect(await db.helperOffers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
