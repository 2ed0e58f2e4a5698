/**
 * gzip on the wire, both ways, for the sync routes. After an outage a tablet's backlog must get
 * through a thin satellite link: JSON messages of one kind compress about tenfold.
 * - Requests with `Content-Encoding: gzip` are inflated before parsing. The body limit applies
 *   to the gzipped and to the inflated bytes, so a small "zip bomb" gets 413. A JSON body (every
 *   push) is inflated by the JSON parser itself, in its parsing turn (json-body.ts): it reaches
 *   the parser as the bytes that came in, and its inflated copy lives only as long as parsing
 *   it. Any other body is inflated here, before parsing.
 * - JSON answers over 1 KiB are gzipped when the client accepts it (browsers and Node's fetch do).
 */
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';
import { inTurn, LIGHT_BYTES } from '../turns';

const MIN_COMPRESS_BYTES = 1024;

/** Light work (server/turns.ts) when it will be a light body once inflated (JSON messages shrink about fourfold at the least). */
export const isLightGzipped = (gzippedBytes: number) => gzippedBytes * 4 < LIGHT_BYTES;

const tooLarge = () => new ApiError(413, 'payload_too_large', 'The body is too large; send fewer messages per request.');

/** The requests whose body is still gzipped when it reaches the JSON parser, which inflates it. */
const gzippedJson = new WeakSet<object>();

/** True (once) when `request`'s body reaches its parser gzipped: the JSON parser then inflates it with `inflate`. */
export function takeGzipped(request: FastifyRequest): boolean {
  return gzippedJson.delete(request.raw);
}

/**
 * A gzipped body, inflated in one call, up to `limit` bytes (the route's body limit): 413 beyond
 * it, 400 when it is not gzip. A stream (gunzip in libuv's threads, a callback per chunk) cost
 * twice the CPU, and in a reconnect storm the CPU is what the pushes wait for (BENCHMARKS.md).
 */
export function inflate(gzipped: Buffer, limit: number): Buffer {
  try {
    return gunzipSync(gzipped, { maxOutputLength: limit });
  } catch (error) {
    // Inflating beyond the limit: a "zip bomb", or just too many messages in one request.
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new ApiError(400, 'bad_request', 'The body is not valid gzip.');
  }
}

const isJson = (request: FastifyRequest) => /^application\/json\s*(;|$)/i.test(String(request.headers['content-type'] ?? ''));

export function installCompression(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const encoding = request.headers['content-encoding'];
    if (!encoding || encoding === 'identity') return payload;
    if (encoding !== 'gzip') throw new ApiError(415, 'unsupported_encoding', 'Only gzip request bodies are accepted.');
    if (isJson(request)) {
      // Read as it came (Fastify holds it to the body limit and to its Content-Length) and
      // inflated by the JSON parser in its turn (json-body.ts). Inflating it here made a stream
      // of the inflated bytes that Fastify then read and copied: a storm's 300 pushes of 54 KB
      // each went through three buffers and a stream each.
      gzippedJson.add(request.raw);
      return payload;
    }
    // The route's limit, or the app's (server/app.ts) where the route sets none.
    const limit = request.routeOptions.bodyLimit;
    // The whole gzipped body, then inflated in one call (`inflate`).
    const chunks: Buffer[] = [];
    let encodedLength = 0;
    for await (const chunk of payload as AsyncIterable<Buffer>) {
      encodedLength += chunk.length;
      if (encodedLength > limit) throw tooLarge();
      chunks.push(chunk);
    }
    // In a turn of its own, as parsing and checking are (server/turns.ts).
    const inflated = await inTurn('inflate', () => inflate(Buffer.concat(chunks, encodedLength), limit), isLightGzipped(encodedLength));
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
