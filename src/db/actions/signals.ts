import { SignalSchema, newId, type Signal } from '../../domain';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { enqueue } from '../outbox';

export type SignalInput = Omit<Signal, 'id' | 'at'>;

/** Something going on in the neighbourhood, for the coordination point's regional picture. */
export function createSignal(db: NoodsteunpuntDb, input: SignalInput, now = new Date()): Promise<Signal> {
  return runAction(db, [db.signals], async () => {
    const signal = SignalSchema.parse({ ...input, id: newId(), at: now.toISOString() });
    await db.signals.add(signal);
    await enqueue(db, 'signal.created', signal);
    return signal;
  });
}
