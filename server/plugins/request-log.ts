/**
 * One log line per request, written when its answer has gone out: method, path, status, time,
 * and what the route adds with `logWith` (a push: the device, how many messages, how many
 * rejected). Fastify's default is a line when a request comes in and another when it is
 * answered, and the push route added a third: three lines per push, which in a reconnect storm
 * of 300 tablets is about 1,500 lines in a second, two thirds of them saying nothing the answer's
 * line does not. They also cost the main thread about 1.5 µs per message while the server's code
 * was still cold (the first storm after a start; BENCHMARKS.md section 6).
 * The incoming line is still there at `debug`, for following a request that never finishes. A
 * failed request (5xx) keeps its error line with the stack (plugins/error-handler.ts).
 */
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Fields for this request's one log line (`logWith`); null until a route adds some. */
    logFields: Record<string, unknown> | null;
  }
}

export function installRequestLog(app: FastifyInstance): void {
  app.decorateRequest('logFields', null);
}

/** Adds fields to the request's one log line (written when the answer has gone out). */
export function logWith(request: FastifyRequest, fields: Record<string, unknown>): void {
  request.logFields = request.logFields ? { ...request.logFields, ...fields } : fields;
}

export class OneLinePerRequest extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime, ...request.logFields };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
