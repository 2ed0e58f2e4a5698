import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { answerText, postBytes, RawHttpConnection } from '../../bench/lib/rawHttp';
import { PUSH_PATH, pushHeaders, pushOverHttp } from '../../server/pushOverHttp';

/** A server that records each request's headers, body and connection, and answers with `answer`. */
async function recordingServer(answer: (request: http.IncomingMessage, body: Buffer, response: http.ServerResponse) => void) {
  const seen: { headers: http.IncomingHttpHeaders; body: Buffer; socket: unknown }[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ headers: request.headers, body, socket: request.socket });
      answer(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the ingest bench’s bare HTTP connection', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('sends the server what Node’s http client sends for the same push', async () => {
    const target = await recordingServer((_request, _body, response) => response.end('{}'));
    cleanups.push(target.close);
    const body = gzipSync(JSON.stringify({ messages: [{ id: 'a' }] }));
    const agent = new http.Agent({ keepAlive: true });
    cleanups.push(() => agent.destroy());
    await pushOverHttp(`http://127.0.0.1:${target.port}`, { agent, token: 't0k3n', body });
    const connection = new RawHttpConnection(target.port);
    cleanups.push(() => connection.close());
    await connection.request(postBytes(`127.0.0.1:${target.port}`, PUSH_PATH, pushHeaders('t0k3n', body), body));

    const [byNode, byRaw] = target.seen;
    expect(byRaw.headers).toEqual(byNode.headers);
    expect(byRaw.body.equals(byNode.body)).toBe(true);
  });

  it('reads a gzipped answer that arrives in pieces, and keeps the connection for the next request', async () => {
    const answer = JSON.stringify({ results: Array.from({ length: 200 }, (_, index) => ({ id: `message-${index}`, status: 'accepted' })) });
    const target = await recordingServer((_request, _body, response) => {
      const gzipped = gzipSync(answer);
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': gzipped.length });
      // Headers, then the body in two writes: the client must wait for all of it.
      response.flushHeaders();
      response.write(gzipped.subarray(0, 10));
      setTimeout(() => response.end(gzipped.subarray(10)), 20);
    });
    cleanups.push(target.close);
    const connection = new RawHttpConnection(target.port);
    cleanups.push(() => connection.close());
    const body = Buffer.from('{"messages":[]}');
    const request = postBytes(`127.0.0.1:${target.port}`, PUSH_PATH, pushHeaders('t', body, 'identity'), body);

    const first = await connection.request(request);
    const second = await connection.request(request);
    expect(first.status).toBe(200);
    expect(answerText(first)).toBe(answer);
    expect(answerText(second)).toBe(answer);
    expect(target.seen[1].socket).toBe(target.seen[0].socket);
  });

  it('refuses a second request while one is under way, and fails a request the server drops', async () => {
    const target = await recordingServer((request) => request.socket.destroy());
    cleanups.push(target.close);
    const connection = new RawHttpConnection(target.port);
    cleanups.push(() => connection.close());
    const body = Buffer.from('{}');
    const request = postBytes(`127.0.0.1:${target.port}`, '/x', { 'content-length': body.length }, body);

    const first = connection.request(request);
    await expect(connection.request(request)).rejects.toThrow('One request at a time');
    await expect(first).rejects.toThrow('closed the connection');
  });

  it('says so when an answer has no Content-Length (a chunked answer, which the bench does not read)', async () => {
    const target = await recordingServer((_request, _body, response) => {
      response.write('part');
      response.end();
    });
    cleanups.push(target.close);
    const connection = new RawHttpConnection(target.port);
    cleanups.push(() => connection.close());
    const body = Buffer.from('{}');
    await expect(connection.request(postBytes(`127.0.0.1:${target.port}`, '/x', { 'content-length': body.length }, body))).rejects.toThrow('without Content-Length');
  });
});
