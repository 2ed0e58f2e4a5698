/**
 * The scales that useFitText found, kept across starts in localStorage: by the card's text,
 * the largest scale allowed and the screen size. A kiosk tablet shows the same few cards all day
 * and is restarted whenever the power comes and goes; each fit it does not have to search for
 * is 3–5 layouts of a large card saved on a slow CPU. Public card texts only; no personal data.
 */
const STORAGE_KEY = 'noodsteunpunt-fitted-scales';
/** Enough for every card of a point in both layouts and a couple of screen sizes. */
export const KEPT_LIMIT = 64;

let scales: Map<string, number> | undefined;

function load(): Map<string, number> {
  if (scales) return scales;
  scales = new Map();
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(stored))
      for (const entry of stored)
        if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && Number.isFinite(entry[1])) scales.set(entry[0], entry[1]);
  } catch {
    // Unreadable (or no localStorage): the fits are searched for again, nothing else depends on it.
  }
  return scales;
}

/** The scale kept for `key`, if any. */
export function keptScale(key: string): number | undefined {
  return load().get(key);
}

/** Keeps `scale` for `key`; the oldest entries go beyond KEPT_LIMIT. */
export function keepScale(key: string, scale: number): void {
  const all = load();
  all.delete(key);
  all.set(key, scale);
  for (const oldest of all.keys()) {
    if (all.size <= KEPT_LIMIT) break;
    all.delete(oldest);
  }
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...all]));
  } catch {
    // Storage full or blocked: kept for this page only.
  }
}

/** For tests: forget what was loaded, so the next call reads localStorage again. */
export function forgetLoadedScales(): void {
  scales = undefined;
}
