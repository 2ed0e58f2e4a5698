/**
 * What the start-up benchmarks share (startup.bench.ts and startup-ab.bench.ts interleave the
 * subjects over sessions, startup-alone.bench.ts measures one at a time): the floor (the
 * smallest React PWA with the same plugins and precache settings), the session of a set-up
 * tablet, an offline cold start on a 4x slower CPU, and the interleaved sessions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { launchBrowser } from '../../tests/e2e/harness';
import { median } from './env';

/** Builds the hello PWA in `dir` (inside the repository, so it resolves the same packages); returns its dist. */
export async function buildHello(dir: string): Promise<string> {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8" /><title>hello</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>');
  writeFileSync(
    path.join(dir, 'src/main.tsx'),
    `import { createRoot } from 'react-dom/client';\nimport { Workbox } from 'workbox-window';\ncreateRoot(document.getElementById('root')!).render(<button data-ready="1">hello</button>);\nvoid new Workbox('/sw.js').register();\n`,
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    build: { outDir: path.join(dir, 'dist'), target: 'es2022', emptyOutDir: true },
    plugins: [
      react(),
      VitePWA({
        injectRegister: false,
        registerType: 'prompt',
        manifest: { name: 'hello', short_name: 'hello', icons: [] },
        workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: '/index.html', clientsClaim: true, skipWaiting: false },
      }),
    ],
  });
  return path.join(dir, 'dist');
}

/** What a page logs when its selector has appeared (installedOffline's init script). */
const USABLE = 'nsp-bench-usable ';

/** When each subject counts as usable (the first appearance of the selector). */
export const READY = {
  floor: '[data-ready]',
  desk: '[data-testid="register-submit"]',
  kiosk: '[data-testid="kiosk-card"]',
  /** The desk with its header's red button (drawn with the form: BENCHMARKS.md section 1, sixteenth session). */
  deskComplete: '.header [data-testid="emergency-button"]',
  /** The kiosk with its header's exit button, drawn a frame after the card. */
  kioskComplete: '.kiosk-top [data-testid="kiosk-exit"]',
  /** The kiosk's last screen, shown again before the live one (src/features/info/kiosk/snapshot.ts). */
  kioskLastScreen: '[data-kiosk-snapshot] .kiosk-card',
} as const;

/** A set-up point in the persisted session (the app skips its first run). */
export const SESSION = JSON.stringify({
  state: { role: 'volunteer', operator: null, language: 'nl', theme: 'system', site: { id: '2b0c3e55-0000-4000-8000-000000000001', name: 'Dinxperlo', municipality: 'Aalten' } },
  version: 1,
});

/** Selectors timed besides the one that makes a page usable (installedOffline, startSubject). */
export interface AlsoTimed {
  /** May appear before the page is usable: the kiosk's last screen, shown again before the live one. */
  earlier?: string;
  /**
   * Appears with or after it: the rest of the screen (the desk's header, the kiosk's header and
   * footer, which a start draws a frame after its card: src/features/info/kiosk/keptChrome.ts).
   */
  complete?: string;
}

/**
 * A tablet that installed the app at `url` online, then lost the network; its CPU is 4x slower
 * during each cold start (coldStartTimes), which times the first appearance of `selector`, and of
 * the selectors in `also`.
 */
