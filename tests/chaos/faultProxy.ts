/**
 * A fault-injecting TCP proxy between the tablets and the coordination point: what a flaky
 * satellite link does to HTTP. Per connection, at random (seeded):
 * - drop: close the client connection at once;
 * - delay: hold every chunk for a while;
 * - cut: forward only part of the server's response, then close (the request may well have
 *   been processed: the client never learns the answer);
 * - duplicate: send the client's request a second time on its own connection to the server
 *   (a retransmission), discarding that answer;
 * - link down: for a while every connection is refused.
 */
import net from 'node:net';
import type { Random } from './random';

export interface FaultRates {
  drop: number;
  delay: number;
  cut: number;
  duplicate: number;
}

export interface FaultCounts {
  connections: number;
  dropped: number;
  delayed: number;
  cut: number;
  duplicated: number;
  refusedWhileDown: number;
  linkDowns: number;
}

export class FaultProxy {
  readonly counts: FaultCounts = { connections: 0, dropped: 0, delayed: 0, cut: 0, duplicated: 0, refusedWhileDown: 0, linkDowns: 0 };
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  private downUntil = 0;
  enabled = true;

  constructor(
    private readonly upstreamPort: number,
    private readonly random: Random,
    private readonly rates: FaultRates,
  ) {}

  async listen(): Promise<number> {
    this.server = net.createServer((client) => this.handle(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server!.address() as net.AddressInfo).port;
  }

  /** Hold the link down for `ms`: every connection is refused meanwhile. */
  linkDown(ms: number) {
    this.counts.linkDowns += 1;
    this.downUntil = Date.now() + ms;
    for (const socket of this.sockets) socket.destroy();
  }

  /** Resolves when the link is up again (at once if it is not down). */
  async whenUp(): Promise<void> {
    const wait = this.downUntil - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  async close() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private track(socket: net.Socket) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private roll(): 'drop' | 'delay' | 'cut' | 'duplicate' | 'pass' {
    if (!this.enabled) return 'pass';
    const roll = this.random();
    const { drop, delay, cut, duplicate } = this.rates;
    if (roll < drop) return 'drop';
    if (roll < drop + delay) return 'delay';
    if (roll < drop + delay + cut) return 'cut';
    if (roll < drop + delay + cut + duplicate) return 'duplicate';
    return 'pass';
  }

  /**
   * Faults are decided per request, not per connection: fetch keeps connections alive, so one
   * connection carries many requests. A chunk from the client that starts with an HTTP method
   * begins a new request.
   */
  private handle(client: net.Socket) {
    this.track(client);
    this.counts.connections += 1;
    if (Date.now() < this.downUntil) {
      this.counts.refusedWhileDown += 1;
      client.destroy();
      return;
    }
    const upstream = net.connect(this.upstreamPort, '127.0.0.1');
    this.track(upstream);
    let request = { mode: 'pass' as ReturnType<FaultProxy['roll']>, chunks: [] as Buffer[], delayMs: 0, cutAfter: Infinity, forwarded: 0, replayed: false };

    client.on('data', (chunk: Buffer) => {
      if (/^(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH) /.test(chunk.subarray(0, 8).toString('latin1'))) {
        const mode = this.roll();
        request = { mode, chunks: [], delayMs: 0, cutAfter: Infinity, forwarded: 0, replayed: false };
        if (mode === 'drop') {
          this.counts.dropped += 1;
          client.destroy();
          upstream.destroy();
          return;
        }
        if (mode === 'delay') {
          this.counts.delayed += 1;
          request.delayMs = 50 + Math.floor(this.random() * 400);
        }
        if (mode === 'cut') {
          this.counts.cut += 1;
          request.cutAfter = Math.floor(this.random() * 600);
        }
      }
      request.chunks.push(chunk);
      if (request.delayMs) setTimeout(() => upstream.write(chunk), request.delayMs);
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      const current = request;
      if (current.mode === 'duplicate' && !current.replayed) {
        // The server answers only after the whole request arrived: replay exactly that request.
        current.replayed = true;
        this.replay(Buffer.concat(current.chunks));
      }
      if (current.forwarded + chunk.length > current.cutAfter) {
        client.write(chunk.subarray(0, Math.max(0, current.cutAfter - current.forwarded)));
        client.destroy();
        upstream.destroy();
        return;
      }
      current.forwarded += chunk.length;
      if (current.delayMs) setTimeout(() => client.write(chunk), current.delayMs);
      else client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.end());
  }

  /** The same request bytes again, to the server, on a connection of their own. */
  private replay(request: Buffer) {
    if (Date.now() < this.downUntil) return;
    this.counts.duplicated += 1;
    const again = net.connect(this.upstreamPort, '127.0.0.1', () => again.end(request));
    this.track(again);
    again.on('data', () => undefined);
  }
}
