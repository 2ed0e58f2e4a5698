/**
 * A desk shift in real Chromium, offline from the start: three visitors, one found back and
 * registered again in two taps, a life-threatening report that goes to the front of the queue
 * and into the open-reports list, everything still there after a reload, and the escalation
 * banner appearing by itself when the (shortened) delivery deadline passes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enroll, launchBrowser, offlineDesk, registerVisitor, screenshotPath, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

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

/**
 * The app's own IndexedDB, read or written as the page itself would (the app has no test hooks).
 * Each helper is one function run in the page: the app's CSP forbids building code from strings.
 */
function openAppDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('noodsteunpunt');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** The outbox in the order the sync engine drains it: state, priority, sequence. */
const drainOrder = (page: Page) =>
  page.evaluate(`(${openAppDatabase.toString()})().then((db) => new Promise((resolve, reject) => {
    const types = [];
    const range = IDBKeyRange.bound(['pending', -Infinity, -Infinity], ['pending', Infinity, Infinity]);
    const request = db.transaction('outbox').objectStore('outbox').index('[state+priority+seq]').openCursor(range);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) { db.close(); resolve(types); return; }
      types.push(cursor.value.type);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  }))`) as Promise<string[]>;

const count = (page: Page, store: string) =>
  page.evaluate(`(${openAppDatabase.toString()})().then((db) => new Promise((resolve, reject) => {
    const request = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).count();
    request.onsuccess = () => { db.close(); resolve(request.result); };
    request.onerror = () => reject(request.error);
  }))`) as Promise<number>;

/** What the site lead's settings screen will write (src/db/actions/settings.ts), straight into the store. */
const writeSetting = (page: Page, key: string, value: number) =>
  page.evaluate(`(${openAppDatabase.toString()})().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: ${JSON.stringify(key)}, value: ${JSON.stringify(value)}, updatedAt: '001764000000000-00000-e2e' });
    tx.oncomplete = () => { db.close(); resolve(undefined); };
    tx.onerror = () => reject(tx.error);
  }))`);