export async function installedOffline(browser: Browser, url: string, selector: string, also: AlsoTimed = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((session) => localStorage.setItem('noodsteunpunt-session', session), SESSION);
  // Polled (2 ms): observers and animation frames set up this early belong to the initial
  // empty document and never fire for the real one; the window's timers do. A string: tsx
  // would add helpers to a function that the page does not have. The page says when it is
  // usable (and complete) on the console: waiting with page.waitForFunction instead would
  // compile and run Playwright's injected script in the page while it starts, on the same
  // throttled thread.
  await context.addInitScript({
    content: `const earlier = ${JSON.stringify(also.earlier ?? null)};
    const complete = ${JSON.stringify(also.complete ?? null)};
    const timer = setInterval(function () {
      if (earlier && window.__earlierAt === undefined && document.querySelector(earlier)) window.__earlierAt = performance.now();
      if (window.__usableAt === undefined) {
        if (!document.querySelector(${JSON.stringify(selector)})) return;
        window.__usableAt = performance.now();
      }
      if (complete) {
        if (!document.querySelector(complete)) return;
        window.__completeAt = performance.now();
      }
      clearInterval(timer);
      console.debug(${JSON.stringify(USABLE)} + JSON.stringify({ usable: window.__usableAt, earlier: window.__earlierAt, complete: window.__completeAt }));
    }, 2);`,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null);
  await page.waitForSelector(selector);
  await context.setOffline(true);
  throttles.set(page, await context.newCDPSession(page));
  return page;
}

/**
 * The CDP session that throttles each installed page's CPU, during its starts only: a page
 * left throttled keeps one core busy even on about:blank (2026-11-27: its renderer used 5 s of
 * CPU in 5 s with nothing to do), and the benches keep a page per subject, so the idle
 * subjects' throttling ate the 2 cores the measured start ran on.
 */
const throttles = new WeakMap<Page, CDPSession>();

async function throttled<T>(page: Page, start: () => Promise<T>): Promise<T> {
  const cdp = throttles.get(page);
  await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    return await start();
  } finally {
    await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

/**
 * Time from navigation to the first appearance of the selector (served by the service worker,
 * with the CPU 4x slower), ms, and when the selectors in installedOffline's `also` appeared
 * (if they did).
 */
export async function coldStartTimes(page: Page, url: string): Promise<{ usable: number; earlier?: number; complete?: number }> {
  return throttled(page, async () => {
    const said = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(USABLE), timeout: 60_000 });
    await page.goto(url, { waitUntil: 'commit' });
    const times = JSON.parse((await said).text().slice(USABLE.length)) as { usable: number; earlier?: number | null; complete?: number | null };
    return { usable: times.usable, earlier: times.earlier ?? undefined, complete: times.complete ?? undefined };
  });
}

/** A new tab in the installed page's browser context (its service worker, caches and storage), throttled by coldStartTimes. */
export async function newTab(installed: Page): Promise<Page> {
  const page = await installed.context().newPage();
  throttles.set(page, await installed.context().newCDPSession(page));
  return page;
}

/** One page measured by interleavedStarts: its URL, when it counts as usable, and its times. */
export interface StartSubject {
  name: string;
  url: string;
  ready: string;
  /** Selectors timed as well. */
  also: AlsoTimed;
  times: number[];
  earlierTimes: number[];
  completeTimes: number[];
  /** Each session's `completeTimes`. */
  completeSessionTimes: number[][];
  /** Each session's times: the spread between sessions, and the interval of the ratio (ratioInterval). */
  sessionTimes: number[][];
}

export function startSubject(name: string, url: string, ready: string, also: AlsoTimed = {}): StartSubject {
  return { name, url, ready, also, times: [], earlierTimes: [], completeTimes: [], completeSessionTimes: [], sessionTimes: [] };
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/**
 * How many sessions a run's starts are spread over (BENCH_SESSIONS, 4 by default). Each session
 * installs every subject in a new browser context. One context per subject for a whole run gave
 * the same build 1.43x to 1.83x the floor from one run to the next (2026-11-26/27), more than
 * the spread within a run: part of it belongs to the context (its service worker, its caches,
 * its renderer). (Keeping several contexts per subject open at once instead made every start,
 * the floor's too, 5x slower.)
 */
export const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 4);

/**
 * One browser per subject, unless BENCH_OWN_BROWSERS=0: in one browser, the subject on the
 * other side of an A/B moved the "before" figure by up to 0.4x (BENCHMARKS.md, section 1).
 */
export const OWN_BROWSERS = process.env.BENCH_OWN_BROWSERS !== '0';

/**
 * Each start in a new tab, so in a renderer process that has not run the app yet, as after the
 * tablet's browser restarted (a power cut), unless BENCH_RENDERER=warm: then each start
 * navigates the installed tab again, in the renderer that installed the app. A warm renderer has
 * done some first-time work already: the first date or number format of a process (ICU's data)
 * took 34–174 ms at 4x in a new renderer and 1–3 ms in one that had made one before
 * (BENCHMARKS.md, section 1, fourteenth session). Warm was the only way before 2026-11-27.
 */
export const COLD_RENDERER = process.env.BENCH_RENDERER !== 'warm';

/** How interleavedStarts measures, for a bench's first line. */
export const METHOD = `${SESSIONS} sessions, 4x CPU throttling during each start, ${OWN_BROWSERS ? 'a browser per subject' : 'one browser'}, ${COLD_RENDERER ? 'each start in a new renderer' : 'each start in the renderer that installed the app'}`;

