/** GET /api/v1/cp/pulse: how the dashboard learns within seconds that a report arrived. */
import { afterEach, describe, expect, it } from 'vitest';
import type { PulseResponse } from '../../src/domain/coordinatorApi';
import { pushFrom, reportPayload, startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { signalPayload } from './helpers';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

describe('GET /api/v1/cp/pulse', () => {
  it('names the reports that arrived after the cursor and counts the unacknowledged ones', async () => {
    const t = (current = await startDashboardApp());
    const tablet = await t.enroll('Dinxperlo');
    const coordinator = await t.signIn();
    const first = (await coordinator.get('/api/v1/cp/pulse')).json<PulseResponse>();
    expect(first).toMatchObject({ cursor: 0, newReports: [], unacknowledged: 0, oldestUnacknowledgedLifeThreatening: null });

    const madeAt = new Date(Date.now() - 90_000).toISOString();
    const report = await pushFrom(t, tablet, 'report.created', reportPayload({ urgency: 'lifeThreatening', madeAt }));
    await pushFrom(t, tablet, 'report.created', reportPayload({ urgency: 'urgent', madeAt: new Date(Date.now() - 600_000).toISOString() }));
    const second = (await coordinator.get(`/api/v1/cp/pulse?after=${first.cursor}`)).json<PulseResponse>();
    expect(second.cursor).toBeGreaterThan(first.cursor);
    expect(second).toMatchObject({
      newReports: [{ id: report.payload.id, siteName: 'Dinxperlo', urgency: 'lifeThreatening' }, { urgency: 'urgent' }],
      unacknowledged: 2,
      oldestUnacknowledgedLifeThreatening: madeAt,
    });

    await pushFrom(t, tablet, 'signal.created', signalPayload());
    const third = (await coordinator.get(`/api/v1/cp/pulse?after=${second.cursor}`)).json<PulseResponse>();
    expect(third.cursor).toBeGreaterThan(second.cursor);
    expect(third.newReports).toEqual([]);

    await coordinator.post(`/api/v1/cp/reports/${report.payload.id}/status`, { status: 'acknowledged' });
    expect((await coordinator.get(`/api/v1/cp/pulse?after=${third.cursor}`)).json<PulseResponse>()).toMatchObject({
      unacknowledged: 1,
      oldestUnacknowledgedLifeThreatening: null,
    });
  });

  it('answers 400 for a bad cursor and 401 without session', async () => {
    const t = (current = await startDashboardApp());
    const coordinator = await t.signIn();
    for (const after of ['-1', 'abc', '1.5', '1&after=2']) {
      expect((await coordinator.get(`/api/v1/cp/pulse?after=${after}`)).statusCode, after).toBe(400);
    }
    expect((await t.anonymous.get('/api/v1/cp/pulse')).statusCode).toBe(401);
  });
});
