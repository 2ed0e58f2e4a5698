/**
 * JSON request bodies are parsed by Fastify's own parser (its errors, its protection against
 * `__proto__` and `constructor` keys), but each in a turn of the event loop of its own
 * (server/turns.ts): when 300 tablets push at once, parsing every body that had arrived in one
 * turn kept the database's answers and the pushes' checks waiting behind it (BENCHMARKS.md).
 */
import type { FastifyInstance } from 'fastify';
import { inTurn, LIGHT_BYTES } from '../turns';

export function installJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body: string, done) => {
    void inTurn('parse', () => parse(request, body, done), body.length < LIGHT_BYTES);
  });
}
