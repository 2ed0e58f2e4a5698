import { SitrepSchema, newId, type Sitrep } from '../../domain/lead';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { enqueue } from '../outbox';

export type SitrepInput = Omit<Sitrep, 'id' | 'at'>;

/** A situation report for the coordination point, queued with urgent priority. */
export function createSitrep(db: NoodsteunpuntDb, input: SitrepInput, now = new Date()): Promise<Sitrep> {
  return runAction(db, [db.sitreps], async () => {
    const sitrep = SitrepSchema.parse({ ...input, id: newId(), at: now.toISOString() });
    await db.sitreps.add(sitrep);
    await enqueue(db, 'sitrep.created', sitrep);
    return sitrep;
  });
}
