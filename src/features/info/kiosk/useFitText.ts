import { useLayoutEffect, type RefObject } from 'react';
import { whenIdle } from '../../../app/idle';
import { keepScale, keptScale } from './keptScales';

const MIN_SCALE = 0.45;
const PRECISION = 0.01;
/** Estimated steps before plain halving: the estimate is good for text, but never trusted forever. */
const ESTIMATED_STEPS = 3;

/**
 * The largest scale in [min, max] at which `heightAt(scale)` is at most `box` (within
 * `precision`; `min` when nothing fits). Every call of `heightAt` is a layout of the page, so it
 * is called as few times as it can: the area of wrapped text grows with about the square of its
 * scale, so each measurement gives an estimate of the answer, taken while it stays inside the
 * bracket that a binary search would keep (wrapping makes the height jump, so the bracket, not
 * the estimate, decides). On a kiosk card: 3 to 5 layouts instead of 8. With `kept`, the
 * answer of an earlier fit of the same text in the same box: one layout while it still fits.
 */
export function largestFittingScale(heightAt: (scale: number) => number, box: number, min: number, max: number, precision = PRECISION, kept?: number): number {
  // A kept scale (the answer for the same text in the same box last time) is tried first and
  // taken when it still fits: one layout. When it overflows, the search goes on below it.
  let scale = kept !== undefined && kept >= min && kept < max ? kept : max;
  let height = heightAt(scale);
  if (height <= box) return scale;
  let fits = min; // assumed to fit (the smallest allowed scale)
  let overflows = scale;
  for (let step = 0; overflows - fits > precision; step += 1) {
    // Slightly under the estimate (landing just inside ends the search soonest), but at least
    // one precision step away from both ends of the bracket, so that every layout narrows it.
    const estimate = scale * Math.sqrt(box / height) - precision / 4;
    const lowest = fits + precision;
    const highest = overflows - precision;
    scale = step < ESTIMATED_STEPS && lowest <= highest ? Math.min(highest, Math.max(lowest, estimate)) : (fits + overflows) / 2;
    height = heightAt(scale);
    if (height <= box) fits = scale;
    else overflows = scale;
  }
  return fits;
}

/**
 * Scales the text in `ref` (through the CSS variable `--fit`) to the largest size, up to
 * `maxScale`, at which it fits its box without scrolling: short cards show large type for
 * reading from a distance, long cards still fit. `key` changes when the content does.
 *
 * The answer is kept per text and screen size (./keptScales.ts), so showing a card again (the
 * next round of the rotation, the next start of the tablet) takes one layout instead of 4–6:
 * the kept scale is set before the box is first measured and taken when the text still fits;
 * whether it is still the largest is checked once the page is idle. Fitted again whenever the
 * box changes size.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, key: string, maxScale = 1): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let active = true;
    let shown: number | undefined;
    /** The box the text was last fitted to. */
    let fittedBox = '';
    const boxOf = () => `${element.clientWidth}x${element.clientHeight}`;
    const heightAt = (scale: number) => {
      if (shown !== scale) element.style.setProperty('--fit', scale.toFixed(3));
      shown = scale;
      return element.scrollHeight;
    };
    const fit = () => {
      // The screen size, not the box's: reading the box would cost a layout before the kept
      // scale is set. The box follows from the screen, the card's layout and the text.
      const keptAs = `${key}|${maxScale}|${window.innerWidth}x${window.innerHeight}`;
      const kept = keptScale(keptAs);
      if (kept !== undefined) {
        // Set before the box is read, so that reading it lays the text out at the kept scale.
        element.style.setProperty('--fit', kept.toFixed(3));
        shown = kept;
      }
      const scale = largestFittingScale(heightAt, element.clientHeight + 1, MIN_SCALE, maxScale, PRECISION, kept);
      fittedBox = boxOf();
      if (shown !== scale) heightAt(scale);
      if (scale !== kept) keepScale(keptAs, scale);
      else whenIdle(() => active && checkKept(keptAs, scale));
    };
    // A kept scale that fits may still be smaller than the best (it was found with a banner
    // above the card, say): when the page is idle, one step up is tried, and if that fits too
    // the search runs again. The text never overflows meanwhile; at worst it is a step small.
    const checkKept = (keptAs: string, kept: number) => {
      const box = element.clientHeight + 1;
      const larger = Math.min(maxScale, kept + PRECISION);
      if (larger > kept && heightAt(larger) <= box) {
        const best = largestFittingScale(heightAt, box, MIN_SCALE, maxScale);
        if (shown !== best) heightAt(best);
        keepScale(keptAs, best);
      } else if (shown !== kept) {
        element.style.setProperty('--fit', kept.toFixed(3));
        shown = kept;
      }
    };
    fit();
    // Fitted again when the box changes: with the window, and with what is around the card (the
    // kiosk's header and footer if they come out other than kept, a banner above the screen).
    // Not for the observer's first report, which is the box just fitted to.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => boxOf() !== fittedBox && fit()) : undefined;
    if (observer) observer.observe(element);
    else window.addEventListener('resize', fit);
    return () => {
      active = false;
      observer?.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [ref, key, maxScale]);
}
