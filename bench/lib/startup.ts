/**
 * What the start-up benchmarks share (startup.bench.ts interleaves the subjects,
 * startup-alone.bench.ts measures one at a time): the floor (the smallest React PWA with the
 * same plugins and precache settings), the session of a set-up tablet, and an offline cold
 * start on a 4x slower CPU.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
  /** The kiosk's last screen, shown again before the live one (src/features/info/kiosk/snapshot.ts). */
  kioskLastScreen: '[data-kiosk-snapshot] .kiosk-card',
} as const;

/** A set-up point in the persisted session (the app skips its first run). */
export const SESSION = JSON.stringify({
  state: { role: 'volunteer', operator: null, language: 'nl', theme: 'system', site: { id: '2b0c3e55-0000-4000-8000-000000000001', name: 'Dinxperlo', municipality: 'Aalten' } },
  version: 1,
});

/**
 * A tablet that installed the app at `url` online, then lost the network and got a 4x slower
 * CPU. `earlier`: a selector that may appear before `selector` (the kiosk's last screen, shown
 * again before the live one), timed as well.
 */
export async function installedOffline(browser: Browser, url: string, selector: string, earlier?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((session) => localStorage.setItem('noodsteunpunt-session', session), SESSION);
  // Polled (2 ms): observers and animation frames set up this early belong to the initial
  // empty document and never fire for the real one; the window's timers do. A string: tsx
  // would add helpers to a function that the page does not have. The page says when it is
  // usable on the console: waiting with page.waitForFunction instead would compile and run
  // Playwright's injected script in the page while it starts, on the same throttled thread.
  await context.addInitScript({
    content: `const earlier = ${JSON.stringify(earlier ?? null)};
    const timer = setInterval(function () {
      if (earlier && window.__earlierAt === undefined && document.querySelector(earlier)) window.__earlierAt = performance.now();
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      window.__usableAt = performance.now();
      clearInterval(timer);
      console.debug(${JSON.stringify(USABLE)} + JSON.stringify({ usable: window.__usableAt, earlier: window.__earlierAt }));
    }, 2);`,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null);
  await page.waitForSelector(selector);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** Time from navigation to the first appearance of the selector (served by the service worker), ms. */
export async function coldStart(page: Page, url: string): Promise<number> {
  return (await coldStartTimes(page, url)).usable;
}

/** The same, with the time the `earlier` selector of installedOffline appeared (if it did). */
export async function coldStartTimes(page: Page, url: string): Promise<{ usable: number; earlier?: number }> {
  const said = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(USABLE), timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  const times = JSON.parse((await said).text().slice(USABLE.length)) as { usable: number; earlier?: number | null };
  return { usable: times.usable, earlier: times.earlier ?? undefined };
}
