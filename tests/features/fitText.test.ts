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

describe('fitting with a kept scale (the answer for the same text and box last time)', () => {
  it('takes the kept scale in one layout while the text still fits at it', () => {
    const first = wrappedText(4000, 900);
    const answer = largestFittingScale(first.heightAt, 700, 0.45, 1);
    const again = wrappedText(4000, 900);
    expect(largestFittingScale(again.heightAt, 700, 0.45, 1, 0.01, answer)).toBe(answer);
    expect(again.calls).toEqual([answer]);
  });

  it('searches below a kept scale that no longer fits, and finds what a search without it finds', () => {
    for (const [chars, box] of [
      [4000, 500],
      [9000, 600],
      [3000, 300],
    ]) {
      const kept = 0.95; // kept for a larger box, say
      const ours = wrappedText(chars, 900);
      const scale = largestFittingScale(ours.heightAt, box, 0.45, 1, 0.01, kept);
      expect(ours.calls[0]).toBe(kept);
      expect(wrappedText(chars, 900).heightAt(scale)).toBeLessThanOrEqual(box);
      expect(scale).toBeGreaterThanOrEqual(bisect(wrappedText(chars, 900).heightAt, box, 0.45, 1) - 0.01);
      expect(scale).toBeLessThan(kept);
    }
  });

  it('ignores a kept scale outside the allowed range', () => {
    for (const kept of [0.2, 1, 3, Number.NaN]) {
      const ours = wrappedText(4000, 900);
      const reference = wrappedText(4000, 900);
      expect(largestFittingScale(ours.heightAt, 700, 0.45, 1, 0.01, kept)).toBe(largestFittingScale(reference.heightAt, 700, 0.45, 1));
      expect(ours.calls).toEqual(reference.calls);
    }
  });
});
