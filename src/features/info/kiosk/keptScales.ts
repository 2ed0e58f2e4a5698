/**
 * The scales that useFitText found, kept across starts in localStorage: by the card's text,
 * the largest scale allowed and the screen size. A kiosk tablet shows the same few cards all day
 * and is restarted whenever the power comes and goes; each fit it does not have to search for
 * is 3–5 layouts of a large card saved on a slow CPU. Public card texts only; no personal data.
 */
import { keptMap } from './keptMap';

/** Enough for every card of a point in both layouts and a couple of screen sizes. */
export const KEPT_LIMIT = 64;

const scales = keptMap('noodsteunpunt-fitted-scales', KEPT_LIMIT, (value): value is number => typeof value === 'number' && Number.isFinite(value));

/** The scale kept for `key`, if any. */
export const keptScale = (key: string): number | undefined => scales.get(key);

/** Keeps `scale` for `key`; the oldest entries go beyond KEPT_LIMIT. */
export const keepScale = (key: string, scale: number): void => scales.set(key, scale);

/** For tests: forget what was loaded, so the next call reads localStorage again. */
export const forgetLoadedScales = (): void => scales.forget();
