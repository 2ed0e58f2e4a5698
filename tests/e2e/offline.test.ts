/**
 * The foundation in a real browser: the service worker takes control, the app reloads with the
 * network off, data written before the reload is still there, deep links work offline, the
 * language switch works and is kept, and an update never reloads over unsaved input.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, offlineDesk, registerVisitor, screenshotPath, setUpLocally, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

let browser: Browser;
let app: App;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp({ ownDist: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('offline app shell', () => {
  it('installs, works offline after a reload, and keeps data across reloads', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Dit noodsteunpunt instellen' }).waitFor();
    await page.screenshot({ path: screenshotPath('start-nl') });
    await waitForServiceWorker(page);

    const manifest = await (await page.request.get(`${app.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'Noodsteunpunt', display: 'standalone' });
    expect(manifest.icons.map((icon: { sizes: string; purpose?: string }) => `${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`)).toEqual(['192x192', '512x512', '512x512 maskable']);

    await setUpLocally(page);
    await registerVisitor(page, '7091ab', '12');
    await expect.poll(() => page.getByTestId('count-today').textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('queue-count').getAttribute('data-count')).toBe('1');

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('count-today').waitFor();
    expect(await page.getByTestId('count-today').textContent()).toBe('1');
    expect(await page.getByTestId('visits-on-site').textContent()).toContain('7091 AB 12');
    await expect.poll(() => page.getByTestId('link-indicator').getAttribute('data-state')).toBe('offline');

    // Write while offline, reload offline again: still there.
    await registerVisitor(page, '46399', '3', 'Warmte');
    await page.reload();
    await expect.poll(() => page.getByTestId('count-today').textContent()).toBe('2');

    // A deep link that was never opened online, opened offline: served from the precache.
    await page.goto(`${app.url}/kiosk`);
    await page.getByTestId('kiosk').waitFor();
    // Its tab icon too, offline, and a PNG (an SVG favicon is decoded on the page's main thread
    // in the middle of the kiosk's start).
    const favicon = await page.evaluate(async () => {
      const response = await fetch(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href);
      return { ok: response.ok, type: response.headers.get('content-type') };
    });
    expect(favicon).toEqual({ ok: true, type: 'image/png' });
    await page.goto(`${app.url}/settings`);
    await page.getByTestId('storage-status').waitFor();
    await context.close();
  });

  it('styles each page from its own HTML offline, and a lazy screen loads none of those styles again', async () => {
    const { context, page } = await offlineDesk(browser, app);

    // The first screen's CSS is in the page (vite.config.ts, inlineFirstScreenCss): the header
    // has the app's colours, and the files it came from are neither requested nor linked (lazy
    // screens load their own stylesheets later).
    const stylesheetRequests = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.css')).map((entry) => new URL(entry.name).pathname));
    const activeStylesheets = () => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')].map((link) => new URL(link.href).pathname));
    const inlinedStylesheets = () => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][disabled]')].map((link) => new URL(link.href).pathname));
    for (const [route, top] of [['/desk', '.header'], ['/kiosk', '.kiosk-top']]) {
      await page.goto(`${app.url}${route}`);
      await page.locator(top).waitFor();
      const inlined = await inlinedStylesheets();
      expect(inlined.length).toBeGreaterThan(0);
      expect([...(await stylesheetRequests()), ...(await activeStylesheets())].filter((file) => inlined.includes(file))).toEqual([]);
      expect(await page.locator(top).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(11, 61, 145)');
    }

    // The site lead's screen lists the app page's CSS files among its own (it imports the
    // page's entry chunk): Vite's preload helper finds them in the page and loads only the
    // screen's own stylesheet.
    await page.goto(`${app.url}/desk`);
    await page.getByTestId('register-submit').waitFor();
    const inlinedOnDesk = await inlinedStylesheets();
    await page.evaluate(() => {
      history.pushState(null, '', '/lead/stock');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByTestId('low-stock').or(page.getByTestId('stock-row').first()).first().waitFor();
    const loaded = [...(await stylesheetRequests()), ...(await activeStylesheets())];
    expect(loaded.some((file) => file.includes('/LeadScreen-'))).toBe(true);
    expect(loaded.filter((file) => inlinedOnDesk.includes(file))).toEqual([]);
    await context.close();
  });

  it('draws the desk and the kiosk in few font sizes and weights (each one costs a cold start a font set-up)', async () => {
    const { context, page } = await offlineDesk(browser, app);
    // Every (size, weight, style, family) that shows text, a form control's or a pseudo-element's:
    // the font "strikes" the browser sets up before the first frame (src/styles/app.css).
    const strikes = () =>
      page.evaluate(() => {
        const found = new Map<string, string>();
        const add = (style: CSSStyleDeclaration, what: string) => {
          const key = `${style.fontSize} ${style.fontWeight} ${style.fontStyle} ${style.fontFamily}`;
          if (!found.has(key)) found.set(key, `${key} (${what})`);
        };
        for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
          if (element.getClientRects().length === 0) continue;
          const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
          if (ownText || element.matches('input, textarea, select, button')) add(getComputedStyle(element), element.className || element.tagName);
          for (const pseudo of ['::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            if (style.content !== 'none' && style.content !== 'normal' && style.display !== 'none') add(style, `${element.className}${pseudo}`);
          }
        }
        return [...found.values()];
      });

    await page.goto(`${app.url}/desk`);
    await page.getByTestId('register-submit').waitFor();
    await page.locator('.header [data-testid="emergency-button"]').waitFor();
    const desk = await strikes();
    expect(desk.length, desk.join('\n')).toBeLessThanOrEqual(5);

    // The kiosk: three for its header and footer, three for the card (whose sizes follow the fit).
    await page.goto(`${app.url}/kiosk`);
    await page.locator('.kiosk-top [data-testid="kiosk-exit"]').waitFor();
    await page.getByTestId('kiosk-card').waitFor();
    const kiosk = await strikes();
    expect(kiosk.length, kiosk.join('\n')).toBeLessThanOrEqual(6);
    expect(kiosk.filter((strike) => !strike.includes('system-ui')), 'one font family').toEqual([]);
    await context.close();
  });

  it("draws the kiosk's clock and card times without an Intl formatter once they are kept, offline in a new tab", async () => {
    const context = await tabletContext(browser);
    // Counts the date formatters each page makes until the first card is in it (a new renderer
    // loads ICU's data for the first one: 34-174 ms at 4x, BENCHMARKS.md section 1).
    await context.addInitScript(() => {
      const state = window as unknown as { formatters: number; formattersAtCard?: number };
      state.formatters = 0;
      Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
        construct(target, args) {
          state.formatters += 1;
          return Reflect.construct(target, args) as object;
        },
        apply(target, self, args) {
          state.formatters += 1;
          return Reflect.apply(target, self, args) as Intl.DateTimeFormat;
        },
      });
      const timer = setInterval(() => {
        if (!document.querySelector('[data-testid="kiosk-card"]')) return;
        state.formattersAtCard = state.formatters;
        clearInterval(timer);
      }, 1);
    });
    const installing = await context.newPage();
    await installing.goto(app.url);
    await waitForServiceWorker(installing);
    await setUpLocally(installing);
    await installing.getByTestId('register-submit').waitFor();
    await installing.close();
    await context.setOffline(true);
    /** A start of the kiosk in a new tab (a new renderer, as after the tablet's browser restarted). */
    const start = async () => {
      const page = await context.newPage();
      await page.goto(`${app.url}/kiosk`);
      await page.getByTestId('kiosk-card').waitFor();
      await expect.poll(() => page.evaluate(() => (window as unknown as { formattersAtCard?: number }).formattersAtCard)).toBeDefined();
      const made = await page.evaluate(() => (window as unknown as { formattersAtCard: number }).formattersAtCard);
      return { page, made };
    };
    const first = await start();
    // Nothing kept yet: Intl answered, and what it said is kept once the page is idle.
    expect(first.made).toBeGreaterThan(0);
    // Kept in steps, each when the page is idle (the periods first, the cards' time texts when they
    // are drawn): wait until an idle round leaves it as it was.
    await expect
      .poll(() =>
        first.page.evaluate(async () => {
          const before = localStorage.getItem('noodsteunpunt-amsterdam-time');
          await new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve)));
          return before !== null && localStorage.getItem('noodsteunpunt-amsterdam-time') === before;
        }),
      )
      .toBe(true);
    await first.page.close();

    const next = await start();
    expect(next.made).toBe(0);
    // The same clock as Intl gives (this minute or, if it just turned, the one before).
    const { clock, intl } = await next.page.evaluate(() => {
      const format = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
      return { clock: document.querySelector('.kiosk-clock')!.textContent, intl: [format.format(Date.now()), format.format(Date.now() - 60_000)] };
    });
    expect(intl).toContain(clock);
    await context.close();
  });

  it('switches language with one tap and keeps the choice', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    await page.getByRole('heading', { name: 'Diese Notfall-Anlaufstelle einrichten' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.screenshot({ path: screenshotPath('start-de') });
    await page.reload();
    await page.getByRole('heading', { name: 'Diese Notfall-Anlaufstelle einrichten' }).waitFor();
    await page.getByLabel('Name der Notfall-Anlaufstelle').fill('Dorfhaus Suderwick');
    await page.getByLabel('Gemeinde').fill('Bocholt');
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page.locator('[data-role="volunteer"]').click();
    await page.getByRole('button', { name: 'Erfassen' }).waitFor();
    await page.getByRole('button', { name: 'Erfassen' }).click();
    await page.getByText('Bitte mindestens einen Grund wählen.').waitFor();
    await page.screenshot({ path: screenshotPath('desk-de') });
    await context.close();
  });

  it('offers a new version without reloading over unsaved input', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await setUpLocally(page);
    await page.getByLabel('Postcode').fill('7091 CD');

    // Deploy a "new version": any byte change of sw.js makes the browser install it.
    appendFileSync(path.join(app.distDir, 'sw.js'), '\n// next release\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByTestId('update-banner').waitFor();
    expect(await page.getByLabel('Postcode').inputValue()).toBe('7091 CD');

    // The first tap warns instead of reloading; the typed input stays.
    await page.getByRole('button', { name: 'Herladen' }).click();
    await page.getByText('Er staat nog niet-opgeslagen invoer').waitFor();
    expect(await page.getByLabel('Postcode').inputValue()).toBe('7091 CD');

    // With a clean form, reload takes the new version.
    await page.getByRole('button', { name: 'Wissen' }).click();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Herladen' }).click();
    await reloaded;
    await page.getByTestId('register-submit').waitFor();
    expect(await page.getByTestId('update-banner').count()).toBe(0);
    await context.close();
  });
});
