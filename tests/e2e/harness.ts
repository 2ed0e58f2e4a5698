/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, against the production
 * build served by the real coordination point server process.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { REPO_ROOT, makeEnrollmentCode, makeTempDir, startServerProcess, type ServerProcess } from '../server/helpers';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface App {
  server: ServerProcess;
  dataDir: string;
  distDir: string;
  url: string;
  enrollmentCode(siteName?: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the server on a fresh data dir; `ownDist` copies the build so a test may change it. */
export async function startApp({ ownDist = false } = {}): Promise<App> {
  const data = makeTempDir('nsp-e2e-');
  let distDir = path.join(REPO_ROOT, 'dist');
  if (ownDist) {
    distDir = path.join(data.dir, 'dist');
    cpSync(path.join(REPO_ROOT, 'dist'), distDir, { recursive: true });
  }
  const server = await startServerProcess({ dataDir: path.join(data.dir, 'db'), distDir });
  return {
    server,
    dataDir: path.join(data.dir, 'db'),
    distDir,
    url: server.url,
    enrollmentCode: async (siteName = 'Dinxperlo') => (await makeEnrollmentCode(path.join(data.dir, 'db'), siteName)).code,
    close: async () => {
      await server.stop();
      data.remove();
    },
  };
}

/** A 10-inch tablet in landscape. */
export function tabletContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, hasTouch: true, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

/** Waits until the service worker controls the page (clientsClaim on first install). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** First run without enrollment: name the point, pick a role. */
export async function setUpLocally(page: Page, role: 'volunteer' | 'lead' | 'kiosk' = 'volunteer'): Promise<void> {
  await page.getByLabel('Naam van het noodsteunpunt').fill('Dorpshuis Dinxperlo');
  await page.getByLabel('Gemeente').fill('Aalten');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await page.locator(`[data-role="${role}"]`).click();
}

/** A tablet set up as a local point's volunteer desk, its app installed, then the network gone. */
export async function offlineDesk(browser: Browser, app: App): Promise<{ context: BrowserContext; page: Page }> {
  const context = await tabletContext(browser);
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await setUpLocally(page);
  await page.getByTestId('register-submit').waitFor();
  await context.setOffline(true);
  return { context, page };
}

export async function enroll(page: Page, code: string, deviceName: string, role: 'volunteer' | 'lead' | 'kiosk' = 'volunteer'): Promise<void> {
  await page.getByLabel('Koppelcode').fill(code);
  await page.getByLabel('Naam van deze tablet').fill(deviceName);
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await page.locator(`[data-role="${role}"]`).click();
}

export async function registerVisitor(page: Page, postcode: string, houseNumber: string, need = 'Drinkwater'): Promise<void> {
  await page.getByLabel('Postcode').fill(postcode);
  await page.getByLabel('Huisnummer').fill(houseNumber);
  await page.getByRole('button', { name: need, exact: true }).click();
  await page.getByTestId('register-submit').click();
  await page.getByTestId('register-saved').waitFor();
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** Signs in to the coordinator dashboard (/cp) with an account made by the CLI. */
export async function signInToDashboard(page: Page, url: string, account: { name: string; password: string }): Promise<void> {
  await page.goto(`${url}/cp`);
  await page.getByLabel('Naam', { exact: true }).fill(account.name);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByTestId('cp-user').waitFor();
}
