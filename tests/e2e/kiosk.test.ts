/**
 * The public info screen and the printed posters in Chromium, against the production build
 * served by the real coordination point: a visitor registered with a name on the same tablet
 * never shows up on the kiosk; residents switch language; leaving needs the site PIN (also
 * the back button); no serious accessibility violations; a poster is exactly one A4 page.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKioskPin } from '../../src/features/info/kioskPin';
import { launchBrowser, registerVisitor, screenshotPath, setUpLocally, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

let browser: Browser;
let app: App;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const VISITOR_NAME = 'Hendrika Jansen-Visser';
const POSTCODE = '7091 ZX';
const PIN = '4711';
const TEST_HLC = '001764000000000-00000-test';

/** Writes a record straight into the app's IndexedDB (as another module of the app would). */
function putRecord(page: Page, table: string, record: object): Promise<void> {
  return page.evaluate(
    ({ table, record }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('noodsteunpunt');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          tx.objectStore(table).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, record },
  );
}

function readAll(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (table) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('noodsteunpunt');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Serious or critical axe violations; `exclude` leaves out parts owned by other screens. */
async function seriousViolations(page: Page, exclude?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (exclude) builder.exclude(exclude);
  const result = await builder.analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

const shownLanguages = (page: Page) => page.locator('[data-testid="kiosk-card"] article').evaluateAll((articles) => articles.map((article) => article.getAttribute('lang')));

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

function pdfPageSize(file: string): string {
  return /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

function toPng(file: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '70', file, screenshotPath(name).replace(/\.png$/, '')]);
}

/**
 * A tablet set up as a kiosk that opened its address, as a restarted kiosk tablet does: the
 * lean page, which keeps its cards and its first card's screen for the next start.
 */
async function kioskTablet() {
  const context = await tabletContext(browser);
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await setUpLocally(page, 'kiosk');
  await page.goto(`${app.url}/kiosk`);
  await page.getByTestId('kiosk-card').waitFor();
  return { context, page };
}

describe('public info screen (kiosk)', () => {
  it('shows no visitor data, switches language, passes axe, and cannot be left without the PIN', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await setUpLocally(page, 'volunteer');

    // A visitor with a name and a postcode, on this very tablet.
    await putRecord(page, 'settings', { key: 'collectNames', value: true, updatedAt: TEST_HLC });
    await page.reload();
    const nameField = page.getByLabel(/^Naam/);
    const withNameField = (await nameField.count()) > 0;
    if (withNameField) await nameField.first().fill(VISITOR_NAME);
    await registerVisitor(page, POSTCODE, '12');
    if (!withNameField) {
      // The desk's name field is built on another branch: store the name as it would.
      const [household] = await readAll(page, 'households');
      await putRecord(page, 'households', { ...household, name: VISITOR_NAME, nameKey: VISITOR_NAME.toLowerCase() });
    }
    expect((await readAll(page, 'households')).map((household) => household.name)).toEqual([VISITOR_NAME]);
    expect(await page.content()).toContain('7091 ZX');

    // The tablet becomes the kiosk the way a person does it: the role picker.
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('noodsteunpunt-session')!);
      session.state.role = null;
      localStorage.setItem('noodsteunpunt-session', JSON.stringify(session));
    });
    await page.goto(app.url);
    await page.locator('[data-role="kiosk"]').click();
    await page.getByTestId('kiosk').waitFor();
    await page.getByText('Noodgeval? Kom hierheen').waitFor();

    const html = await page.content();
    for (const personal of [VISITOR_NAME, 'Jansen', '7091', 'ZX 12']) expect(html).not.toContain(personal);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Jansen');

    // Both languages side by side by default, the pinned emergency card first.
    expect(await shownLanguages(page)).toEqual(['nl', 'de']);
    await page.getByText('Notfall? Kommen Sie hierher').waitFor();
    await page.screenshot({ path: screenshotPath('kiosk-both') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
    expect(await shownLanguages(page)).toEqual(['de']);
    expect(await page.getByText('Noodgeval? Kom hierheen').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('kiosk-de') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    expect(await shownLanguages(page)).toEqual(['nl']);
    await page.screenshot({ path: screenshotPath('kiosk-nl') });
    await page.getByRole('button', { name: /NL \+ DE/ }).click();
    expect(await shownLanguages(page)).toEqual(['nl', 'de']);

    // A resident moves on by hand; the position says where they are.
    await page.getByRole('button', { name: /Volgende/ }).click();
    expect(await page.getByTestId('kiosk-position').innerText()).toMatch(/^2 \/ 7/);

    // No PIN set yet: the dialog says the site lead must set one (and lets staff out).
    await page.getByTestId('kiosk-exit').click();
    await page.getByTestId('kiosk-no-pin').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();

    // With the PIN set by the site lead (same hash as the lead's settings screen writes).
    const siteId = await page.evaluate(() => JSON.parse(localStorage.getItem('noodsteunpunt-session')!).state.site.id as string);
    await putRecord(page, 'settings', { key: 'kioskPinHash', value: await hashKioskPin(siteId, PIN), updatedAt: TEST_HLC });

    // The back button does not leave the kiosk.
    await page.goBack();
    await page.getByTestId('kiosk').waitFor();
    expect(new URL(page.url()).pathname).toBe('/kiosk');

    await page.getByTestId('kiosk-exit').click();
    const pinField = page.getByLabel('Pincode van het noodsteunpunt');
    await pinField.fill('0000');
    await page.getByRole('button', { name: 'Verlaten', exact: true }).click();
    await page.getByText('Deze pincode klopt niet.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/kiosk');
    await page.screenshot({ path: screenshotPath('kiosk-pin') });
    expect(await seriousViolations(page)).toEqual([]);

    await pinField.fill(PIN);
    await page.getByRole('button', { name: 'Verlaten', exact: true }).click();
    await page.getByRole('heading', { name: 'Wat doet u op deze tablet?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // Offline, the kiosk still opens with its cards (all chunks are precached): by its address
    // it is the lean kiosk page, which the service worker finds for /kiosk.
    await context.setOffline(true);
    await page.goto(`${app.url}/kiosk`);
    await page.getByText('Noodgeval? Kom hierheen').waitFor();
    expect(await page.locator('script[type="module"][src*="/assets/kiosk-"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('kiosk-lean-offline') });
    expect(await seriousViolations(page)).toEqual([]);

    // The lean page is as closed as the in-app kiosk, and its PIN leads back to the app.
    await page.getByTestId('kiosk-exit').click();
    await page.getByLabel('Pincode van het noodsteunpunt').fill(PIN);
    await page.getByRole('button', { name: 'Verlaten', exact: true }).click();
    await page.getByRole('heading', { name: 'Wat doet u op deze tablet?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('draws the cards kept by the last start at once, and a card withdrawn meanwhile is gone once the database answers', async () => {
    const { context, page } = await kioskTablet();
    const shown = await page.getByTestId('kiosk-card').getAttribute('data-card-id');
    const keptIds = () => page.evaluate(() => (JSON.parse(localStorage.getItem('noodsteunpunt-kiosk-cards') ?? '{"cards":[]}') as { cards: { id: string; deleted: boolean }[] }).cards.filter((card) => !card.deleted).map((card) => card.id));
    await expect.poll(keptIds).toContain(shown);

    // While the kiosk is off, the card on screen is withdrawn (by sync, or at the desk).
    const withdrawn = (await readAll(page, 'infoCards')).find((card) => card.id === shown)!;
    await putRecord(page, 'infoCards', { ...withdrawn, deleted: true, updatedAt: `${String(withdrawn.updatedAt)}-withdrawn` });
    const total = (await keptIds()).length;
    await context.setOffline(true);
    await page.reload();
    // The kept copy still has it; the database's answer replaces it, and the next start's copy follows.
    await expect.poll(() => page.getByTestId('kiosk-position').innerText()).toMatch(new RegExp(`^1 / ${total - 1}`));
    expect(await page.getByTestId('kiosk-card').getAttribute('data-card-id')).not.toBe(shown);
    await expect.poll(keptIds).not.toContain(shown);
    await context.close();
  });

  it('draws the first card before its header and footer on a restart, in the box it keeps, and fits it again when the kept heights are out of date', async () => {
    const { context, page } = await kioskTablet();
    const keptChrome = () => page.evaluate(() => JSON.parse(localStorage.getItem('noodsteunpunt-kiosk-chrome') ?? '[]') as [string, { top: number; bottom: number }][]);
    await expect.poll(keptChrome).toHaveLength(1);
    const [[size, heights]] = await keptChrome();
    expect(size).toBe('1280x800');
    const measured = await page.evaluate(() => ({ top: document.querySelector('.kiosk-top')!.getBoundingClientRect().height, bottom: document.querySelector('.kiosk-bottom')!.getBoundingClientRect().height }));
    expect(heights).toEqual(measured);

    // The card's box and fitted scale when it first is in the page, and when the header's content came.
    await context.addInitScript({
      content: `new MutationObserver(function () {
        var card = document.querySelector('[data-testid="kiosk-card"]');
        var top = document.querySelector('.kiosk-top');
        function state() { var box = card.getBoundingClientRect(); return { at: performance.now(), chrome: top.childElementCount, box: [box.top, box.height], fit: card.style.getPropertyValue('--fit') }; }
        if (card && !window.__atCard) {
          window.__atCard = state();
          // The next frame's callbacks run just before that frame is drawn.
          requestAnimationFrame(function () { window.__frameAfterCard = performance.now(); });
        }
        if (card && top && top.childElementCount && !window.__atChrome) window.__atChrome = state();
      }).observe(document, { childList: true, subtree: true });`,
    });
    type State = { at: number; chrome: number; box: number[]; fit: string };
    const start = async () => {
      await page.reload();
      await page.getByTestId('kiosk-exit').waitFor();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __atChrome?: State }).__atChrome)).toBeDefined();
      return page.evaluate(() => {
        const card = document.querySelector<HTMLElement>('[data-testid="kiosk-card"]')!;
        const box = card.getBoundingClientRect();
        const { __atCard: atCard, __atChrome: atChrome, __frameAfterCard: frameAfterCard } = window as unknown as { __atCard: State; __atChrome: State; __frameAfterCard?: number };
        return { atCard, atChrome, frameAfterCard, now: { box: [box.top, box.height], fit: card.style.getPropertyValue('--fit'), overflow: card.scrollHeight - card.clientHeight } };
      });
    };
    await context.setOffline(true);
    const restart = await start();
    // First the card alone (empty bars of the kept heights around it), in a frame of its own; then the rest.
    expect(restart.atCard.chrome).toBe(0);
    expect(restart.frameAfterCard).toBeLessThan(restart.atChrome.at);
    // The card's box and its text's scale did not move when the header and footer came.
    expect(restart.now.box).toEqual(restart.atCard.box);
    expect(restart.now.fit).toBe(restart.atCard.fit);
    expect(restart.now.overflow).toBeLessThanOrEqual(1);

    // Kept heights that are out of date (the point was renamed, say): the card is fitted again
    // to its real box once the header and footer came, and the right heights are kept.
    // The text's kept scale goes too, so the first fit is to the larger box the kept heights leave.
    await page.evaluate(() => {
      localStorage.setItem('noodsteunpunt-kiosk-chrome', JSON.stringify([['1280x800', { top: 20, bottom: 20 }]]));
      localStorage.removeItem('noodsteunpunt-fitted-scales');
    });
    const stale = await start();
    expect(stale.atCard.box[1]).toBeGreaterThan(restart.now.box[1]);
    const fitted = () =>
      page.evaluate(() => {
        const card = document.querySelector<HTMLElement>('[data-testid="kiosk-card"]')!;
        return { fit: Number(card.style.getPropertyValue('--fit')), overflow: card.scrollHeight - card.clientHeight };
      });
    // As large as in the right box, within the fit's precision (searched from another start), and not overflowing.
    await expect.poll(async () => Math.abs((await fitted()).fit - Number(restart.now.fit)) <= 0.02).toBe(true);
    expect((await fitted()).overflow).toBeLessThanOrEqual(1);
    await expect.poll(keptChrome).toEqual([['1280x800', heights]]);
    await context.close();
  });

  it('shows its last screen again when a restart offline is slow, until React draws the live one over it', async () => {
    const { context, page } = await kioskTablet();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('noodsteunpunt-kiosk-snapshot') !== null)).toBe(true);

    // What the page holds when the last screen appears, and whether the last screen and the
    // live one were ever on the page together. Without the copy of the cards that a restart
    // draws at once (as when it could not be kept: storage full): removed as the page starts,
    // since the running kiosk may still keep a copy (when idle) right up to the reload.
    await context.addInitScript({
      content: `localStorage.removeItem('noodsteunpunt-kiosk-cards');
      window.__together = false;
      // Checked after every change to the page (a microtask after the task that made it), not
      // by polling: a timer may come only after React has already drawn over the last screen.
      new MutationObserver(function () {
        var kept = document.querySelector('[data-kiosk-snapshot]');
        var live = document.querySelectorAll('[data-testid="kiosk-card"]').length;
        if (kept && !window.__atShown) window.__atShown = { kept: kept.innerText, inert: kept.inert, live: live };
        if (kept && live) window.__together = true;
      }).observe(document, { childList: true, subtree: true });`,
    });
    await context.setOffline(true);
    // Slow (a tablet just woken): the live screen takes longer than half a second.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.reload();
    await page.getByTestId('kiosk-card').waitFor({ timeout: 15_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const atShown = await page.evaluate(() => (window as unknown as { __atShown?: { kept: string; inert: boolean; live: number } }).__atShown);
    expect(atShown).toBeDefined();
    expect(atShown!.live).toBe(0);
    expect(atShown!.kept).toContain('Noodgeval? Kom hierheen');
    expect(atShown!.kept).toMatch(/\d\d:\d\d/); // the clock shows the time of the start
    expect(atShown!.inert).toBe(true);
    expect(await page.locator('[data-kiosk-snapshot]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __together: boolean }).__together)).toBe(false);
    await page.getByText('Noodgeval? Kom hierheen').waitFor();
    await context.close();
  });

  it('prints a card as exactly one A4 poster and all current cards as an information board', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await setUpLocally(page, 'lead');
    await page.goto(`${app.url}/lead/info`);
    await page.getByText(/voorbeeldkaarten klaar/).waitFor();
    await page.screenshot({ path: screenshotPath('info-editor-nl'), fullPage: true });
    // The shell's header is checked where it is owned; here the editor itself.
    expect(await seriousViolations(page, '.header')).toEqual([]);

    // Editing one language flags the other until it is translated too.
    await page.getByRole('button', { name: 'Bewerken: Drinkwater' }).click();
    await page.getByLabel('Tekst (Nederlands)').fill('Drinkwater halen kan bij de kerk aan de Markt, elke dag van 9 tot 17 uur.');
    await page.getByText('Duits is ouder dan de andere taal: nalezen').waitFor();
    await page.getByTestId('info-card-form').screenshot({ path: screenshotPath('info-editor-form') });
    expect(await seriousViolations(page, '.header')).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', String(Number(document.body.dataset.printed ?? 0) + 1));
    });

    await page.getByRole('button', { name: 'Poster afdrukken: Medicijnen en medische apparaten' }).click();
    await page.waitForFunction(() => document.body.dataset.printed === '1');
    const poster = screenshotPath('poster').replace(/\.png$/, '.pdf');
    writeFileSync(poster, await page.pdf({ format: 'A4' }));
    expect(pdfPages(poster)).toBe(1);
    expect(pdfPageSize(poster)).toMatch(/pts \(A4\)$/);
    toPng(poster, 'poster');
    const posterText = execFileSync('pdftotext', [poster, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['Medicijnen en medische apparaten', 'Medikamente und medizinische Geräte', 'Dorpshuis Dinxperlo', 'Stand']) {
      expect(posterText).toContain(expected);
    }

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByRole('button', { name: 'Informatiebord afdrukken' }).click();
    await page.waitForFunction(() => document.body.dataset.printed === '2');
    const board = screenshotPath('board').replace(/\.png$/, '.pdf');
    writeFileSync(board, await page.pdf({ format: 'A4' }));
    expect(pdfPages(board)).toBeGreaterThanOrEqual(1);
    toPng(board, 'board');
    const boardText = execFileSync('pdftotext', [board, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['Drinkwater', 'Trinkwasser', 'Openingstijden van dit noodsteunpunt', 'INFORMATIONEN FÜR EINWOHNER']) expect(boardText).toContain(expected);
    await context.close();
  });
});
