/**
 * A/B of the offline cold start: the desk of an earlier commit against the working tree's, in
 * one run, each against the same floor (the hello PWA). Same method as startup.bench.ts
 * (installed online, then offline with 4x CPU throttling; cold starts interleaved), for a
 * change whose gain is smaller than the spread between two runs of that bench on a shared
 * machine. Not part of `npm run bench`: it needs a commit to compare with.
 * Run: node --import tsx bench/startup-ab.bench.ts <commit> [runs] [route] [selector] [complete]
 * (`complete`: the rest of the screen, timed as well; the desk's header by default.)
 * (BENCH_SESSIONS: how many sessions the runs are spread over, 4 by default. Each subject runs in
 * a browser of its own; BENCH_OWN_BROWSERS=0 puts them in one, where the subject on the other
 * side moved the "before" figure by up to 0.4x, BENCHMARKS.md section 1.)
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT, makeTempDir, startServerProcess, type ServerProcess } from '../tests/server/helpers';
import { checkoutAt } from './lib/checkout';
import { machineLine } from './lib/env';
import { buildHello, completeRow, interleavedStarts, launchSubjectBrowsers, METHOD, READY, startRow, startSubject, type AlsoTimed, type StartSubject } from './lib/startup';

const [commit, runsArgument = '12', route = '/desk', selector = READY.desk, complete = route === '/desk' ? READY.deskComplete : undefined] = process.argv.slice(2);
if (!commit) {
  console.error('Usage: node --import tsx bench/startup-ab.bench.ts <commit> [runs] [route] [selector] [complete selector]');
  process.exit(2);
}
const RUNS = Number(runsArgument);
console.log(`Start-up A/B: ${commit} against the working tree, ${route}, ${RUNS} offline cold starts each in ${METHOD} · ${machineLine()}`);

const work = makeTempDir('nsp-bench-ab-');
const helloDir = path.join(REPO_ROOT, 'bench', '.work', 'hello-ab');
const { dir: before, remove: removeCheckout } = checkoutAt(commit, 'ab');
const servers: ServerProcess[] = [];
// The floor, before and after.
const browsers = await launchSubjectBrowsers(3);
try {
  await build({ root: before, logLevel: 'error' });
  await build({ root: REPO_ROOT, logLevel: 'error' });
  const hello = await buildHello(helloDir);
  const subjects: StartSubject[] = [];
  const add = async (name: string, distDir: string, url: (base: string) => string, ready: string, also: AlsoTimed = {}) => {
    const server = await startServerProcess({ dataDir: path.join(work.dir, name.replace(/\W+/g, '-')), distDir });
    servers.push(server);
    subjects.push(startSubject(name, url(server.url), ready, also));
  };
  await add('hello PWA (floor)', hello, (base) => `${base}/`, READY.floor);
  await add(`before (${commit.slice(0, 7)})`, path.join(before, 'dist'), (base) => `${base}${route}`, selector, { complete });
  await add('after (working tree)', path.join(REPO_ROOT, 'dist'), (base) => `${base}${route}`, selector, { complete });
  await interleavedStarts(browsers, subjects, RUNS);
  console.table(
    Object.fromEntries(
      subjects.flatMap((subject) => [
        [subject.name, startRow(subject, subjects[0])],
        ...(subject.completeTimes.length > 0 ? [[`${subject.name}, complete`, completeRow(subject, subjects[0])]] : []),
      ]),
    ),
  );
} finally {
  for (const browser of browsers) await browser.close();
  for (const server of servers) await server.stop();
  work.remove();
  removeCheckout();
  rmSync(helloDir, { recursive: true, force: true });
}
process.exit(0);
