import { HelperOfferSchema, newId, type HelperOffer } from '../../domain';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { enqueue } from '../outbox';

export type HelperOfferInput = Omit<HelperOffer, 'id' | 'at'>;

/** A citizen helper or a local initiative offers help; the point connects, it does not execute. */
export function registerHelperOffer(db: NoodsteunpuntDb, input: HelperOfferInput, now = new Date()): Promise<HelperOffer> {
  return runAction(db, [db.helperOffers], async () => {
    const offer = HelperOfferSchema.parse({ ...input, id: newId(), at: now.toISOString() });
    await db.helperOffers.add(offer);
    await enqueue(db, 'helper.offered', offer);
    return offer;
  });
}
