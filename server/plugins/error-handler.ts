/**
 * One place that turns errors into responses: ApiErrors as they are, Fastify's own 4xx errors
 * (bad JSON, too large, rate limit) with a stable `error` code, and anything else as a bare 500.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, type ErrorBody } from '../errors';
import { logWith } from './request-log';

const CODES_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  429: 'rate_limited',
};

function toErrorBody(error: FastifyError | ApiError): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) return { status: error.statusCode, body: { error: error.code, message: error.message } };
  const status = error.statusCode ?? 500;
  // The sync contract knows 400 for "not {messages: [...]}": a body that is not JSON at all is that too.
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return { status: 400, body: { error: 'bad_request', message: 'The body must be JSON (Content-Type: application/json).' } };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: { error: 'payload_too_large', message: 'The body is too large; send fewer messages per request.' } };
  }
  if (status >= 400 && status < 500) {
    return { status, body: { error: CODES_BY_STATUS[status] ?? 'client_error', message: error.message } };
  }
  return { status: 500, body: { error: 'internal', message: 'Something went wrong at the coordination point. Try again later.' } };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | ApiError>((error, request, reply) => {
    const { status, body } = toErrorBody(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else logWith(request, { error: body.error });
    return reply.code(status).header('cache-control', 'no-store').send(body);
  });
}