describe('the volunteer desk', () => {
  it('registers visitors offline, finds one back, takes a life-threatening report that goes first and escalates when undelivered', async () => {
    const { context, page } = await offlineDesk(browser, app);

    // Three visitors, offline.
    await registerVisitor(page, '7091ab', '12');
    await registerVisitor(page, '7091 AB', '14', 'Voedsel');
    await registerVisitor(page, '46399', '3', 'Warmte');
    await expect.poll(() => page.getByTestId('count-today').textContent()).toBe('3');

    // One found back as the volunteer types, and registered again in two taps.
    await page.getByTestId('household-search').pressSequentially('7091ab 12');
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.getByRole('listitem').count()).toBe(1);
    await results.getByRole('button', { name: 'Nieuw bezoek' }).click(); // tap 1
    await page.getByTestId('returning-household').waitFor();
    await page.screenshot({ path: screenshotPath('desk-returning-nl') });
    await page.getByTestId('register-submit').click(); // tap 2
    await page.getByTestId('register-saved').waitFor();
    await expect.poll(() => page.getByTestId('count-today').textContent()).toBe('4');
    expect(await count(page, 'households')).toBe(3);

    // The site lead's escalation deadline, shortened to 6 seconds for the test.
    await writeSetting(page, 'escalateAfterMinutes', 0.1);
    await page.reload();
    await page.getByTestId('register-submit').waitFor();

    // A life-threatening report, through the red button.
    await page.getByTestId('emergency-button').click();
    await page.getByRole('heading', { name: 'Noodmelding opnemen' }).waitFor();
    await page.getByRole('button', { name: 'Levensbedreigend – nu' }).click();
    await page.getByRole('button', { name: 'Ambulance' }).click();
    await page.getByRole('button', { name: 'Bewusteloos / onwel' }).click();
    await page.getByRole('button', { name: 'Ademnood' }).click();
    await page.getByLabel('Toelichting').fill('Man van ongeveer 70 in elkaar gezakt in de sporthal, ademt zwak');
    await page.getByLabel('Adres').fill('Sportlaan 2, Dinxperlo');
    await page.getByLabel('Waar wacht de melder? (optioneel)').fill('Hoofdingang sporthal');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('report-form-nl') });
    await page.getByTestId('report-submit').click();
    const detail = page.getByTestId('report-detail');
    await detail.waitFor();
    const savedAt = Date.now();

    // First in the outbox, ahead of the four visits queued before it, and shown so.
    expect(await drainOrder(page)).toEqual(['report.created', 'visit.registered', 'visit.registered', 'visit.registered', 'visit.registered']);
    expect(await page.getByTestId('queue-count').getAttribute('data-count')).toBe('5');
    expect(await page.getByTestId('queue-position').getAttribute('data-position')).toBe('1');
    expect(await page.locator('[data-step="waiting"]').getAttribute('data-state')).toBe('current');
    // Not escalated before its deadline (6 s after saving).
    if (Date.now() - savedAt < 4000) expect(await page.getByTestId('escalation-banner').count()).toBe(0);

    // In the open-reports list, first.
    await page.locator('[data-tab="reports"]').click();
    const open = page.getByTestId('open-reports');
    await open.getByRole('listitem').first().waitFor();
    expect(await open.getByRole('listitem').first().getAttribute('data-urgency')).toBe('lifeThreatening');
    expect(await open.getByRole('listitem').first().textContent()).toContain('Wacht op verbinding');

    // The deadline passes: the banner appears by itself, no reload.
    const banner = page.getByTestId('escalation-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toContain('1 dringende noodmelding is na 0.1 minuten nog niet bij het coördinatiepunt');
    await page.screenshot({ path: screenshotPath('open-reports-nl') });

    // Reload, offline: all still there.
    await page.reload();
    await open.getByRole('listitem').first().waitFor();
    expect(await open.getByRole('listitem').count()).toBe(1);
    await banner.waitFor();
    expect(await count(page, 'visits')).toBe(4);
    expect(await page.getByTestId('queue-count').getAttribute('data-count')).toBe('5');

    // The fallback: the whole report as text for the radio, in both languages' labels.
    await page.getByTestId('escalation-open').click();
    await page.getByTestId('fallback').waitFor();
    expect(await page.getByTestId('fallback').getAttribute('data-escalated')).toBe('true');
    const summary = await page.getByTestId('report-summary').textContent();
    expect(summary).toContain('Urgentie [Dringlichkeit]: LEVENSBEDREIGEND – NU [LEBENSBEDROHLICH – JETZT]');
    expect(summary).toContain('Waar [Wo]: Sportlaan 2, Dinxperlo');
    expect(summary).toContain('Wacht bij [Wartet bei]: Hoofdingang sporthal');
    // No QR code on a tablet that was never enrolled: it says so and points to the text.
    await page.getByTestId('fallback-qr').getByText('nog niet gekoppeld').waitFor();
    await page.screenshot({ path: screenshotPath('report-fallback-nl') });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('report-print') });
    await page.emulateMedia({ media: 'screen' });

    // Back at the desk, in German: the form and tabs speak German; the kiosk has no red button.
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    await page.getByTestId('emergency-button').click();
    await page.getByRole('heading', { name: 'Notruf aufnehmen' }).waitFor();
    await page.getByRole('button', { name: 'Notruf speichern' }).click();
    await page.getByText('Bitte wählen, wie dringend es ist.').waitFor();
    await page.screenshot({ path: screenshotPath('report-form-de') });
    await page.goto(`${app.url}/kiosk`);
    await page.getByTestId('kiosk').waitFor();
    expect(await page.getByTestId('emergency-button').count()).toBe(0);
    expect(await page.getByTestId('escalation-banner').count()).toBe(0);
    await context.close();
  });

  it('keeps its header one row on a landscape tablet whatever the link says, so the form under it never moves', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await enroll(page, await app.enrollmentCode('Dinxperlo'), 'Tablet balie');
    await page.getByTestId('register-submit').waitFor();
    const link = page.getByTestId('link-indicator');
    const layout = () =>
      page.evaluate(() => {
        const header = document.querySelector('.header')!;
        // Where the screen under the header starts (the form's own length differs by language).
        const screen = document.querySelector('main')!.getBoundingClientRect();
        return { header: header.getBoundingClientRect().height, overflow: header.scrollWidth - header.clientWidth, screen: screen.top + window.scrollY };
      });
    await expect.poll(() => link.getAttribute('data-state')).toBe('connected');
    await expect.poll(() => page.getByTestId('queue-count').getAttribute('data-count')).toBe('0');
    const connected = await layout();
    // A header of one row: the brand, the link and the buttons, no more than 80 px high.
    expect(connected.header).toBeLessThan(80);
    expect(connected.overflow).toBe(0);

    // Offline with a message waiting, in Dutch and in German: the same height, the form where it was.
    await context.setOffline(true);
    await registerVisitor(page, '7091ab', '12');
    await expect.poll(() => link.getAttribute('data-state')).toBe('offline');
    await expect.poll(() => page.getByTestId('queue-count').getAttribute('data-count')).toBe('1');
    expect(await layout()).toEqual(connected);
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    await page.getByText('1 Nachricht wartet').waitFor();
    expect(await layout()).toEqual(connected);
    await context.close();
  });

  it('opens the desk’s screens by deep link, offline', async () => {
    const { context, page } = await offlineDesk(browser, app);
    for (const [path, ready] of [
      ['/desk/reports', page.getByText('Geen open noodmeldingen.')],
      ['/desk/reports/new', page.getByTestId('report-submit')],
      ['/desk/signals', page.getByTestId('signal-submit')],
      ['/desk/helpers', page.getByTestId('helper-submit')],
    ] as const) {
      await page.goto(`${app.url}${path}`);
      await ready.waitFor();
      expect(await page.getByTestId('emergency-button').count()).toBe(1);
    }
    await page.getByLabel('Naam (persoon of initiatief)').fill('Jan de Vries');
    await page.getByLabel('Wat kan hij/zij doen of bieden?').fill('Aggregaat, 3 kW');
    await page.getByTestId('helper-submit').click();
    await page.getByTestId('helper-saved').waitFor();
    await page.screenshot({ path: screenshotPath('helpers-nl') });
    await context.close();
  });
});
