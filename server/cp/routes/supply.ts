/**
 * Supply requests from the points: GET /supply-requests, POST /supply-requests/:id/status to
 * approve (possibly other quantities), mark dispatched with the expected arrival, or decline.
 * The answer goes to the requesting point; its receipt there closes the request.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod/mini';
import type { SupplyRequestView } from '../../../src/domain/coordinatorApi';
import { SupplyActionSchema, SupplyRequestsResponseSchema, SupplyRequestViewSchema } from '../../../src/domain/coordinatorApi';
import { publishFromCoordination } from '../../coordination';
import { ApiError } from '../../errors';
import { freshDirectory, type DashboardContext } from '../context';
import { authenticatedCoordinator } from '../sessions';
import { output, parseId, parseInput } from '../validate';
import { supplyRequestView } from '../views';

const SupplyQuerySchema = z.object({ status: z._default(z.enum(['open', 'all']), 'open') });

/** Which answers may follow where a request stands. Dispatched again = a new expected arrival. */
const NEXT: Record<SupplyRequestView['status'], readonly string[]> = {
  requested: ['approved', 'dispatched', 'declined'],
  approved: ['approved', 'dispatched', 'declined'],
  dispatched: ['dispatched'],
  declined: [],
  received: [],
};

const OPEN = new Set<SupplyRequestView['status']>(['requested', 'approved', 'dispatched']);
const URGENCY_RANK = { critical: 0, urgent: 1, normal: 2 } as const;

export const supplyRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { storage, now, picture } = context;

  app.get('/supply-requests', { config: { access: 'coordinator' } }, async (request) => {
    const { status } = parseInput(SupplyQuerySchema, request.query, 'Use ?status=open|all');
    const directory = await freshDirectory(context);
    const requests = [...picture.supplyRequests.values()]
      .map((entry) => supplyRequestView(picture, entry, directory))
      .filter((view) => status === 'all' || OPEN.has(view.status))
      .sort(
        (a, b) =>
          Number(!OPEN.has(a.status)) - Number(!OPEN.has(b.status)) ||
          URGENCY_RANK[a.request.urgency] - URGENCY_RANK[b.request.urgency] ||
          a.receivedAt.localeCompare(b.receivedAt),
      );
    return output(SupplyRequestsResponseSchema, { requests, serverTime: now().toISOString() });
  });

  app.post<{ Params: { id: string } }>('/supply-requests/:id/status', { config: { access: 'coordinator' } }, async (request) => {
    const { user } = authenticatedCoordinator(request);
    const id = parseId(request.params.id, 'supply request id');
    const action = parseInput(SupplyActionSchema, request.body, 'Send {status, items?, expectedAt?, note?}');
    const directory = await freshDirectory(context);
    const entry = picture.supplyRequests.get(id);
    if (!entry) throw new ApiError(404, 'supply_request_not_found', 'There is no supply request with this id.');

    const replay = action.requestId !== undefined && picture.supplyEventsOf(id).some((event) => event.id === action.requestId);
    if (!replay) {
      const current = supplyRequestView(picture, entry, directory).status;
      if (!NEXT[current].includes(action.status)) {
        throw new ApiError(409, 'status_conflict', `This request is "${current}"; it cannot be "${action.status}" now.`);
      }
      const asked = new Set(entry.request.items.map((line) => line.itemId));
      const unknown = action.items?.find((line) => !asked.has(line.itemId));
      if (unknown) throw new ApiError(400, 'bad_request', `items: item ${unknown.itemId} is not part of this request.`);

      const { outcome } = await publishFromCoordination(storage, {
        siteId: entry.siteId,
        type: 'supply.updated',
        id: action.requestId,
        now: now(),
        payload: {
          requestId: id,
          status: action.status,
          items: action.items,
          expectedAt: action.expectedAt,
          note: action.note || undefined,
          by: user.name,
          at: now().toISOString(),
        },
      });
      if (outcome === 'conflict') throw new ApiError(409, 'request_id_in_use', 'This requestId belongs to another message; send a new one.');
      request.log.info({ event: 'supply_status', requestId: id, status: action.status, userId: user.id }, 'supply request answered');
    }
    return output(SupplyRequestViewSchema, supplyRequestView(picture, entry, await freshDirectory(context)));
  });
};
