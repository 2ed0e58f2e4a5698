// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetLoadedScales, KEPT_LIMIT, keepScale, keptScale } from '../../../src/features/info/kiosk/keptScales';
import { useFitText } from '../../../src/features/info/kiosk/useFitText';

/** jsdom has no layout: a card's text wraps as in fitText.test.ts, and each read of scrollHeight is counted as a layout. */
let layouts: number[] = [];
const BOX = 700;
beforeEach(() => {
  layouts = [];
  localStorage.clear();
  forgetLoadedScales();
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => BOX - 1 });
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const scale = Number(this.style.getPropertyValue('--fit') || 1);
      layouts.push(scale);
      const perLine = Math.max(1, Math.floor(900 / (10 * scale)));
      return Math.ceil(Number(this.dataset.chars) / perLine) * 24 * scale;
    },
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
});

function Card({ id, chars }: { id: string; chars: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitText(ref, id);
  return <div ref={ref} data-testid="card" data-chars={chars} />;
}
const fitOf = () => screen.getByTestId('card').style.getPropertyValue('--fit');

describe('kept text scales', () => {
  it('fits a card shown again after a restart in one layout, at the same scale', () => {
    const first = render(<Card id="water:1" chars={4000} />);
    const searched = layouts.length;
    const scale = fitOf();
    expect(searched).toBeGreaterThanOrEqual(3);
    first.unmount();

    forgetLoadedScales(); // a new page: only localStorage is left
    layouts = [];
    render(<Card id="water:1" chars={4000} />);
    expect(layouts).toHaveLength(1);
    expect(fitOf()).toBe(scale);
  });

  it('grows a kept scale that fits but is smaller than the best, once the page is idle', async () => {
    const best = render(<Card id="water:1" chars={4000} />);
    const bestScale = fitOf();
    best.unmount();
    const keptAs = `water:1|1|${window.innerWidth}x${window.innerHeight}`;
    keepScale(keptAs, 0.6); // found with less room (a banner above the card, say)
    layouts = [];
    render(<Card id="water:1" chars={4000} />);
    expect(fitOf()).toBe('0.600'); // at once, in one layout: it fits
    expect(layouts).toHaveLength(1);
    await waitFor(() => expect(fitOf()).toBe(bestScale), { timeout: 2000 }); // jsdom: the idle fallback timer
    expect(keptScale(keptAs)?.toFixed(3)).toBe(bestScale);
  });

  it('leaves the best scale as it is when the idle check finds one step up too large', async () => {
    render(<Card id="water:1" chars={4000} />).unmount();
    const scale = keptScale(`water:1|1|${window.innerWidth}x${window.innerHeight}`)!;
    render(<Card id="water:1" chars={4000} />);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(fitOf()).toBe(scale.toFixed(3));
    expect(keptScale(`water:1|1|${window.innerWidth}x${window.innerHeight}`)).toBe(scale);
  });

  it('searches again for changed text and for another screen size', () => {
    render(<Card id="water:1" chars={4000} />).unmount();
    layouts = [];
    render(<Card id="water:2" chars={6000} />).unmount();
    expect(layouts.length).toBeGreaterThanOrEqual(3);

    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(800);
    layouts = [];
    render(<Card id="water:1" chars={4000} />);
    expect(layouts.length).toBeGreaterThanOrEqual(3);
  });

  it('starts empty from an unreadable entry, and fits as before', () => {
    localStorage.setItem('noodsteunpunt-fitted-scales', '{not json');
    render(<Card id="water:1" chars={4000} />);
    expect(Number(fitOf())).toBeGreaterThan(0.45);
    expect(keptScale(`water:1|1|${window.innerWidth}x${window.innerHeight}`)?.toFixed(3)).toBe(fitOf());
  });

  it('keeps the scales for the page when localStorage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<Card id="water:1" chars={4000} />).unmount();
    layouts = [];
    render(<Card id="water:1" chars={4000} />);
    expect(layouts).toHaveLength(1);
  });

  it('forgets the oldest scales beyond the limit', () => {
    for (let index = 0; index < KEPT_LIMIT + 6; index += 1) keepScale(`card-${index}`, 0.5);
    forgetLoadedScales();
    expect(keptScale('card-0')).toBeUndefined();
    expect(keptScale('card-5')).toBeUndefined();
    expect(keptScale('card-6')).toBe(0.5);
    expect(keptScale(`card-${KEPT_LIMIT + 5}`)).toBe(0.5);
  });
});
