/**
 * JSON request bodies are parsed by Fastify's own parser (its errors, its protection against
 * `__proto__` and `constructor` keys), but each in a turn of the event loop of its own
 * (server/turns.ts): when 300 tablets push at once, parsing every body that had arrived in one
 * turn kept the database's answers and the pushes' checks waiting behind it (BENCHMARKS.md).
 *
 * A body that cannot hold such a key is parsed with `JSON.parse` alone: one without the text
 * `__proto__`, without `constructor` and without any `\u` escape (the only way JSON can spell a
 * letter or `_` of a key other than literally). Fastify's parser parses it the same way and then
 * scans the whole text twice with patterns for both keys in every escaped spelling, which was 2.6 %
 * of the server's main thread in a reconnect storm. Any other body, and any body `JSON.parse`
 * refuses (for Fastify's error), goes to Fastify's parser as before.
 *
 * A gzipped body (every push) arrives here as the gzipped bytes and is inflated in the same
 * turn as it is parsed (compression.ts marks it, `takeGzipped`): one turn and one buffer instead
 * of an inflating turn, a stream and two copies before this one.
 */
import type { FastifyInstance } from 'fastify';
import { inTurn, LIGHT_BYTES } from '../turns';
import { inflate, isLightGzipped, takeGzipped } from './compression';

/** True when `body` cannot name a `__proto__` or `constructor` key, however it is escaped. */
const cannotPoison = (body: string): boolean => !body.includes('\\u') && !body.includes('__proto__') && !body.includes('constructor');

export function installJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  // As the bytes that came in: a gzipped body (every push) is inflated here, in the same turn
  // as it is parsed (compression.ts), and decoded to text only then.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, bytes: Buffer, done) => {
    const gzipped = takeGzipped(request);
    void inTurn(
      'parse',
      () => {
        let body: string;
        try {
          body = (gzipped ? inflate(bytes, request.routeOptions.bodyLimit) : bytes).toString('utf8');
        } catch (error) {
          done(error as Error); // 413 or 400, as compression.ts answers
          return;
        }
        if (body.length > 0 && cannotPoison(body)) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(body);
          } catch {
            parse(request, body, done); // its error, as before
            return;
          }
          done(null, parsed);
        } else parse(request, body, done);
      },
      gzipped ? isLightGzipped(bytes.length) : bytes.length < LIGHT_BYTES,
    );
  });
}
