/**
 * GET /pulse?after=<cursor>: polled every few seconds by the dashboard. Cheap (the picture
 * reads only what is new), and it tells the dashboard which reports arrived since its cursor so
 * it can sound the alarm at once.
 */
import type { FastifyPluginAsync } from 'fastify';
import { PulseQuerySchema, PulseResponseSchema } from '../../../src/domain/coordinatorApi';
import { reportStatusOf, waitingSince } from '../../../src/domain/coordinatorInbox';
import { freshDirectory, type DashboardContext } from '../context';
import { output, parseInput } from '../validate';

const MAX_NEW = 50;

export const pulseRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { now, picture } = context;

  // Polled every few seconds by every open dashboard: only warnings belong in the log.
  app.get('/pulse', { config: { access: 'coordinator' }, logLevel: 'warn' }, async (request) => {
    const { after } = parseInput(PulseQuerySchema, request.query, 'Use ?after=<cursor>');
    const directory = await freshDirectory(context);
    const reports = [...picture.reports.values()];
    const newReports = reports
      .filter((entry) => entry.seq > after)
      .slice(-MAX_NEW)
      .map((entry) => ({ id: entry.report.id, siteName: directory.sites.get(entry.siteId)?.name ?? '?', urgency: entry.report.urgency }));
    const unacknowledged = reports.filter((entry) => reportStatusOf(picture.eventsOf(entry.report.id)) === 'new');
    const oldestUnacknowledgedLifeThreatening =
      unacknowledged
        .filter((entry) => entry.report.urgency === 'lifeThreatening')
        .map((entry) => waitingSince(entry.report.madeAt, entry.receivedAt))
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
    return output(PulseResponseSchema, {
      cursor: picture.cursor,
      serverTime: now().toISOString(),
      newReports,
      unacknowledged: unacknowledged.length,
      oldestUnacknowledgedLifeThreatening,
    });
  });
};
