/** Supply requests to the coordination point and the receipt of what it sent. */
import { SupplyRequestSchema, newId, signedDelta, type SupplyRequest } from '../../domain/lead';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { StorageError } from '../errors';
import { enqueue } from '../outbox';

export type SupplyRequestInput = Omit<SupplyRequest, 'id' | 'at'>;

export function requestSupply(db: NoodsteunpuntDb, input: SupplyRequestInput, now = new Date()): Promise<SupplyRequest> {
  return runAction(db, [db.supplyRequests], async () => {
    const request = SupplyRequestSchema.parse({ ...input, id: newId(), at: now.toISOString() });
    await db.supplyRequests.add(request);
    await enqueue(db, 'supply.requested', request);
    return request;
  });
}

/**
 * The goods arrived: the receipt and a `received` movement per line, in ONE transaction, so the
 * ledger never shows a delivery that was not confirmed nor a confirmation without its goods.
 * Confirming twice (two tablets, or a double tap) adds nothing the second time.
 */
export function confirmSupplyReceived(
  db: NoodsteunpuntDb,
  input: { requestId: string; lines: { itemId: string; quantity: number }[]; by: string },
  now = new Date(),
): Promise<boolean> {
  return runAction(db, [db.supplyRequests, db.supplyEvents, db.stockMovements], async () => {
    if (!(await db.supplyRequests.get(input.requestId))) throw new StorageError('invalid', 'requestId');
    const earlier = await db.supplyEvents.where('requestId').equals(input.requestId).toArray();
    if (earlier.some((event) => event.status === 'received')) return false;
    const at = now.toISOString();
    const message = await enqueue(db, 'supply.received', { requestId: input.requestId, by: input.by, at });
    // Stored under the message id: when the coordination point hands the message back on pull
    // (applyChange stores it by that id), it is recognised and not stored twice.
    await db.supplyEvents.add({ id: message.id, requestId: input.requestId, status: 'received', by: input.by, at });
    for (const line of input.lines) {
      if (!(line.quantity > 0)) continue;
      const movement = {
        id: newId(),
        itemId: line.itemId,
        kind: 'received' as const,
        delta: signedDelta('received', line.quantity),
        reason: `supply:${input.requestId}`,
        by: input.by,
        at,
      };
      await db.stockMovements.add(movement);
      await enqueue(db, 'stock.moved', movement);
    }
    return true;
  });
}
