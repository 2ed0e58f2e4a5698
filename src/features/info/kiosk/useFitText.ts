import { useLayoutEffect, type RefObject } from 'react';

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
 * the estimate, decides). On a kiosk card: 3 to 5 layouts instead of 8.
 */
export function largestFittingScale(heightAt: (scale: number) => number, box: number, min: number, max: number, precision = PRECISION): number {
  let height = heightAt(max);
  if (height <= box) return max;
  let fits = min; // assumed to fit (the smallest allowed scale)
  let overflows = max;
  let scale = max;
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
 */
export function useFitText(ref: RefObject<HTMLElement | null>, key: string, maxScale = 1): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let shown: number | undefined;
    const heightAt = (scale: number) => {
      shown = scale;
      element.style.setProperty('--fit', scale.toFixed(3));
      return element.scrollHeight;
    };
    const fit = () => {
      const scale = largestFittingScale(heightAt, element.clientHeight + 1, MIN_SCALE, maxScale);
      if (shown !== scale) heightAt(scale);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref, key, maxScale]);
}
