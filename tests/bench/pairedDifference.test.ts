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
    // The sides moved by 20,000 between rounds; the interval stays about ±100 around the difference.
    expect(interval![0]).toBeGreaterThan(950);
    expect(interval![1]).toBeLessThan(1_210);
  });

  it('is Student’s 90 % interval of the mean difference', () => {
    // Differences 1, 2, 3, 4, 5: mean 3, sd 1.581, n 5, t(4) 2.132: 3 ± 1.508.
    const { mean, interval } = pairedDifference([0, 0, 0, 0, 0], [1, 2, 3, 4, 5]);
    expect(mean).toBe(3);
    expect(interval![0]).toBeCloseTo(1.492, 3);
    expect(interval![1]).toBeCloseTo(4.508, 3);
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
