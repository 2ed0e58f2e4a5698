/**
 * Enrolling a tablet by photographing the QR code the coordination point shows: the photo is
 * decoded in the browser (BarcodeDetector or jsQR), the code filled in, the tablet enrolled.
 */
import path from 'node:path';
import QRCode from 'qrcode';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

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

describe('enrollment by QR code', () => {
  it('fills in the code from a photo of the QR code and enrolls the tablet', async () => {
    const code = await app.enrollmentCode('Dinxperlo');
    const photo = path.join(app.dataDir, 'qr.png');
    await QRCode.toFile(photo, code, { width: 480, margin: 4 });
    const page = await (await tabletContext(browser)).newPage();
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await page.getByTestId('enroll-scan').setInputFiles(photo);
    await expect.poll(() => page.getByLabel('Koppelcode').inputValue()).toBe(code);
    await page.getByLabel('Naam van deze tablet').fill('Balie 2');
    await page.getByRole('button', { name: 'Koppelen' }).click();
    await page.locator('[data-role="volunteer"]').click();
    await expect.poll(() => page.locator('.brand-site').textContent()).toBe('Dinxperlo');
  });

  it('says what to do when the photo holds no code', async () => {
    const photo = path.join(app.dataDir, 'not-a-code.png');
    await QRCode.toFile(photo, 'https://example.org/hello', { width: 300 });
    const page = await (await tabletContext(browser)).newPage();
    await page.goto(app.url);
    await page.getByTestId('enroll-scan').setInputFiles(photo);
    expect(await page.getByTestId('enroll-error').textContent()).toContain('geen leesbare koppelcode');
  });
});
