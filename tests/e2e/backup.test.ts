/**
 * A tablet dies without a link: its backup file, restored on another tablet of the point,
 * brings the visits and the waiting messages along; a tablet of another point refuses it.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enroll, launchBrowser, registerVisitor, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

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

async function offlineTablet(site: string, name: string): Promise<Page> {
  const context = await tabletContext(browser);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await enroll(page, await app.enrollmentCode(site), name);
  await page.getByTestId('register-submit').waitFor();
  await context.setOffline(true);
  return page;
}

describe('local backup', () => {
  it('moves a dead tablet to a spare of the same point, and not to another point', async () => {
    const dead = await offlineTablet('Dinxperlo', 'Balie oud');
    await registerVisitor(dead, '7091 AB', '1');
    await registerVisitor(dead, '7091 AB', '2');
    await dead.goto(`${app.url}/lead/sync`);
    const downloaded = dead.waitForEvent('download');
    await dead.getByRole('button', { name: 'Reservekopie downloaden' }).click();
    const file = path.join(app.dataDir, 'backup.json');
    await (await downloaded).saveAs(file);

    const spare = await offlineTablet('Dinxperlo', 'Balie reserve');
    await spare.goto(`${app.url}/lead/sync`);
    await spare.getByTestId('backup-restore').setInputFiles(file);
    expect(await spare.getByTestId('backup-message').textContent()).toContain('2 wachtende berichten');
    await spare.goto(`${app.url}/desk`);
    await expect.poll(() => spare.getByTestId('count-today').textContent()).toBe('2');

    const elsewhere = await offlineTablet('Aalten', 'Balie Aalten');
    await elsewhere.goto(`${app.url}/lead/sync`);
    await elsewhere.getByTestId('backup-restore').setInputFiles(file);
    expect(await elsewhere.getByTestId('backup-message').textContent()).toContain('ander noodsteunpunt');
  });
});
