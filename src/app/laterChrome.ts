/**
 * A screen's chrome (the app's header, the desk's tabs, the kiosk's header and footer) a frame
 * after the start's first content. The height of each part is kept per screen size; with it, a
 * start draws the content (the registration form, a kiosk card) at once in the box it will
 * keep, with an empty bar of the kept height where the part goes, and the part itself in the
 * next frame: what the person came for is on screen sooner, and it does not move when the
 * rest comes (BENCHMARKS.md section 1). Without a kept height (a tablet's first start, a new
 * screen size) and after the first screen, all comes in one frame.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { isFirstScreenShown } from './firstScreen';
import { afterNextPaint, whenIdle } from './idle';
import { keptMap } from './keptMap';

const isHeight = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 10_000;
/** Four parts in two languages and two orientations, and spares. */
const heights = keptMap('noodsteunpunt-chrome-heights', 24, isHeight);

const keyOf = (part: string) => `${part} ${window.innerWidth}x${window.innerHeight}`;

/** The height kept for `part` at this screen size, px (its border box), if any. */
export const keptHeight = (part: string): number | undefined => heights.get(keyOf(part));

/**
 * Keeps the height of `part` for this screen size (not written again when unchanged); not a
 * height of 0 (a part not laid out: a hidden page).
 */
export function keepHeight(part: string, height: number): void {
  if (height > 0 && keptHeight(part) !== height) heights.set(keyOf(part), height);
}

/** For tests: forget what was loaded, so the next call reads localStorage again. */
export const forgetKeptHeights = (): void => heights.forget();

/** One frame for all parts: they come together, in one render after the first frame. */
let firstFrame: Promise<void> | undefined;

/**
 * The part of the chrome called `part` (its height differs by it: name the language or mode
 * when the text differs), a frame after the first content when its height is kept. `later` is
 * true until then: render the part's element with `ref` and `style` (its kept height) and
 * without its content. Once it is there and `measure` holds, its height is kept for the next
 * start, when the page is idle. `enabled` false: never later (a screen whose chrome differs).
 */
export function useLaterChrome<T extends HTMLElement>(part: string, { enabled = true, measure = true }: { enabled?: boolean; measure?: boolean } = {}) {
  const [kept] = useState(() => (enabled && !isFirstScreenShown() ? keptHeight(part) : undefined));
  const [later, setLater] = useState(kept !== undefined);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!later) return;
    let current = true;
    void (firstFrame ??= afterNextPaint()).then(() => current && setLater(false));
    return () => {
      current = false;
    };
  }, [later]);
  const measureNow = !later && measure;
  useEffect(() => {
    if (!measureNow) return;
    let current = true;
    whenIdle(() => {
      if (current && ref.current) keepHeight(part, ref.current.getBoundingClientRect().height);
    });
    return () => {
      current = false;
    };
  }, [measureNow, part]);
  const style: CSSProperties | undefined = later ? { height: kept } : undefined;
  return { later, ref, style };
}
