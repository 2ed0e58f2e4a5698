/**
 * The site lead in real Chromium against the real server: receives drinking water, hands it
 * out to a household registered at the desk until the fair-share warning appears (and
 * overrides it with a reason), does a stocktake, and sees the roster warn about a shift
 * without a first aider. Screenshots of stock and roster on a 1280×800 tablet.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_IDS } from '../../src/domain/catalogue';
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

const WATER = CATALOGUE_IDS.drinkingWater;
const balanceOf = (page: Page) => page.getByTestId('item-balance').getAttribute('data-balance');

describe('site lead', () => {
  it('receives stock, hands out water up to the fair share, does a stocktake, and sees roster warnings', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await setUpLocally(page, 'volunteer');
    // A household of one registers at the desk: its fair share of water is 3 litres a day.
    await registerVisitor(page, '7091 AB', '12');

    // Deep link into the lead's stock; the catalogue is seeded on first open.
    await page.goto(`${app.url}/lead/stock`);
    await page.locator(`[data-testid="stock-row"][data-item-id="${WATER}"]`).waitFor();
    expect(await page.getByTestId('stock-row').count()).toBe(10);
    await page.getByTestId('low-stock').waitFor();

    // Receive 100 litres.
    await page.getByRole('link', { name: 'Drinkwater', exact: true }).click();
    await page.getByLabel('Hoeveelheid (liter)').fill('100');
    await page.getByTestId('movement-submit').click();
    await page.getByTestId('movement-saved').waitFor();
    await expect.poll(() => balanceOf(page)).toBe('100');

    // Hand out to the household from today's list: two taps give its share.
    await page.goto(`${app.url}/lead/stock/handout`);
    await page.getByTestId('pick-household').first().click();
    await page.getByTestId('handout-household').waitFor();
    const water = page.locator(`.handout-tile[data-item-id="${WATER}"]`);
    await water.click();
    expect(await page.getByTestId('handout-amount').textContent()).toBe('3 liter');
    await page.getByTestId('handout-submit').click();
    await page.getByTestId('handout-done').waitFor();
    await expect.poll(() => water.textContent()).toContain('Vandaag 3 van 3 liter');

    // More water the same day: the fair-share warning, and no hand-out without a reason.
    await water.click();
    await page.getByTestId('fair-share-warning').waitFor();
    expect(await page.getByTestId('fair-share-warning').textContent()).toContain('kreeg vandaag al 3 liter');
    await page.screenshot({ path: screenshotPath('lead-handout-nl') });
    await page.getByTestId('handout-submit').click();
    await page.getByText('Vul een reden in om meer dan het eerlijk aandeel uit te geven.').waitFor();
    await page.getByLabel('Reden om toch te geven').fill('Baby in huis, fles klaarmaken');
    await page.getByTestId('handout-submit').click();
    await page.getByTestId('handout-done').waitFor();

    // Stocktake: 96 on the books, 90 counted; the correction makes the balance 90.
    await page.goto(`${app.url}/lead/stock/item/${WATER}`);
    await expect.poll(() => balanceOf(page)).toBe('96');
    await page.locator('button[data-kind="counted"]').click();
    await page.getByLabel('Geteld (liter)').fill('90');
    expect(await page.getByTestId('count-difference').textContent()).toContain('Correctie: -6 liter');
    await page.getByTestId('movement-submit').click();
    await expect.poll(() => balanceOf(page)).toBe('90');
    const history = await page.getByTestId('history').textContent();
    expect(history).toContain('Geteld');
    expect(history).toContain('Baby in huis');
    await page.screenshot({ path: screenshotPath('lead-stock-item-nl'), fullPage: true });
    await page.goto(`${app.url}/lead/stock`);
    await page.locator(`[data-testid="stock-row"][data-item-id="${WATER}"][data-balance="90"]`).waitFor();
    await page.screenshot({ path: screenshotPath('lead-stock-nl'), fullPage: true });

    // Roster: a lead, and a desk shift with someone who is no first aider.
    await page.getByRole('link', { name: 'Rooster' }).click();
    await page.getByTestId('add-volunteer').click();
    await page.getByLabel('Naam').fill('Anna de Vries');
    await page.getByRole('button', { name: 'Kan het punt leiden' }).click();
    await page.getByLabel('PIN voor de tablet (4 cijfers)').fill('4711');
    await page.getByTestId('volunteer-submit').click();
    await page.locator('[data-testid="volunteer"][data-name="Anna de Vries"]').waitFor();
    await page.getByTestId('add-volunteer').click();
    await page.getByLabel('Naam').fill('Piet Jansen');
    await page.getByRole('button', { name: 'Rode Kruis' }).click();
    await page.getByLabel('PIN voor de tablet (4 cijfers)').fill('1234');
    await page.getByTestId('volunteer-submit').click();
    await page.locator('[data-testid="volunteer"][data-name="Piet Jansen"]').waitFor();

    await page.getByTestId('add-shift').click();
    await page.locator('[data-testid="shift-form"] [data-role="lead"]').click();
    await page.getByRole('button', { name: 'Aantal mensen −' }).click();
    await page.getByTestId('shift-submit').click();
    await page.getByTestId('add-shift').click();
    await page.getByTestId('shift-submit').click(); // a desk shift for two, next hour
    await expect.poll(() => page.getByTestId('shift').count()).toBe(2);
    await page.locator('[data-testid="shift"][data-role="lead"] [data-testid="assign"]').selectOption({ label: 'Anna de Vries' });
    await page.locator('[data-testid="shift"][data-role="desk"] [data-testid="assign"]').selectOption({ label: 'Piet Jansen' });
    await page.locator('[data-testid="volunteer"][data-name="Piet Jansen"]').getByRole('button', { name: 'Inchecken' }).click();

    const noFirstAider = page.locator('[data-testid="coverage-warning"][data-kind="noFirstAider"]');
    await noFirstAider.waitFor();
    expect(await noFirstAider.textContent()).toContain('Geen EHBO’er aanwezig');
    expect(await page.locator('[data-testid="coverage-warning"][data-kind="shortStaffed"]').count()).toBe(1);
    expect(await page.locator('[data-testid="coverage-warning"][data-kind="noLead"]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('lead-roster-nl'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-roster').isVisible()).toBe(true);
    expect(await page.getByTestId('coverage').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('lead-roster-print-nl'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Who is at the tablet: pick a name, type the PIN; movements now carry that name.
    await page.getByTestId('operator-button').click();
    const dialog = page.getByTestId('operator-dialog');
    await dialog.getByRole('button', { name: 'Piet Jansen' }).click();
    await dialog.getByRole('button', { name: '5', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('lead-pin-nl') });
    for (const digit of '1234') await dialog.getByRole('button', { name: digit, exact: true }).click();
    await expect.poll(() => page.getByTestId('operator-button').textContent()).toContain('Piet Jansen');

    // A sitrep from the live figures goes into the outbox.
    await page.getByRole('link', { name: 'Situatierapport' }).click();
    expect(await page.getByTestId('sitrep-visitors-today').textContent()).toBe('1');
    expect(await page.getByTestId('sitrep-staff').textContent()).toBe('1');
    await page.getByTestId('send-sitrep').click();
    await page.getByTestId('sitrep-sent').waitFor();
    await page.screenshot({ path: screenshotPath('lead-sitrep-nl'), fullPage: true });

    // German, and a deep link opened offline.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    await page.goto(`${app.url}/lead/roster`);
    await page.getByRole('heading', { name: 'Dienstplan' }).waitFor();
    await page.locator('[data-testid="coverage-warning"][data-kind="noFirstAider"]').getByText('Kein Ersthelfer').waitFor();
    await page.screenshot({ path: screenshotPath('lead-roster-de'), fullPage: true });
    await page.getByRole('link', { name: 'Einstellungen Stelle' }).click();
    await page.getByRole('heading', { name: 'Erinnerung Lagebericht' }).waitFor();
    await page.screenshot({ path: screenshotPath('lead-settings-de'), fullPage: true });
    await page.getByRole('link', { name: 'Vorrat' }).click();
    await page.getByRole('link', { name: 'An Haushalt ausgeben' }).click();
    await page.getByTestId('pick-household').first().click();
    await page.locator(`.handout-tile[data-item-id="${CATALOGUE_IDS.foodPackages}"]`).click();
    await page.screenshot({ path: screenshotPath('lead-handout-de') });
    await context.close();
  });
});
