/**
 * A small map kept across starts in localStorage, the latest `limit` entries: what the kiosk
 * worked out on an earlier start (a card's fitted text scale, the height of its header) and
 * would otherwise work out again on a slow CPU before its first card. A kept value is a hint,
 * never a record: unreadable storage means an empty map, and storage that cannot be written
 * means the value is kept for this page only.
 */
export interface KeptMap<V> {
  get(key: string): V | undefined;
  /** Keeps `value` under `key` as the latest entry; the oldest go beyond the limit. */
  set(key: string, value: V): void;
  /** For tests: forget what was loaded, so the next call reads localStorage again. */
  forget(): void;
}

export function keptMap<V>(storageKey: string, limit: number, isValue: (value: unknown) => value is V): KeptMap<V> {
  let entries: Map<string, V> | undefined;
  const load = () => {
    if (entries) return entries;
    entries = new Map();
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
      if (Array.isArray(stored))
        for (const entry of stored) if (Array.isArray(entry) && typeof entry[0] === 'string' && isValue(entry[1])) entries.set(entry[0], entry[1]);
    } catch {
      // Unreadable (or no localStorage): worked out again, nothing else depends on it.
    }
    return entries;
  };
  return {
    get: (key) => load().get(key),
    set(key, value) {
      const all = load();
      all.delete(key);
      all.set(key, value);
      for (const oldest of all.keys()) {
        if (all.size <= limit) break;
        all.delete(oldest);
      }
      try {
        localStorage.setItem(storageKey, JSON.stringify([...all]));
      } catch {
        // Storage full or blocked: kept for this page only.
      }
    },
    forget() {
      entries = undefined;
    },
  };
}
