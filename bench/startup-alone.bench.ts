/**
 * Offline cold starts measured one subject at a time: the hello floor, the desk and the kiosk
 * each in their own server and browser context, consecutive starts of one page (each from a
 * blank page), with the same flags, throttling and "usable" poll as startup.bench.ts (which
 * interleaves the three).
 * For comparing the two ways of measuring (BENCHMARKS.md, section 1).
 * Run: node --import tsx bench/startup-alone.bench.ts [runs]
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../tests/e2e/harness';
import { REPO_ROOT, makeTempDir, startServerProcess } from '../tests/server/helpers';
import { machineLine, median } from './lib/env';
import { buildHello, coldStartTimes, installedOffline, READY } from './lib/startup';

const RUNS = Number(process.argv[2] ?? 10);

/** Times until `selector` appears, and until `earlier` does (if given and it appears). */
async function alone(browser: Browser, distDir: string, route: string, selector: string, earlier?: string): Promise<{ times: number[]; earlierTimes: number[] }> {
  const work = makeTempDir('nsp-bench-alone-');
  const server = await startServerProcess({ dataDir: path.join(work.dir, 'data'), distDir });
  try {
    const page = await installedOffline(browser, `${server.url}${route}`, selector, { earlier });
    const times: number[] = [];
    const earlierTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = await coldStartTimes(page, `${server.url}${route}`);
      times.push(start.usable);
      if (start.earlier !== undefined) earlierTimes.push(start.earlier);
      // From a blank page, as in startup.bench.ts: reloading straight from the live page put
      // its teardown (open databases, timers, the sync engine) inside the next start's time,
      // which a tablet that starts cold does not have.
      await page.goto('about:blank');
    }
    await page.context().close();
    return { times, earlierTimes };
  } finally {
    await server.stop();
    work.remove();
  }
}

console.log(`Start-up, one subject at a time: ${RUNS} offline cold starts each, 4x CPU throttling · ${machineLine()}`);
const helloDir = path.join(REPO_ROOT, 'bench', '.work', `hello-${randomUUID().slice(0, 8)}`);
const hello = await buildHello(helloDir);
await build({ root: REPO_ROOT, logLevel: 'error' });
const browser = await launchBrowser();
try {
  const { times: floor } = await alone(browser, hello, '/', READY.floor);
  const { times: desk } = await alone(browser, path.join(REPO_ROOT, 'dist'), '/desk', READY.desk);
  const kiosk = await alone(browser, path.join(REPO_ROOT, 'dist'), '/kiosk', READY.kiosk, READY.kioskLastScreen);
  const row = (times: number[]) =>
    times.length === 0 ? { median: 'not shown', 'vs floor': '', runs: '' } : { median: `${median(times).toFixed(0)} ms`, 'vs floor': `${(median(times) / median(floor)).toFixed(2)}×`, runs: times.map((time) => time.toFixed(0)).join(' ') };
  console.table({
    'hello PWA (floor)': row(floor),
    'desk: registration form': row(desk),
    'kiosk: last screen shown again': row(kiosk.earlierTimes),
    'kiosk: live card': row(kiosk.times),
  });
  console.log('Goal: within 1.5× the floor.');
} finally {
  await browser.close();
  rmSync(helloDir, { recursive: true, force: true });
}
