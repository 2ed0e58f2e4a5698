/**
 * Emergency reports of every point: GET /reports (most urgent and longest waiting first),
 * GET /reports/:id, POST /reports/:id/status. A status change is published to the report's
 * own point, so its tablets get it with their next pull and show it on the report's timeline.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  ReportStatusActionSchema,
  ReportsQuerySchema,
  ReportsResponseSchema,
  ReportViewSchema,
} from '../../../src/domain/coordinatorApi';
import { canMoveReportTo, compareInbox } from '../../../src/domain/coordinatorInbox';
import { publishFromCoordination } from '../../coordination';
import { ApiError } from '../../errors';
import { freshDirectory, type DashboardContext } from '../context';
import { authenticatedCoordinator } from '../sessions';
import { output, parseId, parseInput } from '../validate';
import { reportView } from '../views';

export const reportRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { storage, now, picture } = context;

  app.get('/reports', { config: { access: 'coordinator' } }, async (request) => {
    const { status } = parseInput(ReportsQuerySchema, request.query, 'Use ?status=open|closed|all');
    const directory = await freshDirectory(context);
    const reports = [...picture.reports.values()]
      .map((entry) => reportView(picture, entry, directory))
      .filter((view) => status === 'all' || (status === 'closed') === (view.status === 'closed'))
      .sort(compareInbox);
    return output(ReportsResponseSchema, { reports, serverTime: now().toISOString() });
  });

  app.get<{ Params: { id: string } }>('/reports/:id', { config: { access: 'coordinator' } }, async (request) => {
    const id = parseId(request.params.id, 'report id');
    const directory = await freshDirectory(context);
    const entry = picture.reports.get(id);
    if (!entry) throw new ApiError(404, 'report_not_found', 'There is no emergency report with this id.');
    return output(ReportViewSchema, reportView(picture, entry, directory));
  });

  app.post<{ Params: { id: string } }>('/reports/:id/status', { config: { access: 'coordinator' } }, async (request) => {
    const { user } = authenticatedCoordinator(request);
    const id = parseId(request.params.id, 'report id');
    const action = parseInput(ReportStatusActionSchema, request.body, 'Send {status, note?, dispatchReference?}');
    await picture.refresh();
    const entry = picture.reports.get(id);
    if (!entry) throw new ApiError(404, 'report_not_found', 'There is no emergency report with this id.');

    const events = picture.eventsOf(id);
    // The same click sent twice (a retry after a lost answer) changes nothing the second time.
    const replay = action.requestId !== undefined && events.some((event) => event.id === action.requestId);
    if (!replay) {
      const current = reportView(picture, entry, await freshDirectory(context)).status;
      if (!canMoveReportTo(current, action.status)) {
        throw new ApiError(409, 'status_conflict', `This report is already "${current}"; its status cannot go back to "${action.status}".`);
      }
      const { outcome } = await publishFromCoordination(storage, {
        siteId: entry.siteId,
        type: 'report.statusChanged',
        id: action.requestId,
        now: now(),
        payload: {
          reportId: id,
          status: action.status,
          note: action.note || undefined,
          dispatchReference: action.dispatchReference || undefined,
          by: user.name,
          at: now().toISOString(),
        },
      });
      if (outcome === 'conflict') throw new ApiError(409, 'request_id_in_use', 'This requestId belongs to another message; send a new one.');
      request.log.info({ event: 'report_status', reportId: id, status: action.status, userId: user.id }, 'report status changed');
    }
    const directory = await freshDirectory(context);
    return output(ReportViewSchema, reportView(picture, entry, directory));
  });
};
