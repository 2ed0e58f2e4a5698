/**
 * PostgreSQL for a benchmark: BENCH_DATABASE_URL when it is set, or a throwaway cluster
 * (scripts/pg-test-cluster.sh, run from the repository's root) that `stop()` removes again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';

export function startPostgres(): { url: string; stop(): void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => undefined };
  const dir = mkdtempSync(path.join('/tmp', 'nsp-bench-pg-'));
  const port = String(55000 + Math.floor(Math.random() * 5000));
  const url = execFileSync('sh', ['scripts/pg-test-cluster.sh', 'start', dir, port]).toString().trim().split('\n').at(-1)!;
  return { url, stop: () => execFileSync('sh', ['scripts/pg-test-cluster.sh', 'stop', dir]) };
}
