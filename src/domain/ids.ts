/** Ids are made on the device when the user acts; they are the idempotency keys of sync. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
