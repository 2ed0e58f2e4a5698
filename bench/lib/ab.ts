/** What an A/B of two builds of the server shares (bench/ingest-ab.bench.ts and the bench it runs). */
import { mean } from './env';

/** The figures of one reconnect storm that an A/B compares (bench/ingest.bench.ts, BENCH_JSON). */
export interface StormFigures {
  /** Messages per second into the database. */
  rate: number;
  /** The rate as a share of the raw insert rate into a bare table (0..1). */
  shareBare: number;
  /** SQLite: the rate as a share of the bare table's rate with the server's checkpoint setting (0..1), the strict reference. */
  shareSameCheckpoints?: number;
  /** Push latency, ms. */
  p99: number;
  /** CPU of the server's main thread per message, µs (user + kernel). */
  mainUs: number;
}

/** Student's t, the 95th percentile, by degrees of freedom (1 to 30); beyond, the normal's 1.645. */
const T95 = [6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796, 1.782, 1.771, 1.761, 1.753, 1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697];

/**
 * The mean of after − before over interleaved rounds, each round's two runs taken as a pair (they
 * ran a minute apart, so they share that minute's machine), and a 90 % interval of that mean
 * (Student's t over the rounds' differences: with the few rounds an A/B can afford, a bootstrap's
 * interval came out too narrow, and an A/A run of 6 rounds showed a "difference"). No interval
 * with fewer than 3 rounds. Compare several figures at once and about one in ten of their
 * intervals will miss 0 by chance alone.
 */
export function pairedDifference(before: readonly number[], after: readonly number[]): { mean: number; interval?: [number, number] } {
  if (before.length !== after.length) throw new Error(`pairedDifference: ${before.length} values before, ${after.length} after`);
  const differences = after.map((value, index) => value - before[index]);
  const n = differences.length;
  const average = mean(differences);
  if (n < 3) return { mean: average };
  const variance = differences.reduce((sum, value) => sum + (value - average) ** 2, 0) / (n - 1);
  const half = (T95[n - 2] ?? 1.645) * Math.sqrt(variance / n);
  return { mean: average, interval: [average - half, average + half] };
}