/** The browsers for interleavedStarts: one per subject, or (BENCH_OWN_BROWSERS=0) one for all. */
export async function launchSubjectBrowsers(subjects: number): Promise<Browser[]> {
  const browsers: Browser[] = [];
  for (let index = 0; index < (OWN_BROWSERS ? subjects : 1); index += 1) browsers.push(await launchBrowser());
  return browsers;
}

/**
 * Offline cold starts of every subject, `runs` each, spread over SESSIONS sessions, in a new
 * order each round (a start that always follows the same subject would always share the 2
 * cores with what is left of that subject's page). `browsers`: one, or one per subject.
 */
export async function interleavedStarts(browsers: readonly Browser[], subjects: readonly StartSubject[], runs: number): Promise<void> {
  const pages = new Map<StartSubject, Page>();
  for (let session = 0; session < SESSIONS; session += 1) {
    for (const [index, subject] of subjects.entries()) {
      const page = await installedOffline(browsers[index % browsers.length], subject.url, subject.ready, subject.also);
      await page.goto('about:blank'); // an installed page left running would load the cores
      pages.set(subject, page);
    }
    const from = subjects.map((subject) => subject.times.length);
    const fromComplete = subjects.map((subject) => subject.completeTimes.length);
    for (let run = 0; run < Math.ceil(runs / SESSIONS); run += 1)
      for (const subject of shuffled(subjects)) {
        const installed = pages.get(subject)!;
        const page = COLD_RENDERER ? await newTab(installed) : installed;
        const { usable, earlier, complete } = await coldStartTimes(page, subject.url);
        subject.times.push(usable);
        if (earlier !== undefined) subject.earlierTimes.push(earlier);
        if (complete !== undefined) subject.completeTimes.push(complete);
        // Its after-start work must not overlap the next start.
        if (COLD_RENDERER) await page.close();
        else await page.goto('about:blank');
      }
    subjects.forEach((subject, index) => {
      subject.sessionTimes.push(subject.times.slice(from[index]));
      subject.completeSessionTimes.push(subject.completeTimes.slice(fromComplete[index]));
    });
    for (const page of pages.values()) await page.context().close();
  }
}

/**
 * A 90 % interval of `subject`'s median over the floor's: a bootstrap over the run's sessions
 * (sessions drawn with replacement, both subjects' starts of a drawn session kept together, the
 * ratio of the pooled medians; 2,000 draws). It says how far this run's ratio could move with
 * other sessions on the same machine at the same hour; not how the machine changes from one
 * hour to the next (BENCHMARKS.md, section 1). Undefined with fewer than 3 sessions.
 */
export function ratioInterval(subject: StartSubject, floor: StartSubject, draws = 2000): [number, number] | undefined {
  const sessions = Math.min(subject.sessionTimes.length, floor.sessionTimes.length);
  if (sessions < 3) return undefined;
  const ratios: number[] = [];
  for (let draw = 0; draw < draws; draw += 1) {
    const picked = Array.from({ length: sessions }, () => Math.floor(Math.random() * sessions));
    ratios.push(median(picked.flatMap((index) => subject.sessionTimes[index])) / median(picked.flatMap((index) => floor.sessionTimes[index])));
  }
  ratios.sort((a, b) => a - b);
  return [ratios[Math.floor(draws * 0.05)], ratios[Math.ceil(draws * 0.95) - 1]];
}

/** startRow of the times until `subject` was complete (its `also.complete` selector). */
export function completeRow(subject: StartSubject, floor: StartSubject): Record<string, string> {
  if (subject.completeTimes.length === 0) return { median: 'not timed' };
  return startRow({ ...subject, times: subject.completeTimes, sessionTimes: subject.completeSessionTimes }, floor);
}

/** A table row of `subject` against the floor's: overall, its 90 % interval, and per session. */
export function startRow(subject: StartSubject, floor: StartSubject): Record<string, string> {
  const interval = subject === floor ? undefined : ratioInterval(subject, floor);
  const medians = subject.sessionTimes.map((times) => median(times));
  const floorMedians = floor.sessionTimes.map((times) => median(times));
  return {
    median: `${median(subject.times).toFixed(0)} ms`,
    'vs floor': `${(median(subject.times) / median(floor.times)).toFixed(2)}×`,
    '90 % interval': interval ? `${interval[0].toFixed(2)}–${interval[1].toFixed(2)}×` : '',
    'ms, each session': medians.map((value) => value.toFixed(0)).join(' '),
    'vs floor, each session': medians.map((value, index) => `${(value / floorMedians[index]).toFixed(2)}×`).join(' '),
  };
}
