/**
 * The coordinator dashboard in real Chromium against the real server process, across the
 * whole path: a tablet at Dinxperlo takes a life-threatening report while offline and goes
 * online; the dashboard announces it at the top of the inbox; the coordinator acknowledges and
 * forwards it; both statuses reach the tablet by its normal pull. A report waiting too long
 * escalates. A bulletin for one point reaches that point's kiosk and not another point's. Login
 * failures are rate limited; a coordinator cannot reach admin actions; an unreachable server
 * is said plainly.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../server/helpers';
import { enroll, launchBrowser, screenshotPath, signInToDashboard, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

const COORDINATOR = { name: 'Ria de Vries', password: 'Apeldoorn-coördinatie 2026' };
const ADMIN = { name: 'Anna de Boer', password: 'Beheer van de regio 2026' };

let browser: Browser;
let app: App;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
  for (const [account, role] of [
    [COORDINATOR, 'coordinator'],
    [ADMIN, 'admin'],
  ] as const) {
    process.env.NSP_E2E_PASSWORD = account.password;
    const added = await runCli(app.dataDir, ['user', 'add', account.name, '--role', role, '--password-env', 'NSP_E2E_PASSWORD']);
    expect(added.code, added.stderr).toBe(0);
  }
  delete process.env.NSP_E2E_PASSWORD;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A laptop at the coordination point. */
async function dashboard(account: { name: string; password: string }): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await signInToDashboard(page, app.url, account);
  return { page, context };
}

async function tablet(site: string, name: string, role: 'volunteer' | 'kiosk'): Promise<{ page: Page; context: BrowserContext }> {
  const context = await tabletContext(browser);
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await enroll(page, await app.enrollmentCode(site), name, role);
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe(role === 'kiosk' ? '/kiosk' : '/desk');
  return { page, context };
}

/** Takes a life-threatening report at the desk through its red button and form; returns its id. */
async function takeReport(page: Page, description: string, address: string): Promise<string> {
  await page.getByTestId('emergency-button').click();
  await page.getByRole('heading', { name: 'Noodmelding opnemen' }).waitFor();
  await page.getByRole('button', { name: 'Levensbedreigend – nu' }).click();
  await page.getByRole('button', { name: 'Ambulance' }).click();
  await page.getByRole('button', { name: 'Bewusteloos / onwel' }).click();
  await page.getByLabel('Toelichting').fill(description);
  await page.getByLabel('Adres').fill(address);
  await page.getByLabel('Waar wacht de melder? (optioneel)').fill('Bij de balie van het noodsteunpunt');
  await page.getByTestId('report-submit').click();
  const detail = page.getByTestId('report-detail');
  await detail.waitFor();
  const id = await detail.getAttribute('data-report');
  if (!id) throw new Error('the report detail names no report');
  return id;
}

/** A step of the report's timeline on the tablet: done, current or todo. */
const stepState = (page: Page, step: string) => page.getByTestId('report-timeline').locator(`[data-step="${step}"]`).getAttribute('data-state');

/** The statuses the tablet holds for a report (its `reportEvents` table, filled by the pull). */
function statusesOnTablet(page: Page, reportId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('noodsteunpunt');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const events = await new Promise<Array<{ reportId: string; status: string; at: string }>>((resolve, reject) => {
      const all = database.transaction('reportEvents').objectStore('reportEvents').getAll();
      all.onsuccess = () => resolve(all.result as Array<{ reportId: string; status: string; at: string }>);
      all.onerror = () => reject(all.error);
    });
    database.close();
    return events.filter((event) => event.reportId === id).sort((a, b) => a.at.localeCompare(b.at)).map((event) => event.status);
  }, reportId);
}

async function act(card: ReturnType<Page['locator']>, action: string, fields: { note?: string; reference?: string }): Promise<void> {
  await card.getByTestId(`cp-action-${action}`).click();
  const form = card.getByTestId('cp-action-form');
  if (fields.reference) await form.getByLabel('Meldkamernummer').fill(fields.reference);
  if (fields.note) await form.getByLabel('Notitie (gaat naar het punt)').fill(fields.note);
  await form.getByTestId('cp-action-save').click();
  await form.waitFor({ state: 'detached' });
}

