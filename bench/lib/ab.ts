/** What an A/B of two builds of the server shares (bench/ingest-ab.bench.ts and the bench it runs). */

/** The figures of one reconnect storm that an A/B compares (bench/ingest.bench.ts, BENCH_JSON). */
export interface StormFigures {
  /** Messages per second into the database. */
  rate: number;
  /** The rate as a share of the raw insert rate: into a bare table, into the server's own schema (0..1). */
  shareBare: number;
  shareSchema: number;
  /** Push latency, ms. */
  p99: number;
  /** CPU of the server's main thread per message, µs (user + kernel). */
  mainUs: number;
}

/**
 * The mean of after − before over interleaved rounds, each round's two runs taken as a pair (they
 * ran a minute apart, so they share that minute's machine), and a 90 % interval of that mean: a
 * bootstrap over the rounds, 2,000 draws. It says how sure a run of rounds is of a difference on
 * this machine in this hour. No interval with fewer than 3 rounds.
 */
export function pairedDifference(before: readonly number[], after: readonly number[], draws = 2000): { mean: number; interval?: [number, number] } {
  if (before.length !== after.length) throw new Error(`pairedDifference: ${before.length} values before, ${after.length} after`);
  const differences = after.map((value, index) => value - before[index]);
  const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mean = meanOf(differences);
  if (differences.length < 3) return { mean };
  const means: number[] = [];
  for (let draw = 0; draw < draws; draw += 1) {
    means.push(meanOf(Array.from({ length: differences.length }, () => differences[Math.floor(Math.random() * differences.length)])));
  }
  means.sort((a, b) => a - b);
  return { mean, interval: [means[Math.floor(draws * 0.05)], means[Math.ceil(draws * 0.95) - 1]] };
}
