/**
 * The heights of the kiosk's header and footer (the point's name, the clock, the navigation and
 * language buttons), kept per screen size. With them a start draws the first card at once in
 * the box it will keep, and the header and footer a frame later (KioskScreen): the card, which
 * is what residents come to read, is on screen sooner, and its fitted text does not move when
 * they come. Without them (a tablet's first start, a new screen size) all comes in one frame.
 */
import { keptMap } from './keptMap';

export interface ChromeHeights {
  /** px, the header's border box. */
  top: number;
  /** px, the footer's border box. */
  bottom: number;
}

const isHeight = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 10_000;
/** Landscape and portrait, and a spare. */
const heights = keptMap('noodsteunpunt-kiosk-chrome', 4, (value): value is ChromeHeights => {
  const entry = value as Partial<ChromeHeights> | null;
  return typeof entry === 'object' && entry !== null && isHeight(entry.top) && isHeight(entry.bottom);
});

const screenSize = () => `${window.innerWidth}x${window.innerHeight}`;

/** The heights kept for this screen size, if any. */
export const keptChrome = (): ChromeHeights | undefined => heights.get(screenSize());

/** Keeps the heights for this screen size (not written again when unchanged). */
export function keepChrome(measured: ChromeHeights): void {
  const kept = keptChrome();
  if (kept?.top !== measured.top || kept.bottom !== measured.bottom) heights.set(screenSize(), measured);
}

/** For tests: forget what was loaded, so the next call reads localStorage again. */
export const forgetLoadedChrome = (): void => heights.forget();
