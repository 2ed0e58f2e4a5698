/**
 * /api/v1/cp/reports: the inbox of every point's emergency reports and the status actions,
 * whose changes go back to the report's own point through the normal pull.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../src/domain';
import type { ReportsResponse, ReportView } from '../../src/domain/coordinatorApi';
import { pushFrom, reportPayload, startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { envelope } from './helpers';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function dashboardApp(): Promise<DashboardTestApp> {
  current = await startDashboardApp();
  return current;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function statusChangesPulledBy(t: DashboardTestApp, token: string) {
  const page = (await t.pull(token)).json<PullResponse>();
  return page.changes.filter((change) => change.type === 'report.statusChanged').map((change) => change.payload);
}

describe('GET /api/v1/cp/reports', () => {
  it('lists the open reports of every point, most urgent first and within one urgency the oldest first', async () => {
    const t = await dashboardApp();
    const dinxperlo = await t.enroll('Dinxperlo');
    const aalten = await t.enroll('Aalten');
    const urgentOld = await pushFrom(t, dinxperlo, 'report.created', reportPayload({ urgency: 'urgent', madeAt: minutesAgo(30) }));
    const lifeNew = await pushFrom(t, aalten, 'report.created', reportPayload({ urgency: 'lifeThreatening', madeAt: minutesAgo(1) }));
    const lifeOld = await pushFrom(t, dinxperlo, 'report.created', reportPayload({ urgency: 'lifeThreatening', madeAt: minutesAgo(5) }));
    const notUrgent = await pushFrom(t, aalten, 'report.created', reportPayload({ urgency: 'notUrgent', madeAt: minutesAgo(60) }));

    const coordinator = await t.signIn();
    const response = await coordinator.get('/api/v1/cp/reports');
    expect(response.statusCode).toBe(200);
    const { reports } = response.json<ReportsResponse>();
    expect(reports.map((report) => report.id)).toEqual([lifeOld, lifeNew, urgentOld, notUrgent].map((message) => message.payload.id));
    expect(reports[0]).toMatchObject({ siteName: 'Dinxperlo', deviceName: 'Desk tablet', status: 'new', events: [] });
    expect(reports[1].siteName).toBe('Aalten');
    expect(reports[0].report.description).toBe(lifeOld.payload.description);
  });

  it('puts an unacknowledged report before one already in hand of the same urgency, even when younger', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const inHand = await pushFrom(t, tablet, 'report.created', reportPayload({ madeAt: minutesAgo(20) }));
    const fresh = await pushFrom(t, tablet, 'report.created', reportPayload({ madeAt: minutesAgo(1) }));
    const urgentOld = await pushFrom(t, tablet, 'report.created', reportPayload({ urgency: 'urgent', madeAt: minutesAgo(40) }));
    const coordinator = await t.signIn();
    await coordinator.post(`/api/v1/cp/reports/${inHand.payload.id}/status`, { status: 'forwarded', dispatchReference: 'MK-1' });
    const { reports } = (await coordinator.get('/api/v1/cp/reports')).json<ReportsResponse>();
    expect(reports.map((report) => report.id)).toEqual([fresh, inHand, urgentOld].map((message) => message.payload.id));
  });

  it('counts a report’s age from its receipt when the tablet clock put it in the future', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const ahead = await pushFrom(t, tablet, 'report.created', reportPayload({ madeAt: new Date(Date.now() + 3600_000).toISOString() }));
    const coordinator = await t.signIn();
    const [view] = (await coordinator.get('/api/v1/cp/reports')).json<ReportsResponse>().reports;
    expect(view.id).toBe(ahead.payload.id);
    expect(view.waitingSince).toBe(view.receivedAt);
  });

  it("shows a report's age in server time when the tablet's clock is hours behind", async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const behind = 3 * 3600_000;
    // The tablet's clock says it is 3 hours earlier; the report was made a minute ago.
    const madeAt = new Date(Date.now() - behind - 60_000).toISOString();
    const message = envelope('report.created', reportPayload({ madeAt }), { siteId: tablet.siteId, deviceId: tablet.deviceId });
    const pushed = await t.push(tablet.token, { messages: [message] }, { 'x-device-time': new Date(Date.now() - behind).toISOString() });
    expect(pushed.statusCode).toBe(200);
    const coordinator = await t.signIn();
    const [view] = (await coordinator.get('/api/v1/cp/reports')).json<ReportsResponse>().reports;
    expect(view.deviceClockOffsetMs).toBeLessThan(-behind + 60_000);
    const ageMs = Date.now() - Date.parse(view.waitingSince);
    expect(ageMs).toBeGreaterThan(30_000);
    expect(ageMs).toBeLessThan(5 * 60_000);
  });

  it('keeps closed reports apart: ?status=closed, ?status=all', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const open = await pushFrom(t, tablet, 'report.created', reportPayload());
    const done = await pushFrom(t, tablet, 'report.created', reportPayload({ urgency: 'urgent' }));
    const coordinator = await t.signIn();
    expect((await coordinator.post(`/api/v1/cp/reports/${done.payload.id}/status`, { status: 'closed', note: 'vals alarm' })).statusCode).toBe(200);
    const ids = async (query: string) => (await coordinator.get(`/api/v1/cp/reports${query}`)).json<ReportsResponse>().reports.map((r) => r.id);
    expect(await ids('')).toEqual([open.payload.id]);
    expect(await ids('?status=closed')).toEqual([done.payload.id]);
    expect(await ids('?status=all')).toEqual([open.payload.id, done.payload.id]);
  });

  it('answers 401 without a session and 400 for an unknown filter', async () => {
    const t = await dashboardApp();
    expect((await t.anonymous.get('/api/v1/cp/reports')).statusCode).toBe(401);
    const coordinator = await t.signIn();
    expect((await coordinator.get('/api/v1/cp/reports?status=everything')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/cp/reports/:id', () => {
  it('answers one report with its timeline; 404 for an unknown id, 400 for a malformed one, 401 without session', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const report = await pushFrom(t, tablet, 'report.created', reportPayload());
    const coordinator = await t.signIn();
    const response = await coordinator.get(`/api/v1/cp/reports/${report.payload.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<ReportView>()).toMatchObject({ id: report.payload.id, status: 'new', report: report.payload });
    expect((await coordinator.get(`/api/v1/cp/reports/${randomUUID()}`)).statusCode).toBe(404);
    expect((await coordinator.get('/api/v1/cp/reports/not-an-id')).statusCode).toBe(400);
    expect((await t.anonymous.get(`/api/v1/cp/reports/${report.payload.id}`)).statusCode).toBe(401);
  });
});

describe('POST /api/v1/cp/reports/:id/status', () => {
  it('acknowledges and forwards a report; both changes reach the tablets of its own point only', async () => {
    const t = await dashboardApp();
    const desk = await t.enroll('Dinxperlo', 'Balie');
    const lead = await t.enroll('Dinxperlo', 'Locatieleider');
    const elsewhere = await t.enroll('Aalten', 'Balie Aalten');
    const report = await pushFrom(t, desk, 'report.created', reportPayload());
    const coordinator = await t.signIn('coordinator', 'Ria de Vries');

    const acknowledged = await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'acknowledged', note: 'Gezien, bel meldkamer' });
    expect(acknowledged.statusCode).toBe(200);
    expect(acknowledged.json<ReportView>()).toMatchObject({ status: 'acknowledged', events: [{ status: 'acknowledged', by: 'Ria de Vries', note: 'Gezien, bel meldkamer' }] });

    const forwarded = await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, {
      status: 'forwarded',
      dispatchReference: 'MK-OG 2026-1147',
      note: 'Ambulance gealarmeerd',
    });
    expect(forwarded.statusCode).toBe(200);
    expect(forwarded.json<ReportView>()).toMatchObject({ status: 'forwarded', dispatchReference: 'MK-OG 2026-1147' });

    for (const tablet of [desk, lead]) {
      expect(await statusChangesPulledBy(t, tablet.token)).toEqual([
        expect.objectContaining({ reportId: report.payload.id, status: 'acknowledged', by: 'Ria de Vries' }),
        expect.objectContaining({ reportId: report.payload.id, status: 'forwarded', dispatchReference: 'MK-OG 2026-1147' }),
      ]);
    }
    expect(await statusChangesPulledBy(t, elsewhere.token)).toEqual([]);
  });

  it('may skip steps but never goes back: 409', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const report = await pushFrom(t, tablet, 'report.created', reportPayload());
    const coordinator = await t.signIn();
    expect((await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'helpOnTheWay' })).statusCode).toBe(200);
    const back = await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'acknowledged' });
    expect(back.statusCode).toBe(409);
    expect(back.json<{ error: string }>().error).toBe('status_conflict');
    expect((await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'helpOnTheWay' })).statusCode).toBe(409);
  });

  it('publishes a retried click once (same requestId)', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const report = await pushFrom(t, tablet, 'report.created', reportPayload());
    const coordinator = await t.signIn();
    const requestId = randomUUID();
    for (let i = 0; i < 2; i++) {
      const response = await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'acknowledged', requestId });
      expect(response.statusCode).toBe(200);
    }
    expect(await statusChangesPulledBy(t, tablet.token)).toHaveLength(1);
  });

  it('answers 400 for a forward without dispatch reference, a status a coordinator cannot set, or a bad body', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const report = await pushFrom(t, tablet, 'report.created', reportPayload());
    const coordinator = await t.signIn();
    const url = `/api/v1/cp/reports/${report.payload.id}/status`;
    for (const body of [{ status: 'forwarded' }, { status: 'forwarded', dispatchReference: '  ' }, { status: 'new' }, { status: 'done' }, {}, { status: 'closed', note: 'x'.repeat(4001) }]) {
      const response = await coordinator.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await statusChangesPulledBy(t, tablet.token)).toEqual([]);
  });

  it('answers 404 for an unknown report, 400 for a malformed id, 401 without session, 403 without CSRF header', async () => {
    const t = await dashboardApp();
    const tablet = await t.enroll();
    const report = await pushFrom(t, tablet, 'report.created', reportPayload());
    const coordinator = await t.signIn();
    expect((await coordinator.post(`/api/v1/cp/reports/${randomUUID()}/status`, { status: 'acknowledged' })).statusCode).toBe(404);
    expect((await coordinator.post('/api/v1/cp/reports/1%20OR%201=1/status', { status: 'acknowledged' })).statusCode).toBe(400);
    expect((await t.anonymous.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'acknowledged' })).statusCode).toBe(401);
    const noHeader = await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'acknowledged' }, { 'x-requested-with': '' });
    expect(noHeader.statusCode).toBe(403);
    expect(await statusChangesPulledBy(t, tablet.token)).toEqual([]);
  });
});
