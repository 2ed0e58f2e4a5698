/**
 * gzip on the wire, both ways, for the sync routes. After an outage a tablet's backlog must get
 * through a thin satellite link: JSON messages of one kind compress about tenfold.
 * - Requests with `Content-Encoding: gzip` are inflated before parsing. Fastify's body limit
 *   applies to the inflated bytes too (it counts what it reads from our stream), so a small
 *   "zip bomb" still gets 413.
 * - JSON answers over 1 KiB are gzipped when the client accepts it (browsers and Node's fetch do).
 */
import { Transform } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';

const MIN_COMPRESS_BYTES = 1024;

export function installCompression(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const encoding = request.headers['content-encoding'];
    if (!encoding || encoding === 'identity') return payload;
    if (encoding !== 'gzip') throw new ApiError(415, 'unsupported_encoding', 'Only gzip request bodies are accepted.');
    let encodedLength = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        encodedLength += chunk.length;
        callback(null, chunk);
      },
    });
    const inflated = payload.pipe(counter).pipe(createGunzip());
    // Fastify compares Content-Length with the encoded bytes, and the body limit with both.
    Object.defineProperty(inflated, 'receivedEncodedLength', { get: () => encodedLength });
    return inflated;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || payload.length < MIN_COMPRESS_BYTES) return payload;
    if (!request.url.startsWith('/api/')) return payload;
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return payload;
    reply.header('content-encoding', 'gzip');
    reply.header('vary', 'accept-encoding');
    reply.removeHeader('content-length');
    return gzipSync(payload);
  });
}
