/** The tablets' connectivity probe: cheap, unauthenticated, never cached. */
import type { FastifyPluginAsync } from 'fastify';
import type { HealthResponse } from '../../src/domain';

export const healthRoutes: FastifyPluginAsync<{ now: () => Date }> = async (app, { now }) => {
  // Every tablet probes this every few seconds: logging each probe would drown the log.
  app.get<{ Reply: HealthResponse }>('/api/v1/health', { logLevel: 'warn' }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { ok: true, time: now().toISOString() };
  });
};
