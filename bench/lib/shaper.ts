/**
 * A link shaper: a TCP proxy that gives each direction a bandwidth (bits per second) and adds
 * a one-way latency, like a thin satellite link. Counts bytes on the wire both ways.
 */
import net from 'node:net';

export interface LinkShape {
  bitsPerSecond: number;
  latencyMs: number;
}

export class LinkShaper {
  bytesUp = 0;
  bytesDown = 0;
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  // One queue per direction for the whole link: all connections share the bandwidth.
  private nextFreeUp = 0;
  private nextFreeDown = 0;

  constructor(
    private readonly targetPort: number,
    private readonly shape: LinkShape,
  ) {}

  async listen(): Promise<number> {
    this.server = net.createServer((client) => this.handle(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server!.address() as net.AddressInfo).port;
  }

  private down = false;

  /** The dish loses its link: open connections die, new ones are refused until `restore`. */
  cut() {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore() {
    this.down = false;
  }

  resetCounters() {
    this.bytesUp = 0;
    this.bytesDown = 0;
  }

  async close() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** When a chunk of `bytes` arrives at the far end, given what is already on the wire. */
  private schedule(direction: 'up' | 'down', bytes: number): number {
    const now = performance.now();
    const transmitMs = (bytes * 8 * 1000) / this.shape.bitsPerSecond;
    const start = Math.max(now, direction === 'up' ? this.nextFreeUp : this.nextFreeDown);
    const done = start + transmitMs;
    if (direction === 'up') this.nextFreeUp = done;
    else this.nextFreeDown = done;
    return done + this.shape.latencyMs - now;
  }

  /** Forwards `from` to `to`; resolves when everything `from` sent has been delivered. */
  private pipe(from: net.Socket, to: net.Socket, direction: 'up' | 'down'): () => Promise<void> {
    let chain = Promise.resolve();
    from.on('data', (chunk: Buffer) => {
      if (direction === 'up') this.bytesUp += chunk.length;
      else this.bytesDown += chunk.length;
      const delay = this.schedule(direction, chunk.length);
      // Keep order: each chunk leaves after the one before it.
      chain = chain.then(() => new Promise<void>((resolve) => setTimeout(() => {
        if (!to.destroyed) to.write(chunk);
        resolve();
      }, delay)));
    });
    from.on('end', () => void chain.then(() => to.end()));
    return () => chain;
  }

  private handle(client: net.Socket) {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    const upDelivered = this.pipe(client, upstream, 'up');
    const downDelivered = this.pipe(upstream, client, 'down');
    // A side that closes still has bytes on the (slow) wire: close the other end after them.
    client.on('close', () => void upDelivered().then(() => upstream.destroy()));
    upstream.on('close', () => void downDelivered().then(() => client.destroy()));
  }
}

export const STARLINK_BAD_DAY: LinkShape = { bitsPerSecond: 2_000_000, latencyMs: 50 };
