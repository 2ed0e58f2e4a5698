/**
 * The kiosk's copies for its next start (its last screen, ./snapshot.ts; its cards,
 * ./keptCards.ts) in localStorage. A copy is a convenience, never a record: when storage is
 * blocked it is simply not there, and when a newer copy cannot be written (storage full) the
 * older one is removed, so that no start ever shows a state older than the last one it saw.
 */

/** The copy under `key`, or null (none, or storage blocked). */
export function readCopy(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `text` under `key` (not written again when unchanged); removes the older copy if it cannot. */
export function keepCopy(key: string, text: string): void {
  try {
    if (localStorage.getItem(key) !== text) localStorage.setItem(key, text);
  } catch {
    dropCopy(key);
  }
}

export function dropCopy(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing kept, nothing to drop.
  }
}
