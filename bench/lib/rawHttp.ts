/**
 * A bare HTTP/1.1 keep-alive connection for the simulated tablets of the ingest bench
 * (bench/ingest.bench.ts). The 300 tablets run on the server's own 2 cores here, where real
 * tablets would each have their own CPU; Node's http client cost them 8–17 µs of CPU per message
 * in a storm (its request objects, header validation, the response's stream and parser
 * callbacks), CPU the server under test then did not have. This connection writes a request
 * built before the clock starts (the same bytes Node's client sends: the same headers) and reads
 * the answer into one buffer; what a tablet does with the answer (inflate it, parse it, drop the
 * accepted messages from its outbox) is done afterwards, on "its own CPU" (`answerText`), as the
 * bench already builds and gzips each body before the clock.
 * Only what the server sends is understood: a status line, headers and a Content-Length body.
 */
import net from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface RawAnswer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
}

/** The bytes of a POST as Node's http client sends it (keep-alive), headers then body. */
export function postBytes(host: string, path: string, headers: Record<string, string | number>, body: Buffer): Buffer {
  const lines = [`POST ${path} HTTP/1.1`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), `Host: ${host}`, 'Connection: keep-alive', '', ''];
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body]);
}

/** The answer's body as text, inflated when it came gzipped. */
export const answerText = (answer: RawAnswer): string =>
  (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString('utf8');

const HEAD_END = Buffer.from('\r\n\r\n');

/** One connection; one request at a time, as a tablet's sync engine sends them. */
export class RawHttpConnection {
  private socket: net.Socket | undefined;
  private pending: { resolve(answer: RawAnswer): void; reject(error: Error): void } | undefined;
  private received: Buffer = Buffer.alloc(0);
  private head: { status: number; headers: Record<string, string>; bodyStart: number; length: number } | undefined;

  constructor(
    private readonly port: number,
    private readonly hostname = '127.0.0.1',
  ) {}

  /** Sends `bytes` (a whole request) and resolves with the answer once all of it is in. */
  request(bytes: Buffer): Promise<RawAnswer> {
    if (this.pending) return Promise.reject(new Error('One request at a time on a connection'));
    return new Promise<RawAnswer>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.connected().write(bytes);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private connected(): net.Socket {
    if (this.socket) return this.socket;
    const socket = net.connect(this.port, this.hostname);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    const fail = (error: Error) => {
      this.socket = undefined;
      const pending = this.pending;
      this.pending = undefined;
      pending?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('The server closed the connection')));
    this.socket = socket;
    return socket;
  }

  private onData(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    if (!this.head) {
      const end = this.received.indexOf(HEAD_END);
      if (end < 0) return;
      const [statusLine, ...lines] = this.received.toString('latin1', 0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      if (headers['content-length'] === undefined) {
        this.pending?.reject(new Error(`An answer without Content-Length: ${statusLine}`));
        this.pending = undefined;
        this.close();
        return;
      }
      this.head = { status: Number(statusLine.split(' ')[1]), headers, bodyStart: end + HEAD_END.length, length: Number(headers['content-length']) };
    }
    const { status, headers, bodyStart, length } = this.head;
    if (this.received.length < bodyStart + length) return;
    const body = this.received.subarray(bodyStart, bodyStart + length);
    this.received = Buffer.alloc(0);
    this.head = undefined;
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve({ status, headers, body });
  }
}
