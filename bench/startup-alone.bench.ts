/**
 * Offline cold starts measured one subject at a time: the hello floor, the desk and the kiosk
 * each in their own server and browser context, consecutive reloads of one page, with the
 * same flags, throttling and "usable" poll as startup.bench.ts (which interleaves the three).
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
import { buildHello } from './lib/hello';

const RUNS = Number(process.argv[2] ?? 10);
const SESSION = JSON.stringify({
  state: { role: 'volunteer', operator: null, language: 'nl', theme: 'system', site: { id: '2b0c3e55-0000-4000-8000-000000000001', name: 'Dinxperlo', municipality: 'Aalten' } },
  version: 1,
});

async function alone(browser: Browser, distDir: string, route: string, selector: string): Promise<number[]> {
  const work = makeTempDir('nsp-bench-alone-');
  const server = await startServerProcess({ dataDir: path.join(work.dir, 'data'), distDir });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((session) => localStorage.setItem('noodsteunpunt-session', session), SESSION);
    // A string: tsx would add helpers to a function that the page does not have.
    await context.addInitScript({
      content: `const timer = setInterval(function () {
        if (!document.querySelector(${JSON.stringify(selector)})) return;
        window.__usableAt = performance.now();
        clearInterval(timer);
      }, 2);`,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${route}`);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null);
    await page.waitForSelector(selector);
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${server.url}${route}`);
      await page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { __usableAt: number }).__usableAt));
    }
    await context.close();
    return times;
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
  const floor = await alone(browser, hello, '/', '[data-ready]');
  const desk = await alone(browser, path.join(REPO_ROOT, 'dist'), '/desk', '[data-testid="register-submit"]');
  const kiosk = await alone(browser, path.join(REPO_ROOT, 'dist'), '/kiosk', '[data-testid="kiosk-card"]');
  const row = (times: number[]) => ({ median: `${median(times).toFixed(0)} ms`, 'vs floor': `${(median(times) / median(floor)).toFixed(2)}×`, runs: times.map((time) => time.toFixed(0)).join(' ') });
  console.table({ 'hello PWA (floor)': row(floor), 'desk: registration form': row(desk), 'kiosk: first card': row(kiosk) });
  console.log('Goal: within 1.5× the floor.');
} finally {
  await browser.close();
  rmSync(helloDir, { recursive: true, force: true });
}
