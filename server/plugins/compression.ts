/**
 * gzip on the wire, both ways, for the sync routes. After an outage a tablet's backlog must get
 * through a thin satellite link: JSON messages of one kind compress about tenfold.
 * - Requests with `Content-Encoding: gzip` are inflated before parsing. The body limit applies
 *   to the gzipped and to the inflated bytes, so a small "zip bomb" gets 413.
 * - JSON answers over 1 KiB are gzipped when the client accepts it (browsers and Node's fetch do).
 */
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';
import { inTurn, LIGHT_BYTES } from '../turns';

const MIN_COMPRESS_BYTES = 1024;

const tooLarge = () => new ApiError(413, 'payload_too_large', 'The body is too large; send fewer messages per request.');

export function installCompression(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const encoding = request.headers['content-encoding'];
    if (!encoding || encoding === 'identity') return payload;
    if (encoding !== 'gzip') throw new ApiError(415, 'unsupported_encoding', 'Only gzip request bodies are accepted.');
    // The route's limit, or the app's (server/app.ts) where the route sets none.
    const limit = request.routeOptions.bodyLimit;
    // The whole gzipped body, then inflated in one call. A push is at most the body limit
    // (1 MiB) inflated; a stream (gunzip in libuv's threads, a callback per chunk) cost twice
    // the CPU, and in a reconnect storm the CPU is what the pushes wait for (BENCHMARKS.md).
    const chunks: Buffer[] = [];
    let encodedLength = 0;
    for await (const chunk of payload as AsyncIterable<Buffer>) {
      encodedLength += chunk.length;
      if (encodedLength > limit) throw tooLarge();
      chunks.push(chunk);
    }
    let inflated: Buffer;
    try {
      // In a turn of its own, as parsing and checking are (server/turns.ts); light when it will
      // be a light body once inflated (JSON messages shrink about fourfold at the least).
      const light = encodedLength * 4 < LIGHT_BYTES;
      inflated = await inTurn('inflate', () => gunzipSync(Buffer.concat(chunks, encodedLength), { maxOutputLength: limit }), light);
    } catch (error) {
      // Inflating beyond the limit: a "zip bomb", or just too many messages in one request.
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw new ApiError(400, 'bad_request', 'The body is not valid gzip.');
    }
    const body = Readable.from([inflated]);
    // Fastify compares Content-Length with the encoded bytes, and the body limit with both.
    Object.defineProperty(body, 'receivedEncodedLength', { get: () => encodedLength });
    return body;
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
