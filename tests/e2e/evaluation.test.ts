/**
 * The evaluation in real Chromium against the production build: a small day at the desk
 * (three visits, one emergency report) shows up in the figures; the anonymised visits CSV
 * downloads without personal data; a blank visitor form prints on exactly one A4 sheet in
 * Dutch and German. The coordinator's evaluation of two points draws its charts (Chartist) and
 * their link uptime on a 10-inch tablet and on A4. Screenshots of each, printed ones as PDF.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, type EnrollResponse, type MessageType, type PayloadOf } from '../../src/domain';
import { contactBucket } from '../../src/domain/evaluation';
import { enrollOverHttp, envelope, runCli } from '../server/helpers';
import { launchBrowser, registerVisitor, screenshotPath, setUpLocally, signInToDashboard, startApp, tabletContext, waitForServiceWorker, type App } from './harness';

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

const MIN = 60_000;
const COORDINATOR = { name: 'Ria de Vries', password: 'Apeldoorn-coördinatie 2026' };

/** A tablet's delivery over HTTP, as the sync engine sends it; fails unless every message is accepted. */
async function push<T extends MessageType>(device: EnrollResponse, type: T, payload: PayloadOf<T>): Promise<void> {
  const response = await fetch(`${app.url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
    body: JSON.stringify({ messages: [envelope(type, payload, device)] }),
  });
  const body = (await response.json()) as { results: { status: string }[] };
  expect(body.results.map((result) => result.status)).toEqual(['accepted']);
}

/** A morning at a point: visits spread over five hours, water handed out, a volunteer on duty, an urgent report. */
async function morningAt(device: EnrollResponse, visits: number, needs: PayloadOf<'visit.registered'>['visit']['needs'][]): Promise<string> {
  const now = Date.now();
  const hlc = formatHlc({ wallMs: now, counter: 0, node: device.deviceId.slice(0, 8) });
  for (let index = 0; index < visits; index += 1) {
    const householdId = randomUUID();
    const household = { id: householdId, adults: 1 + (index % 3), children: index % 2, residence: 'address' as const, postcode: '7091 AB', houseNumber: String(index + 1), language: 'nl' as const, flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false }, updatedAt: hlc };
    const arrivedAt = new Date(now - (5 * 60 - index * (290 / visits)) * MIN).toISOString();
    await push(device, 'visit.registered', { household, visit: { id: randomUUID(), householdId, arrivedAt, needs: needs[index % needs.length] } });
  }
  const volunteerId = randomUUID();
  await push(device, 'volunteer.saved', { id: volunteerId, name: 'Piet', organisation: 'redCross', skills: [], updatedAt: hlc });
  await push(device, 'attendance.recorded', { id: randomUUID(), volunteerId, kind: 'checkIn', at: new Date(now - 4 * 60 * MIN).toISOString() });
  const reportId = randomUUID();
  const madeAt = new Date(now - 6 * MIN).toISOString();
  await push(device, 'report.created', { id: reportId, service: 'ambulance', incident: ['fall'], description: 'Mevrouw gevallen', urgency: 'urgent', address: 'Markt 1', peopleInvolved: 1, occurredAt: madeAt, madeAt });
  return reportId;
}

describe('coordinator evaluation', () => {
  it('draws the charts and link uptime of two points on a 10-inch tablet and on A4', async () => {
    process.env.NSP_E2E_PASSWORD = COORDINATOR.password;
    const added = await runCli(app.dataDir, ['user', 'add', COORDINATOR.name, '--role', 'coordinator', '--password-env', 'NSP_E2E_PASSWORD']);
    delete process.env.NSP_E2E_PASSWORD;
    expect(added.code, added.stderr).toBe(0);
    const contactStarted = Date.now();
    const dinxperlo = await enrollOverHttp(app.url, await app.enrollmentCode('Dinxperlo'), 'Balie Dinxperlo');
    const aalten = await enrollOverHttp(app.url, await app.enrollmentCode('Aalten'), 'Balie Aalten');
    const reports = [
      await morningAt(dinxperlo, 14, [['drinkingWater', 'food'], ['drinkingWater'], ['devicePower', 'information'], ['warmth', 'medical']]),
      await morningAt(aalten, 8, [['drinkingWater'], ['food', 'devicePower']]),
    ];

    const context = await tabletContext(browser);
    const page = await context.newPage();
    await signInToDashboard(page, app.url, COORDINATOR);
    // The coordination point acknowledges both reports and sends help for one (through its own API, as the inbox does).
    for (const [index, reportId] of reports.entries()) {
      for (const status of index === 0 ? ['acknowledged', 'helpOnTheWay'] : ['acknowledged']) {
        const response = await page.request.post(`${app.url}/api/v1/cp/reports/${reportId}/status`, { headers: { 'x-requested-with': 'e2e' }, data: { status } });
        expect(response.status()).toBe(200);
      }
    }

    await page.getByTestId('cp-nav-evaluation').click();
    await page.getByRole('heading', { name: 'Evaluatie van alle punten' }).waitFor();
    await expect.poll(() => page.getByTestId('cp-evaluation-visits').textContent()).toBe('22');
    // Contact is logged in 5-minute buckets of the wall clock: within one bucket both points were
    // in contact all the time; a run that crosses a bucket boundary counts the buckets after it.
    const oneBucket = contactBucket(contactStarted) === contactBucket(Date.now());
    // Chartist drew every chart: a column per hour, a bar per need, two bars per report step.
    for (const chart of ['cp-chart-visitors', 'cp-chart-needs', 'cp-chart-reports', 'cp-chart-contact']) {
      await page.getByTestId(chart).locator('svg.ct-chart-bar').waitFor();
    }
    expect(await page.getByTestId('cp-chart-needs').locator('.ct-bar').count()).toBe(10);
    expect(await page.getByTestId('cp-chart-reports').locator('.ct-bar').count()).toBe(8);
    expect(await page.getByTestId('cp-link-share').textContent()).toMatch(
      oneBucket ? /^100% van de tijd contact \(2 van 2 blokken van 5 minuten\)$/ : /^\d+% van de tijd contact \(2 van [34] blokken van 5 minuten\)$/,
    );
    const perPoint = page.getByTestId('cp-link-points');
    for (const point of ['Dinxperlo', 'Aalten']) {
      expect(await perPoint.locator('tr', { hasText: point }).locator('[data-column="uptime"]').textContent()).toMatch(oneBucket ? /^100%$/ : /^(100|50)%$/);
    }
    await page.screenshot({ path: screenshotPath('cp-evaluation-nl'), fullPage: true });
    // What the tablet shows of the charts at once (docs/screenshots/cp-evaluation-charts-nl.png).
    await page.getByTestId('cp-chart-visitors').evaluate((chart) => chart.closest('section')!.scrollIntoView());
    await page.screenshot({ path: screenshotPath('cp-evaluation-charts-nl') });
    // Everything fits the 10-inch screen without scrolling sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    // On A4 (its width inside the 12 mm margins) nothing is wider than the paper: Chrome would
    // shrink the whole page to fit, charts and text with it.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(703);
    await page.emulateMedia({ media: null });
    const pdf = screenshotPath('cp-evaluation-print').replace(/\.png$/, '.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // The charts print as text and lines, labels included, not as pictures.
    for (const expected of ['Bezoekers per uur', 'Vragen per categorie', 'Drinkwater', 'Mediaan', 'Verbinding van de punten', 'Punten met contact per uur']) expect(text).toContain(expected);
    expect(text).not.toContain('Opnieuw berekenen');
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, screenshotPath('cp-evaluation-print').replace(/\.png$/, '')]);
    await context.close();
  });
});

