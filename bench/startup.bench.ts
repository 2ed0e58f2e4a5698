/**
 * Benchmarks 1 and 2: offline cold start and bundle size per route.
 * 1. In Chromium with 4x CPU throttling and the network off, time from navigation to the
 *    registration form being usable (and the kiosk showing a card), served by the service
 *    worker; against a minimal Vite + React PWA ("hello") built in the same run with the same
 *    build settings: the floor of the stack.
 * 2. JS and CSS gzipped per route (desk, kiosk, dashboard): what opening the route on a set-up
 *    tablet loads until it is usable.
 *    The starts are spread over sessions (each subject installed in a new browser context per
 *    session; BENCH_SESSIONS, 4 by default), in a new order each round, each subject in a
 *    browser of its own (BENCH_OWN_BROWSERS=0: one browser): see bench/lib/startup.ts.
 * Run: node --import tsx bench/startup.bench.ts [runs, 12 by default]
 */
import { readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { REPO_ROOT, makeTempDir, startServerProcess, type ServerProcess } from '../tests/server/helpers';
import { machineLine, median } from './lib/env';
import { SESSION, buildHello, completeRow, interleavedStarts, launchSubjectBrowsers, METHOD, READY, startRow, startSubject } from './lib/startup';

const RUNS = Number(process.argv[2] ?? 12);

/** JS and CSS that opening `url` on a set-up tablet loads (or has inline) until the route is usable (gzip -9 of each file). */
async function routeBytes(browser: Browser, url: string, distDir: string, ready: string): Promise<{ js: number; css: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((session) => localStorage.setItem('noodsteunpunt-session', session), SESSION);
  // A mutation observer runs right after the DOM change that makes the route usable, before
  // the effects that follow it. (A string: tsx would add helpers the page does not have.)
  await context.addInitScript({
    content: `new MutationObserver(function () {
      if (window.__usableFiles || !document.querySelector(${JSON.stringify(ready)})) return;
      // The files fetched, and the stylesheets the page carries inline (each file's link stays
      // in the page, disabled: vite.config.ts, inlineFirstScreenCss).
      window.__usableFiles = performance.getEntriesByType('resource').map(function (entry) { return entry.name; })
        .concat(Array.prototype.map.call(document.querySelectorAll('link[rel="stylesheet"][disabled]'), function (link) { return link.href; }));
    }).observe(document, { childList: true, subtree: true });`,
  });
  const page = await context.newPage();
  // A set-up tablet opening the route: the first visit (which also seeds the starter cards
  // and runs the first sync) is not counted; the second is, until the route is usable.
  await page.goto(url);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  // The page notes which files it had fetched at the moment the route became usable (the
  // init script above); a file still loading then was not needed for it.
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __usableFiles?: string[] }).__usableFiles !== undefined);
  const files = new Set(
    (await page.evaluate(() => (window as unknown as { __usableFiles: string[] }).__usableFiles))
      .map((name) => new URL(name).pathname)
      .filter((pathname) => /\.(js|css)$/.test(pathname)),
  );
  await context.close();
  const size = (file: string) => gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
  const list = [...files];
  if (process.env.BENCH_DEBUG) console.error(url, list.map((file) => `${file} ${(size(file) / 1024).toFixed(1)}`).join('\n  '));
  return { js: list.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + size(f), 0), css: list.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + size(f), 0) };
}

console.log(`Start-up: ${RUNS} offline cold starts each in ${METHOD} · ${machineLine()}`);
const work = makeTempDir('nsp-bench-startup-');
// Inside the repository, so the floor resolves the same react and workbox packages.
const helloDir = path.join(REPO_ROOT, 'bench', '.work', `hello-${randomUUID().slice(0, 8)}`);
const hello = await buildHello(helloDir);
await build({ root: REPO_ROOT, logLevel: 'error' });
const servers: ServerProcess[] = [];
// The floor, the desk and the kiosk.
const browsers = await launchSubjectBrowsers(3);
const browser = browsers[0];
try {
  const ours = await startServerProcess({ dataDir: path.join(work.dir, 'ours') });
  const floor = await startServerProcess({ dataDir: path.join(work.dir, 'hello-data'), distDir: hello });
  servers.push(ours, floor);
  const subjects = {
    floor: startSubject('hello PWA (floor)', `${floor.url}/`, READY.floor),
    desk: startSubject('desk: registration form', `${ours.url}/desk`, READY.desk, { complete: READY.deskComplete }),
    kiosk: startSubject('kiosk: live card', `${ours.url}/kiosk`, READY.kiosk, { earlier: READY.kioskLastScreen, complete: READY.kioskComplete }),
  };
  await interleavedStarts(browsers, Object.values(subjects), RUNS);
  if (process.env.BENCH_DEBUG) for (const subject of Object.values(subjects)) console.error(subject.name, subject.times.map((time) => time.toFixed(0)).join(' '));
  const kept = subjects.kiosk.earlierTimes;
  console.table({
    [subjects.floor.name]: startRow(subjects.floor, subjects.floor),
    [subjects.desk.name]: startRow(subjects.desk, subjects.floor),
    // The screen with its header too (on the kiosk a frame after the card), not part of the goal.
    'desk: with its header and tabs': completeRow(subjects.desk, subjects.floor),
    // Only on a slow start (kiosk.html's last-screen script): how often, and when.
    'kiosk: last screen shown again': kept.length > 0 ? { median: `${median(kept).toFixed(0)} ms`, 'vs floor': `${(median(kept) / median(subjects.floor.times)).toFixed(2)}×`, 'ms, each session': `${kept.length} of ${subjects.kiosk.times.length} starts` } : { median: 'not shown' },
    [subjects.kiosk.name]: startRow(subjects.kiosk, subjects.floor),
    'kiosk: with its header and footer': completeRow(subjects.kiosk, subjects.floor),
  });
  console.log('Goal: within 1.5× the floor.');

  const dist = path.join(REPO_ROOT, 'dist');
  const routes = {
    desk: await routeBytes(browser, `${ours.url}/desk`, dist, READY.desk),
    kiosk: await routeBytes(browser, `${ours.url}/kiosk`, dist, READY.kiosk),
    dashboard: await routeBytes(browser, `${ours.url}/cp`, dist, 'main, form, [data-testid]'),
    'hello (floor)': await routeBytes(browser, `${floor.url}/`, hello, READY.floor),
  };
  console.table(Object.fromEntries(Object.entries(routes).map(([route, bytes]) => [route, { 'JS gzip': `${(bytes.js / 1024).toFixed(1)} KB`, 'CSS gzip': `${(bytes.css / 1024).toFixed(1)} KB` }])));
  console.log('Goals: desk ≤ 150 KB, kiosk ≤ 100 KB of JS.');
} finally {
  for (const each of browsers) await each.close();
  for (const server of servers) await server.stop();
  work.remove();
  rmSync(helloDir, { recursive: true, force: true });
}
process.exit(0);
