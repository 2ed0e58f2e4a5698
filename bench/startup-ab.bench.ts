/**
 * A/B of the offline cold start: the desk of an earlier commit against the working tree's, in
 * one run, each against the same floor (the hello PWA). Same method as startup.bench.ts
 * (installed online, then offline with 4x CPU throttling; cold starts interleaved), for a
 * change whose gain is smaller than the spread between two runs of that bench on a shared
 * machine. Not part of `npm run bench`: it needs a commit to compare with.
 * Run: node --import tsx bench/startup-ab.bench.ts <commit> [runs] [route] [selector]
 * (BENCH_SESSIONS: how many sessions the runs are spread over, 4 by default. BENCH_OWN_BROWSERS=1:
 * each subject in a browser of its own; in one browser, the subject on the other side moved the
 * "before" figure by up to 0.4x, BENCHMARKS.md section 1.)
 */
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/harness';
import { REPO_ROOT, makeTempDir, startServerProcess, type ServerProcess } from '../tests/server/helpers';
import { machineLine, median } from './lib/env';
import { buildHello, coldStart, installedOffline, READY } from './lib/startup';

const [commit, runsArgument = '12', route = '/desk', selector = READY.desk] = process.argv.slice(2);
if (!commit) {
  console.error('Usage: node --import tsx bench/startup-ab.bench.ts <commit> [runs] [route] [selector]');
  process.exit(2);
}
const RUNS = Number(runsArgument);
/**
 * The starts are spread over this many sessions, each with every subject installed in a new
 * browser context. One context per subject for the whole run gave the same build 1.43x to 1.83x
 * the floor from one run of this bench to the next (2026-11-26/27), more than the spread within
 * a run: part of it belongs to the context (its service worker, its caches, its renderer).
 * (Keeping several contexts per subject open at once instead made every start, the floor's too,
 * 5x slower.) The table shows each session's ratio, so the spread between them can be seen.
 */
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 4);

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}
console.log(`Start-up A/B: ${commit} against the working tree, ${route}, ${RUNS} offline cold starts each, 4x CPU throttling · ${machineLine()}`);

const work = makeTempDir('nsp-bench-ab-');
const before = path.join(REPO_ROOT, 'bench', '.work', `ab-${commit.slice(0, 12)}`);
const helloDir = path.join(REPO_ROOT, 'bench', '.work', 'hello-ab');
rmSync(before, { recursive: true, force: true });
execFileSync('git', ['worktree', 'add', '--detach', '--force', before, commit], { cwd: REPO_ROOT, stdio: 'ignore' });
const servers: ServerProcess[] = [];
/** One browser for all subjects, or (BENCH_OWN_BROWSERS=1, see the header) one per subject. */
const browsers = [await launchBrowser()];
if (process.env.BENCH_OWN_BROWSERS === '1') browsers.push(await launchBrowser(), await launchBrowser());
try {
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(before, 'node_modules'));
  await build({ root: before, logLevel: 'error' });
  await build({ root: REPO_ROOT, logLevel: 'error' });
  const hello = await buildHello(helloDir);
  const subjects: { name: string; url: string; ready: string; page?: Page; times: number[]; sessionMedians: number[] }[] = [];
  const add = async (name: string, distDir: string, url: (base: string) => string, ready: string) => {
    const server = await startServerProcess({ dataDir: path.join(work.dir, name.replace(/\W+/g, '-')), distDir });
    servers.push(server);
    subjects.push({ name, url: url(server.url), ready, times: [], sessionMedians: [] });
  };
  await add('hello PWA (floor)', hello, (base) => `${base}/`, READY.floor);
  await add(`before (${commit.slice(0, 7)})`, path.join(before, 'dist'), (base) => `${base}${route}`, selector);
  await add('after (working tree)', path.join(REPO_ROOT, 'dist'), (base) => `${base}${route}`, selector);
  for (let session = 0; session < SESSIONS; session += 1) {
    // Each session installs every subject in a new browser context (see SESSIONS).
    for (const [index, subject] of subjects.entries()) {
      subject.page = await installedOffline(browsers[index % browsers.length], subject.url, subject.ready);
      await subject.page.goto('about:blank'); // an installed page left running would load the cores
    }
    const from = subjects.map((subject) => subject.times.length);
    for (let run = 0; run < Math.ceil(RUNS / SESSIONS); run += 1)
      // In a new order each round: a start that always follows the same subject would always
      // share the 2 cores with what is left of that subject's page (its renderer shutting down).
      for (const subject of shuffled(subjects)) {
        subject.times.push(await coldStart(subject.page!, subject.url));
        await subject.page!.goto('about:blank'); // its after-start work must not overlap the next start
      }
    subjects.forEach((subject, index) => subject.sessionMedians.push(median(subject.times.slice(from[index]))));
    for (const subject of subjects) await subject.page!.context().close();
  }
  const floor = median(subjects[0].times);
  console.table(
    Object.fromEntries(
      subjects.map((subject) => [
        subject.name,
        {
          median: `${median(subject.times).toFixed(0)} ms`,
          'vs floor': `${(median(subject.times) / floor).toFixed(2)}×`,
          'ms, each session': subject.sessionMedians.map((value) => value.toFixed(0)).join(' '),
          'vs floor, each session': subject.sessionMedians.map((value, index) => `${(value / subjects[0].sessionMedians[index]).toFixed(2)}×`).join(' '),
        },
      ]),
    ),
  );
} finally {
  for (const browser of browsers) await browser.close();
  for (const server of servers) await server.stop();
  work.remove();
  execFileSync('git', ['worktree', 'remove', '--force', before], { cwd: REPO_ROOT, stdio: 'ignore' });
  rmSync(helloDir, { recursive: true, force: true });
}
process.exit(0);
