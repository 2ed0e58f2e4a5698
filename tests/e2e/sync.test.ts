/**
 * Two tablets of one point in real Chromium, enrolled at the real server: each registers
 * visitors and books stock while offline; once both are online they show the same visitors
 * and the same stock balance. A record of one
 * tablet appears on the other without a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_IDS } from '../../src/domain/catalogue';
import { enroll, launchBrowser, registerVisitor, screenshotPath, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

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

async function tablet(name: string): Promise<{ page: Page; setOffline(offline: boolean): Promise<void> }> {
  const context = await tabletContext(browser);
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await enroll(page, await app.enrollmentCode('Dinxperlo'), name);
  await page.getByTestId('register-submit').waitFor();
  await expect.poll(() => page.getByTestId('link-indicator').getAttribute('data-state')).toBe('connected');
  return { page, setOffline: (offline) => context.setOffline(offline) };
}

const WATER = CATALOGUE_IDS.drinkingWater;

/** The stock ledger's "received" booking, through the site lead's item screen. */
async function receiveWater(page: Page, litres: string) {
  await page.goto(`${app.url}/lead/stock`);
  await page.getByRole('link', { name: 'Drinkwater', exact: true }).click();
  await page.getByLabel('Hoeveelheid (liter)').fill(litres);
  await page.getByTestId('movement-submit').click();
  await page.getByTestId('movement-saved').waitFor();
}

const todayCount = (page: Page) => page.getByTestId('count-today').textContent();
const queued = (page: Page) => page.getByTestId('queue-count').getAttribute('data-count');

describe('two tablets of one point', () => {
  it('work apart offline and end with the same visitors and the same stock balance', async () => {
    const desk = await tablet('Balie 1');
    const table = await tablet('Uitgifte');
    expect(await desk.page.locator('.brand-site').textContent()).toBe('Dinxperlo');

    await desk.setOffline(true);
    await table.setOffline(true);
    await registerVisitor(desk.page, '7091 AB', '1');
    await registerVisitor(desk.page, '7091 AB', '2');
    await registerVisitor(table.page, '46399', '7', 'Voedsel');
    // Both tablets also book stock while apart: 50 litres received here, 30 there.
    await receiveWater(desk.page, '50');
    await receiveWater(table.page, '30');
    await desk.page.goto(`${app.url}/desk`);
    await table.page.goto(`${app.url}/desk`);
    // Visits, movements and the (idempotent) catalogue seed wait in the outbox.
    await expect.poll(async () => Number(await queued(desk.page))).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => Number(await queued(table.page))).toBeGreaterThanOrEqual(2);
    // The link monitor starts once the screen is up: "checking" until then.
    await expect.poll(() => desk.page.getByTestId('link-indicator').getAttribute('data-state')).toBe('offline');

    await desk.setOffline(false);
    await table.setOffline(false);
    // The `online` event probes at once; the drain follows; the other tablet's records arrive
    // on its next round (after its own push, or the 15 s pull timer).
    await expect.poll(() => queued(desk.page), { timeout: 20_000 }).toBe('0');
    await expect.poll(() => queued(table.page), { timeout: 20_000 }).toBe('0');
    await registerVisitor(desk.page, '7091 AB', '3');
    await expect.poll(() => todayCount(desk.page), { timeout: 40_000 }).toBe('4');
    await expect.poll(() => todayCount(table.page), { timeout: 40_000 }).toBe('4');
    // The ledger converges: both tablets see 80 litres.
    for (const { page } of [desk, table]) {
      await page.goto(`${app.url}/lead/stock/item/${WATER}`);
      await expect.poll(() => page.getByTestId('item-balance').getAttribute('data-balance'), { timeout: 40_000 }).toBe('80');
    }
    await desk.page.screenshot({ path: screenshotPath('desk-synced-nl') });
  });
});
