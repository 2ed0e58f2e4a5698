// Desk search benchmark (issue 3): 100,000 visits and their households in IndexedDB in real
// Chromium, then the desk's own `registerVisit` and `searchHouseholds` timed over many runs.
// Search must stay under 20 ms median. Not part of `npm test`; results go in BENCHMARKS.md.
//
//   node bench/desk-search.mjs [visits=100000] [runs=200]
//
// The page (bench/desk-search/) is built with Vite in production mode from the app's src/db,
// served from 127.0.0.1, and driven with playwright-core and Debian's Chromium.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const visits = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 200);
const outDir = path.join(here, '.work', 'desk-search');

await build({
  configFile: false,
  root: path.join(here, 'desk-search'),
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, target: 'es2022' },
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const file = path.join(outDir, new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
  if (!file.startsWith(outDir) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const started = Date.now();
  const result = await page.evaluate(([count, times]) => window.deskBench.run(count, times), [visits, runs]);
  const machine = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: browser.version(),
  };
  console.log(JSON.stringify({ machine, visits, runs, totalSeconds: Math.round((Date.now() - started) / 1000), ...result }, null, 2));
  const row = (label, series) =>
    `${label.padEnd(44)} median ${String(series.median).padStart(6)} ms   p95 ${String(series.p95).padStart(6)} ms   (min ${series.min}, max ${series.max}${series.meanResults === undefined ? '' : `, ${series.meanResults} results avg`})`;
  console.log(`\n${result.counts.visits} visits, ${result.counts.households} households (filled in ${result.fillMs} ms), ${runs} runs each:`);
  console.log(row('search by postcode + house number', result.byAddress));
  console.log(row('search by postcode while typing ("7012 A")', result.byPostcodeTyping));
  console.log(row('search by name prefix (3 letters)', result.byName));
  console.log(row('register a visit, new household', result.registerNew));
  console.log(row('return visit: search + register', result.registerReturning));
  const ok = [result.byAddress, result.byPostcodeTyping, result.byName].every((series) => series.median < 20);
  console.log(ok ? '\nSearch median under 20 ms: OK' : '\nSearch median over the 20 ms budget');
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
