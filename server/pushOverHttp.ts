/**
 * One push as a tablet sends it, from Node: the body already serialized (gzipped JSON, as
 * src/sync/transport.ts sends anything from 1 KiB on, or plain), gzip accepted for the answer.
 * Node's http client rather than fetch, because it is cheap: the server's warm-up at start
 * (warmUp.ts) and the ingest benchmark (bench/ingest.bench.ts, 300 simulated tablets on the
 * server's own 2 cores; with fetch's web streams they took 15 µs of CPU per message, with this 6)
 * push with it.
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

export const PUSH_PATH = '/api/v1/sync/push';

/** The headers of a push as a tablet sends it (the ingest bench's bare connections send the same). */
export function pushHeaders(token: string, body: Buffer, encoding: 'gzip' | 'identity' = 'gzip'): Record<string, string | number> {
  return {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'content-encoding': encoding,
    'content-length': body.length,
    'accept-encoding': 'gzip',
  };
}

export function pushOverHttp(
  url: string,
  { agent, token, body, encoding = 'gzip' }: { agent: http.Agent; token: string; body: Buffer; encoding?: 'gzip' | 'identity' },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}${PUSH_PATH}`,
      { method: 'POST', agent, headers: pushHeaders(token, body, encoding) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const text = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
          resolve({ status: response.statusCode ?? 0, body: text });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