describe('coordinator dashboard', () => {
  it('gets an offline report to the dispatch centre and its statuses back to the point; escalates a waiting one', async () => {
    const coordinator = await dashboard(COORDINATOR);
    const inbox = coordinator.page;
    await inbox.getByText('Geen open noodmeldingen.').waitFor();
    // The sign-in click unlocked the sound.
    expect(await inbox.getByTestId('cp-sound').getAttribute('data-state')).toBe('on');

    const desk = await tablet('Dinxperlo', 'Balie 1', 'volunteer');
    await desk.page.getByTestId('register-submit').waitFor();
    await desk.context.setOffline(true);
    await expect.poll(() => desk.page.getByTestId('link-indicator').getAttribute('data-state')).toBe('offline');
    const reportId = await takeReport(desk.page, 'Man onwel in de Kerkstraat, reageert niet', 'Kerkstraat 12, Dinxperlo');
    expect(await stepState(desk.page, 'waiting')).toBe('current');
    await inbox.waitForTimeout(4000);
    expect(await inbox.getByTestId('cp-report').count()).toBe(0);

    await desk.context.setOffline(false);
    const alert = inbox.getByTestId('cp-new-report-alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getAttribute('data-report-id')).toBe(reportId);
    expect(await alert.textContent()).toContain('Nieuwe noodmelding van Dinxperlo');
    const top = inbox.getByTestId('cp-report').first();
    await expect.poll(() => top.getAttribute('data-report-id')).toBe(reportId);
    expect(await top.getAttribute('data-status')).toBe('new');
    expect(await top.textContent()).toContain('Man onwel in de Kerkstraat');
    expect(await top.textContent()).toContain('Bewusteloos / onwel');
    // The reference the point would read out over the radio is the same on both sides.
    expect(await top.getByTestId('cp-report-reference').textContent()).toBe(`Kenmerk ${reportId.slice(0, 8).toUpperCase()}`);
    expect(await inbox.getByTestId('cp-waiting-count').textContent()).toBe('1');
    await expect.poll(async () => Number(await inbox.getByTestId('cp-sound').getAttribute('data-alarms'))).toBeGreaterThanOrEqual(1);
    await inbox.screenshot({ path: screenshotPath('dashboard-inbox-new-report-nl') });

    await act(top, 'acknowledged', { note: 'Gezien, meldkamer wordt gebeld' });
    await expect.poll(() => top.getAttribute('data-status')).toBe('acknowledged');
    await act(top, 'forwarded', { reference: 'MK-OG 2026-1147', note: 'Ambulance gealarmeerd' });
    await expect.poll(() => top.getAttribute('data-status')).toBe('forwarded');
    expect(await top.getByTestId('cp-report-timeline').textContent()).toContain('MK-OG 2026-1147');
    expect(await alert.count()).toBe(0);

    // The point's tablet gets both statuses through its normal pull (every 15 s while connected)
    // and shows them on the report's timeline.
    await expect.poll(() => stepState(desk.page, 'forwarded'), { timeout: 45_000, interval: 1000 }).toBe('done');
    expect(await stepState(desk.page, 'delivered')).toBe('done');
    expect(await stepState(desk.page, 'acknowledged')).toBe('done');
    expect(await stepState(desk.page, 'helpOnTheWay')).toBe('current');
    expect(await statusesOnTablet(desk.page, reportId)).toEqual(['acknowledged', 'forwarded']);
    await desk.page.screenshot({ path: screenshotPath('dashboard-statuses-on-tablet-nl') });

    // A point set up at the coordination point whose tablets never synced stands out too.
    await app.enrollmentCode('Bredevoort');
    await inbox.getByTestId('cp-nav-points').click();
    const dinxperlo = inbox.locator('[data-testid="cp-point"][data-site="Dinxperlo"]');
    await dinxperlo.waitFor();
    expect(await dinxperlo.getAttribute('data-link')).toBe('live');
    expect(await inbox.locator('[data-testid="cp-point"][data-site="Bredevoort"]').getAttribute('data-link')).toBe('never');
    expect(await dinxperlo.getByTestId('cp-point-life-threatening').textContent()).toBe('1 open levensbedreigende melding');
    await inbox.screenshot({ path: screenshotPath('dashboard-points-nl'), fullPage: true });

    // A second life-threatening report that nobody acknowledges: two minutes after it was made
    // it escalates at the coordination point (whose clock is moved on three minutes here).
    await inbox.getByTestId('cp-nav-inbox').click();
    const waitingId = await takeReport(desk.page, 'Vrouw gevallen, hoofdwond, bloedt hevig', 'Markt 3, Dinxperlo');
    const waiting = inbox.locator(`[data-testid="cp-report"][data-report-id="${waitingId}"]`);
    await waiting.waitFor({ timeout: 30_000 });
    expect(await waiting.getAttribute('data-escalated')).toBe('false');
    // Unacknowledged, so before the one already in hand although younger.
    expect(await inbox.getByTestId('cp-report').first().getAttribute('data-report-id')).toBe(waitingId);
    await inbox.clock.setFixedTime(Date.now() + 3 * 60_000);
    await expect.poll(() => waiting.getAttribute('data-escalated')).toBe('true');
    await inbox.getByTestId('cp-escalation-banner').waitFor();
    expect(await waiting.getByTestId('cp-report-escalated').textContent()).toMatch(/ESCALATIE: al 3 min niet bevestigd/);
    await inbox.screenshot({ path: screenshotPath('dashboard-inbox-escalated-nl'), fullPage: true });
    await inbox.getByRole('button', { name: 'DE', exact: true }).click();
    await inbox.getByText('Lebensbedrohliche Meldung seit 3 Min. nicht bestätigt!').waitFor();
    await inbox.screenshot({ path: screenshotPath('dashboard-inbox-de'), fullPage: true });
    await desk.context.close();
    await coordinator.context.close();
  });

  it('publishes a bulletin to one point: its kiosk shows it, another point’s kiosk does not', async () => {
    const coordinator = await dashboard(COORDINATOR);
    const dinxperloKiosk = await tablet('Dinxperlo', 'Infoscherm Dinxperlo', 'kiosk');
    const aaltenKiosk = await tablet('Aalten', 'Infoscherm Aalten', 'kiosk');
    const page = coordinator.page;

    await page.getByTestId('cp-nav-bulletins').click();
    const editor = page.getByTestId('cp-bulletin-editor');
    await editor.getByTestId('cp-bulletin-nl-title').fill('Drinkwater bij de brandweerkazerne');
    await editor.getByTestId('cp-bulletin-nl-body').fill('Vanaf 14:00 uur. Neem jerrycans mee.');
    await editor.getByTestId('cp-bulletin-publish').click();
    // German is required (or a deliberate single-language card).
    await editor.getByText('Vul een titel in.').waitFor();
    await editor.getByTestId('cp-bulletin-de-title').fill('Trinkwasser an der Feuerwache');
    await editor.getByTestId('cp-bulletin-de-body').fill('Ab 14:00 Uhr. Bitte Kanister mitbringen.');
    await editor.getByTestId('cp-bulletin-chosen').check();
    await editor.getByLabel('Dinxperlo').check();
    await editor.getByTestId('cp-bulletin-publish').click();
    await editor.getByTestId('cp-bulletin-published').waitFor();
    await page.getByTestId('cp-bulletin-list').getByText('Drinkwater bij de brandweerkazerne').waitFor();

    await expect.poll(() => dinxperloKiosk.page.getByTestId('kiosk').textContent(), { timeout: 45_000, interval: 1000 }).toContain(
      'Drinkwater bij de brandweerkazerne',
    );

    // A broadcast after it: once Aalten shows that one, it has pulled past the first one too.
    await editor.getByTestId('cp-bulletin-nl-title').fill('Stroom: verwachting');
    await editor.getByTestId('cp-bulletin-nl-body').fill('Naar verwachting morgen hersteld.');
    await editor.getByTestId('cp-bulletin-de-title').fill('Strom: Erwartung');
    await editor.getByTestId('cp-bulletin-de-body').fill('Voraussichtlich morgen wiederhergestellt.');
    await editor.getByTestId('cp-bulletin-all').check();
    await editor.getByTestId('cp-bulletin-publish').click();
    await expect.poll(() => aaltenKiosk.page.getByTestId('kiosk').textContent(), { timeout: 45_000, interval: 1000 }).toContain('Stroom: verwachting');
    expect(await aaltenKiosk.page.getByTestId('kiosk').textContent()).not.toContain('Drinkwater bij de brandweerkazerne');
    await expect.poll(() => dinxperloKiosk.page.getByTestId('kiosk').textContent(), { timeout: 45_000, interval: 1000 }).toContain('Stroom: verwachting');
    await dinxperloKiosk.page.screenshot({ path: screenshotPath('dashboard-bulletin-on-kiosk') });

    for (const context of [coordinator.context, dinxperloKiosk.context, aaltenKiosk.context]) await context.close();
  });

  it('shows the evaluation of every point and downloads its anonymised set with a point column', async () => {
    await app.enrollmentCode('Dinxperlo');
    await app.enrollmentCode('Aalten');
    const coordinator = await dashboard(COORDINATOR);
    const page = coordinator.page;
    await page.getByTestId('cp-nav-evaluation').click();
    await page.getByRole('heading', { name: 'Evaluatie van alle punten' }).waitFor();
    const perPoint = page.getByTestId('cp-evaluation-points');
    await perPoint.locator('tr[data-site]').first().waitFor();
    expect(await perPoint.textContent()).toContain('Dinxperlo');
    expect(await perPoint.textContent()).toContain('Aalten');
    expect(Number(await page.getByTestId('cp-evaluation-reports').textContent())).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('dashboard-evaluation-nl'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cp-export-reports').click()]);
    expect(download.suggestedFilename()).toMatch(/^noodsteunpunt-alle-punten-\d{4}-\d{2}-\d{2}-reports\.csv$/);
    const stream = await download.createReadStream();
    let csv = '';
    for await (const chunk of stream) csv += String(chunk);
    expect(csv.split('\r\n')[0]).toMatch(/^point,report,urgency,service,/);
    // Reports of the first test (when it ran): no description, no address.
    expect(csv).not.toContain('Kerkstraat');

    await page.getByRole('button', { name: 'DE', exact: true }).click();
    await page.getByRole('heading', { name: 'Auswertung aller Anlaufstellen' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('cp-export-reports').isVisible()).toBe(false);
    expect(await page.getByTestId('cp-nav-evaluation').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('dashboard-evaluation-print-de'), fullPage: true });
    await coordinator.context.close();
  });

  it('carries an emergency report over the air gap: QR codes on the tablet, photographed into the dashboard', async () => {
    const desk = await tablet('Dinxperlo', 'Balie relay', 'volunteer');
    await desk.context.setOffline(true);
    const reportId = await takeReport(desk.page, 'Man onwel, verbinding al uren weg', 'Markt 3, Dinxperlo');
    // The report's page shows the signed relay sequence of the waiting emergency reports.
    const qr = desk.page.getByTestId('relay-qr');
    await qr.waitFor();
    const parts = new Map<string, string>();
    for (let tries = 0; tries < 40; tries += 1) {
      const caption = (await qr.locator('p').textContent()) ?? '';
      parts.set(caption, (await qr.locator('img').getAttribute('src')) ?? '');
      const total = Number(/(\d+)\D*$/.exec(caption)?.[1] ?? 1);
      if (parts.size >= total) break;
      await desk.page.waitForTimeout(400);
    }
    const photos = [...parts.values()].map((src, index) => {
      const file = path.join(app.dataDir, `relay-${index}.png`);
      writeFileSync(file, Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
      return file;
    });

    const coordinator = await dashboard(COORDINATOR);
    await coordinator.page.goto(`${app.url}/cp/relay`);
    const photoInput = coordinator.page.getByTestId('cp-relay').locator('input[type="file"][accept="image/*"]');
    for (const photo of photos) await photoInput.setInputFiles(photo);
    await coordinator.page.getByTestId('relay-result').waitFor();
    expect(await coordinator.page.getByTestId('relay-result').textContent()).toContain('1 nieuw');
    await coordinator.page.goto(`${app.url}/cp`);
    await coordinator.page.locator(`[data-report-id="${reportId}"], [data-report="${reportId}"]`).first().waitFor();

    // The link comes back: the tablet's own delivery is a duplicate and its outbox empties.
    await desk.context.setOffline(false);
    await desk.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => desk.page.getByTestId('queue-count').getAttribute('data-count'), { timeout: 30_000 }).toBe('0');
    await coordinator.context.close();
    await desk.context.close();
  });

  it('rate limits failed sign-ins and keeps a coordinator out of admin actions', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${app.url}/cp`);
    await page.getByLabel('Naam', { exact: true }).fill('Mallory');
    let message = '';
    for (let attempt = 1; attempt <= 11; attempt++) {
      await page.getByLabel('Wachtwoord', { exact: true }).fill(`raden ${attempt}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/cp/auth/login'));
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      const response = await answered;
      expect(response.status(), `attempt ${attempt}`).toBe(attempt <= 10 ? 401 : 429);
      await page.getByTestId('cp-login-error').getByRole('alert').waitFor();
      message = (await page.getByTestId('cp-login-error').textContent()) ?? '';
    }
    expect(message).toContain('Te veel mislukte pogingen');
    await context.close();

    const coordinator = await dashboard(COORDINATOR);
    expect(await coordinator.page.getByTestId('cp-nav-admin').count()).toBe(0);
    await coordinator.page.goto(`${app.url}/cp/admin`);
    await coordinator.page.getByTestId('cp-admin-refused').waitFor();
    const refused = await coordinator.page.evaluate(async () => {
      const response = await fetch('/api/v1/cp/admin/sites', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'test' },
        body: JSON.stringify({ name: 'Nep-punt', municipality: 'Nergens' }),
      });
      return response.status;
    });
    expect(refused).toBe(403);
    await coordinator.context.close();

    const admin = await dashboard(ADMIN);
    await admin.page.getByTestId('cp-nav-admin').click();
    await admin.page.getByTestId('cp-make-code').first().click();
    const code = await admin.page.getByTestId('cp-code-text').textContent();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await admin.page.getByRole('img', { name: `QR-code met koppelcode ${code}` }).isVisible()).toBe(true);
    expect(await admin.page.getByTestId('cp-admin-sites').textContent()).not.toContain('Nep-punt');

    // The dashboard needs the server and says so when it is gone.
    await app.server.stop();
    await admin.page.getByTestId('cp-unreachable').waitFor({ timeout: 20_000 });
    await admin.context.close();
  });
});
