/**
 * Messages the coordination point refused stay here until a person fixes or discards them
 * (DESIGN.md guarantee 4). A discarded message is kept with its reason, for the evaluation.
 */
import { MESSAGE_TYPES, describeIssues } from '../domain';
import { runAction } from './action';
import type { NoodsteunpuntDb } from './db';
import { StorageError } from './errors';

export async function discardRejected(db: NoodsteunpuntDb, seq: number, reason: string): Promise<void> {
  if (!reason.trim()) throw new StorageError('invalid', 'reason');
  await runAction(db, [], async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.state !== 'rejected') return;
    await db.outbox.update(seq, { state: 'discarded', discardReason: reason.trim(), discardedAt: new Date().toISOString() });
  });
}

/** Fix the payload (as edited JSON) and queue the message again under the same id. */
export async function resendRejected(db: NoodsteunpuntDb, seq: number, editedPayload: string): Promise<void> {
  await runAction(db, [], async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.state !== 'rejected') return;
    let json: unknown;
    try {
      json = JSON.parse(editedPayload);
    } catch {
      throw new StorageError('invalid', 'JSON');
    }
    const checked = MESSAGE_TYPES[entry.type].payload.safeParse(json);
    if (!checked.success) throw new StorageError('invalid', describeIssues(checked.error));
    await db.outbox.update(seq, { state: 'pending', lastError: undefined, envelope: { ...entry.envelope, payload: checked.data } });
  });
}
