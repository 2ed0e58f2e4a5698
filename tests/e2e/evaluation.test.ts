/**
 * The evaluation tab in real Chromium against the production build: a small day at the desk
 * (three visits, one emergency report) shows up in the figures; the anonymised visits CSV
 * downloads without personal data; a blank visitor form prints on exactly one A4 sheet in
 * Dutch and German. Screenshots of the tab and the printed form.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

describe('evaluation', () => {
  it('counts a day at the desk, exports it without personal data, and prints a blank visitor form', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await setUpLocally(page, 'volunteer');

    await registerVisitor(page, '7091 AB', '12', 'Drinkwater');
    await registerVisitor(page, '7091 CD', '7', 'Drinkwater');
    await registerVisitor(page, '46399', '3', 'Voedsel');

    await page.getByTestId('emergency-button').click();
    await page.getByRole('heading', { name: 'Noodmelding opnemen' }).waitFor();
    await page.getByRole('button', { name: 'Dringend' }).first().click();
    await page.getByRole('button', { name: 'Ambulance' }).click();
    await page.getByRole('button', { name: 'Bewusteloos / onwel' }).click();
    await page.getByLabel('Toelichting').fill('Mevrouw Jansen gevallen in de keuken');
    await page.getByLabel('Adres').fill('Sportlaan 2, Dinxperlo');
    await page.getByLabel('Naam van de melder (optioneel)').fill('Piet de Vries');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-detail').waitFor();

    await page.goto(`${app.url}/lead/evaluation`);
    await page.getByRole('heading', { name: 'Evaluatie', exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('evaluation-visits').textContent()).toBe('3');
    expect(await page.getByTestId('evaluation-households').textContent()).toBe('3');
    expect(await page.getByTestId('evaluation-reports').textContent()).toBe('1');
    const needs = page.getByTestId('chart-needs').locator('table');
    expect(await needs.locator('tr', { hasText: 'Drinkwater' }).locator('td').textContent()).toBe('2');
    expect(await needs.locator('tr', { hasText: 'Voedsel' }).locator('td').textContent()).toBe('1');
    await page.screenshot({ path: screenshotPath('evaluation-nl'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-visits').click()]);
    expect(download.suggestedFilename()).toMatch(/^noodsteunpunt-dorpshuis-dinxperlo-\d{4}-\d{2}-\d{2}-visits\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('visit,household,arrivedAt,leftAt,adults,children,residence,postcodeArea,language,needs');
    expect(rows.map((row) => row.split(',').slice(6))).toEqual([
      ['address', '7091', 'nl', 'drinkingWater'],
      ['address', '7091', 'nl', 'drinkingWater'],
      ['address', '463', 'nl', 'food'],
    ]);
    for (const personal of ['7091 AB', '7091AB', '7091 CD', '46399', 'Jansen', 'Sportlaan', 'Piet', 'Vries']) expect(csv).not.toContain(personal);

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', String(Number(document.body.dataset.printed ?? 0) + 1));
    });
    await page.getByTestId('print-visit').click();
    await page.waitForFunction(() => document.body.dataset.printed === '1');
    const pdf = screenshotPath('paper-visit-form').replace(/\.png$/, '.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    expect(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1]).toBe('1');
    expect(pdfInfo(pdf)).toMatch(/Page size:.*\(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, screenshotPath('paper-visit-form').replace(/\.png$/, '')]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['INSCHRIJVING BEZOEKER', 'BESUCHERERFASSUNG', 'Dorpshuis Dinxperlo', 'Volwassenen', 'Erwachsene', 'Tijd van aankomst', 'Ankunftszeit', 'Drinkwater', 'Trinkwasser']) {
      expect(text).toContain(expected);
    }

    // The other blank forms fit one sheet too.
    for (const [index, form] of (['report', 'stock', 'roster'] as const).entries()) {
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.getByTestId(`print-${form}`).click();
      await page.waitForFunction((count) => document.body.dataset.printed === String(count), index + 2);
      const file = screenshotPath(`paper-${form}-form`).replace(/\.png$/, '.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      expect(/^Pages:\s+(\d+)/m.exec(pdfInfo(file))?.[1], form).toBe('1');
      execFileSync('pdftoppm', ['-png', '-r', '70', file, screenshotPath(`paper-${form}-form`).replace(/\.png$/, '')]);
    }
    await context.close();
  });
});
