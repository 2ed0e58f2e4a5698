/**
 * A/B of the server ingest: an earlier commit's server against the working tree's, in
 * interleaved rounds. Each round runs bench/ingest.bench.ts once for each side, in a new order
 * each round, and the rounds are compared in pairs. It is for a change whose effect is smaller
 * than the spread between two runs of that bench: the same code gave 37–54 % of the raw rate
 * within one hour (BENCHMARKS.md, section 6). Only the server process differs between the
 * sides; the simulated tablets, the raw reference and the enrolment are the working tree's, so
 * both commits must have the same database schema (checked). Not part of `npm run bench`: it
 * needs a commit to compare with.
 * The server starts with each checkout's own flags (scripts/server-node.mjs).
 * On SQLite each round's share is also shown against the bare loop with the server's checkpoint
 * setting, the goal's strict reference. Identical servers have come out 11 % and 20 % apart in
 * one run of 4 rounds (an A/A, BENCHMARKS.md section 6): a difference of that size is not evidence.
 * Run: node --import tsx bench/ingest-ab.bench.ts <commit> [rounds] [devices] [messagesPerDevice]
 * SQLite unless BENCH_ONLY=postgres (with BENCH_DATABASE_URL, as for ingest.bench.ts).
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../tests/server/helpers';
import { pairedDifference, type StormFigures } from './lib/ab';
import { checkoutAt } from './lib/checkout';
import { machineLine, mean } from './lib/env';

const [commit, roundsArgument = '5', devices = '300', perDevice = '100'] = process.argv.slice(2);
if (!commit) {
  console.error('Usage: node --import tsx bench/ingest-ab.bench.ts <commit> [rounds] [devices] [messagesPerDevice]');
  process.exit(2);
}
const ROUNDS = Number(roundsArgument);
const ONLY = process.env.BENCH_ONLY ?? 'sqlite';

const migrations = ['server/storage/sqlite-migrations.ts', 'server/storage/postgres-migrations.ts'];
if (spawnSync('git', ['diff', '--quiet', commit, '--', ...migrations], { cwd: REPO_ROOT }).status !== 0) {
  console.error(`${commit} has another database schema than the working tree (${migrations.join(', ')}): this A/B enrols through the working tree's storage and cannot compare them.`);
  process.exit(2);
}

console.log(`Server ingest A/B: ${commit} against the working tree, ${ROUNDS} interleaved rounds of ${devices} tablets × ${perDevice} messages, ${ONLY} · ${machineLine()}`);
const { dir: before, remove: removeCheckout } = checkoutAt(commit, 'ab-ingest');

type Side = 'before' | 'after';

/** The share against the bare loop with the server's checkpoints, each round and the mean; '' where a run has none (PostgreSQL, older benches). */
function sameCheckpoints(runs: StormFigures[]): string {
  const shares = runs.flatMap((run) => (run.shareSameCheckpoints === undefined ? [] : [run.shareSameCheckpoints]));
  if (shares.length < runs.length) return '';
  const percent = (share: number) => (share * 100).toFixed(0);
  return `${shares.map(percent).join(' ')} / ${percent(mean(shares))} %`;
}
/** Per side, per storm (e.g. "SQLite, 1st storm"), the figures of each round. */
const figures: Record<Side, Record<string, StormFigures[]>> = { before: {}, after: {} };

function runOnce(side: Side): void {
  const root = side === 'before' ? before : REPO_ROOT;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/ingest.bench.ts', devices, perDevice], {
    cwd: REPO_ROOT,
    env: { ...process.env, BENCH_ONLY: ONLY, BENCH_JSON: '1', BENCH_SERVER_ROOT: root },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = result.stdout.split('\n').find((each) => each.startsWith('INGEST_FIGURES '));
  if (result.status !== 0 || !line) throw new Error(`The ingest bench failed for ${side} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  for (const [storm, stormFigures] of Object.entries(JSON.parse(line.slice('INGEST_FIGURES '.length)) as Record<string, StormFigures>)) {
    (figures[side][storm] ??= []).push(stormFigures);
  }
}

try {
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: Side[] = Math.random() < 0.5 ? ['before', 'after'] : ['after', 'before'];
    for (const side of order) runOnce(side);
    console.log(`round ${round + 1} of ${ROUNDS} done (${order.join(', then ')})`);
  }

  const rows: Record<string, Record<string, string>> = {};
  for (const storm of Object.keys(figures.after)) {
    for (const side of ['before', 'after'] as const) {
      const runs = figures[side][storm];
      rows[`${storm}, ${side === 'before' ? `before (${commit.slice(0, 7)})` : 'after (working tree)'}`] = {
        'msg/s, each round': runs.map((run) => (run.rate / 1000).toFixed(1) + 'k').join(' '),
        'msg/s, mean': mean(runs.map((run) => run.rate)).toFixed(0),
        'share of raw, bare (mean)': `${(mean(runs.map((run) => run.shareBare)) * 100).toFixed(0)} %`,
        // SQLite: against the bare loop with the server's checkpoint setting (the strict reference, since the twenty-third session).
        "share, the server's checkpoints (each / mean)": sameCheckpoints(runs),
        'p99, worst': `${Math.max(...runs.map((run) => run.p99)).toFixed(0)} ms`,
        'main thread µs/msg (mean)': mean(runs.map((run) => run.mainUs)).toFixed(1),
      };
    }
    const pick = (side: Side, key: 'rate' | 'mainUs') => figures[side][storm].map((run) => run[key]);
    const rate = pairedDifference(pick('before', 'rate'), pick('after', 'rate'));
    const main = pairedDifference(pick('before', 'mainUs'), pick('after', 'mainUs'));
    const interval = (value: { interval?: [number, number] }, digits: number) => (value.interval ? ` (90 %: ${value.interval[0].toFixed(digits)} to ${value.interval[1].toFixed(digits)})` : '');
    rows[`${storm}, after − before`] = {
      'msg/s, each round': '',
      'msg/s, mean': `${rate.mean.toFixed(0)}${interval(rate, 0)}`,
      'share of raw, bare (mean)': '',
      "share, the server's checkpoints (each / mean)": '',
      'p99, worst': '',
      'main thread µs/msg (mean)': `${main.mean.toFixed(1)}${interval(main, 1)}`,
    };
  }
  console.table(rows);
  console.log('After − before: the mean over the rounds and its 90 % interval (Student\'s t). A difference is likely on this machine in this hour when the interval leaves out 0; with four figures compared, expect one interval in ten to miss 0 by chance.');
} finally {
  removeCheckout();
}
process.exit(0);
