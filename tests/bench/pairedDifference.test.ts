import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../bench/lib/ab';

describe('the ingest A/B’s difference between two builds', () => {
  it('is the difference itself when every round differed by the same', () => {
    expect(pairedDifference([30_000, 25_000, 35_000, 28_000], [31_000, 26_000, 36_000, 29_000])).toEqual({ mean: 1_000, interval: [1_000, 1_000] });
  });

  it('pairs the rounds: a slow hour that slows both sides does not widen it', () => {
    const before = [20_000, 40_000, 20_000, 40_000, 30_000];
    const after = before.map((value, round) => value + 1_000 + (round % 2) * 200);
    const { mean, interval } = pairedDifference(before, after);
    expect(mean).toBeCloseTo(1_080);
    expect(interval![0]).toBeGreaterThanOrEqual(1_000);
    expect(interval![1]).toBeLessThanOrEqual(1_200);
  });

  it('straddles zero when the rounds disagree', () => {
    const { interval } = pairedDifference([30, 30, 30, 30, 30, 30], [35, 25, 36, 24, 33, 27]);
    expect(interval![0]).toBeLessThan(0);
    expect(interval![1]).toBeGreaterThan(0);
  });

  it('gives no interval with fewer than three rounds, and refuses unpaired rounds', () => {
    expect(pairedDifference([1, 2], [2, 3])).toEqual({ mean: 1 });
    expect(() => pairedDifference([1, 2, 3], [1, 2])).toThrow(/3 values before, 2 after/);
  });
});
