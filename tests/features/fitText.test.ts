import { describe, expect, it } from 'vitest';
import { largestFittingScale } from '../../src/features/info/kiosk/useFitText';

/** Text of `chars` characters in a box `width` wide: lines wrap, so the height jumps. */
function wrappedText(chars: number, width: number) {
  const calls: number[] = [];
  const heightAt = (scale: number) => {
    calls.push(scale);
    const perLine = Math.max(1, Math.floor(width / (10 * scale)));
    return Math.ceil(chars / perLine) * 24 * scale;
  };
  return { heightAt, calls };
}

/** What a plain binary search finds: the reference. */
function bisect(heightAt: (scale: number) => number, box: number, min: number, max: number): number {
  if (heightAt(max) <= box) return max;
  let low = min;
  let high = max;
  while (high - low > 0.01) {
    const middle = (low + high) / 2;
    if (heightAt(middle) <= box) low = middle;
    else high = middle;
  }
  return low;
}

describe('fitting a card’s text', () => {
  it.each([
    [60, 900, 700],
    [3000, 900, 600],
    [4000, 900, 700],
    [5000, 1200, 800],
    [6000, 900, 700],
    [9000, 900, 700],
  ])('finds the largest scale that fits (%i characters, %i × %i), with fewer layouts than halving', (chars, width, box) => {
    const ours = wrappedText(chars, width);
    const reference = wrappedText(chars, width);
    const scale = largestFittingScale(ours.heightAt, box, 0.45, 1);
    const layouts = ours.calls.length;
    const expected = bisect(reference.heightAt, box, 0.45, 1);
    // It fits, and it is as large as the binary search's answer (within the precision).
    expect(wrappedText(chars, width).heightAt(scale)).toBeLessThanOrEqual(box);
    expect(scale).toBeGreaterThanOrEqual(expected - 0.01);
    expect(scale <= 1).toBe(true);
    expect(layouts).toBeLessThanOrEqual(reference.calls.length);
  });

  it('keeps the largest scale when all fits, and the smallest when nothing does', () => {
    expect(largestFittingScale(() => 100, 200, 0.45, 1.5)).toBe(1.5);
    expect(largestFittingScale(() => 1000, 200, 0.45, 1)).toBeLessThan(0.46);
  });

  it('measures a long card in four layouts where halving needs seven or eight', () => {
    for (const chars of [3000, 4000, 6000, 9000]) {
      const ours = wrappedText(chars, 900);
      const reference = wrappedText(chars, 900);
      largestFittingScale(ours.heightAt, 650, 0.45, 1);
      bisect(reference.heightAt, 650, 0.45, 1);
      expect(ours.calls.length).toBeLessThanOrEqual(4);
      expect(reference.calls.length).toBeGreaterThanOrEqual(7);
    }
  });
});
