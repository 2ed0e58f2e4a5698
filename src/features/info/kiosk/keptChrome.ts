/**
 * The heights of the kiosk's header and footer (the point's name, the clock, the navigation and
 * language buttons), kept per screen size. With them a start draws the first card at once in
 * the box it will keep, and the header and footer a frame later (KioskScreen): the card, which
 * is what residents come to read, is on screen sooner, and its fitted text does not move when
 * they come. Without them (a tablet's first start, a new screen size) all comes in one frame.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { afterNextPaint, whenIdle } from '../../../app/idle';
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

/**
 * The kiosk's header and footer a frame after the first card, when their heights are kept:
 * `later` is true until the first frame has been drawn, and `topStyle` / `bottomStyle` give the
 * empty bars their kept heights meanwhile. Once they are there and `measure` holds (the default
 * languages), their heights are kept for the next start, when the page is idle.
 */
export function useChromeAfterCard(measure: boolean) {
  const [shells] = useState(keptChrome);
  const [later, setLater] = useState(shells !== undefined);
  const topRef = useRef<HTMLElement>(null);
  const bottomRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!later) return;
    let current = true;
    void afterNextPaint().then(() => current && setLater(false));
    return () => {
      current = false;
    };
  }, [later]);
  const measureNow = !later && measure;
  useEffect(() => {
    if (!measureNow) return;
    let current = true;
    whenIdle(() => {
      if (current && topRef.current && bottomRef.current)
        keepChrome({ top: topRef.current.getBoundingClientRect().height, bottom: bottomRef.current.getBoundingClientRect().height });
    });
    return () => {
      current = false;
    };
  }, [measureNow]);
  const shell = (height: number | undefined): CSSProperties | undefined => (later ? { height } : undefined);
  return { later, topRef, bottomRef, topStyle: shell(shells?.top), bottomStyle: shell(shells?.bottom) };
}
