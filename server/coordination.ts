/**
 * Messages that the coordination point itself sends: report status changes and region-wide
 * bulletins. They go through the same envelope check as a tablet's messages (with the
 * coordination point's ownership rights) and into the same store, so tablets pull them like
 * any other change.
 */
import { randomUUID } from 'node:crypto';
import { checkEnvelope, type Envelope, type MessageType, type PayloadOf } from '../src/domain';
import { BROADCAST_SITE_ID, type Storage, type StoreOutcome } from './storage';

export { BROADCAST_SITE_ID };

/** The device id on every message the coordination point sends. */
export const COORDINATION_DEVICE_ID = '00000000-0000-4000-8000-000000000000';

export class InvalidMessageError extends Error {
  constructor(readonly detail: string) {
    super(`Invalid message: ${detail}`);
    this.name = 'InvalidMessageError';
  }
}

export interface Publication<T extends MessageType> {
  /** null: a broadcast that every site pulls. */
  siteId: string | null;
  type: T;
  payload: PayloadOf<T>;
  /** Defaults to a new UUID; pass one to make a retried publication idempotent. */
  id?: string;
  now?: Date;
}

export async function publishFromCoordination<T extends MessageType>(
  storage: Storage,
  publication: Publication<T>,
): Promise<{ envelope: Envelope; outcome: StoreOutcome }> {
  const now = publication.now ?? new Date();
  const check = checkEnvelope(
    {
      id: publication.id ?? randomUUID(),
      type: publication.type,
      siteId: publication.siteId ?? BROADCAST_SITE_ID,
      deviceId: COORDINATION_DEVICE_ID,
      createdAt: now.toISOString(),
      payload: publication.payload,
    },
    'coordination',
  );
  if (!check.ok) throw new InvalidMessageError(check.error);
  const { envelope } = check;
  const [outcome] = await storage.storeMessages([
    { ...envelope, siteId: publication.siteId, origin: 'coordination', receivedAt: now.toISOString() },
  ]);
  return { envelope, outcome };
}
