import { useLayoutEffect, type RefObject } from 'react';

const MIN_SCALE = 0.45;
const PRECISION = 0.01;

/**
 * Scales the text in `ref` (through the CSS variable `--fit`) to the largest size, up to
 * `maxScale`, at which it fits its box without scrolling: short cards show large type for
 * reading from a distance, long cards still fit. `key` changes when the content does.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, key: string, maxScale = 1): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fits = (scale: number) => {
      element.style.setProperty('--fit', scale.toFixed(2));
      return element.scrollHeight <= element.clientHeight + 1;
    };
    // The largest scale that fits (wrapping makes height jump, so search rather than step).
    const fit = () => {
      if (fits(maxScale)) return;
      let low = MIN_SCALE;
      let high = maxScale;
      while (high - low > PRECISION) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      fits(low);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref, key, maxScale]);
}
