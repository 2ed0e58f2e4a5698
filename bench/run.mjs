// `npm run bench`: every benchmark, one after the other, each printing its figures side by
// side with its reference. Each can also run alone (see BENCHMARKS.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const quick = process.argv.includes('--quick');
const benches = [
  ['bundle and cold start', ['bench/startup.bench.ts']],
  ['cold start, one subject at a time', ['bench/startup-alone.bench.ts', quick ? '5' : '10']],
  ['local operations at scale', ['bench/desk-search.mjs', quick ? '20000' : '100000', quick ? '50' : '100']],
  ['backlog drain vs PouchDB', ['bench/drain.bench.ts', quick ? '2000' : '20000']],
  ['emergency latency under backlog', ['bench/emergency.bench.ts', quick ? '5' : '20', quick ? '5000' : '20000']],
  ['server ingest', ['bench/ingest.bench.ts', quick ? '60' : '300', '100']],
  ['tablet replacement', ['bench/restore.bench.ts', quick ? '1000' : '5000']],
];

let failed = 0;
for (const [name, [script, ...args]] of benches) {
  if (!existsSync(script)) {
    console.log(`\n■ ${name}: ${script} not present, skipped`);
    continue;
  }
  console.log(`\n■ ${name}`);
  const runner = script.endsWith('.mjs') ? [script] : ['--import', 'tsx', script];
  const result = spawnSync(process.execPath, [...runner, ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
