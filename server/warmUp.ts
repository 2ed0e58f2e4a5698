/**
 * Warming up the push path before the server takes requests.
 *
 * The likeliest moment for a reconnect storm is just after the coordination point came back
 * (power, or the server restarted): every tablet pushes its backlog at once, and the code a push
 * runs is still cold. V8 compiled and optimised it while the first storm went on, which made
 * that storm slower than a second one on the same server (BENCHMARKS.md, server ingest).
 *
 * So at start the server runs the whole push path once on a scratch copy of itself: the same
 * app (buildApp) on an empty SQLite database in a temporary directory, listening on a loopback
 * port of its own, receives 20,000 messages (WARM_UP_MESSAGES) of a realistic backlog as gzipped pushes
 * from a few simulated tablets over real HTTP: the HTTP parser, Fastify's hooks, inflating,
 * JSON parsing, the token check, zod's checks, the group commit and the writer thread, and the
 * gzipped answer. Then the scratch app stops and its directory is removed. The real database
 * is never touched: the scratch app does not know it. Before, only the checks were warmed up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PushResponse } from '../src/domain';
import { buildApp } from './app';
import { generateDeviceToken, hashSecret } from './auth';
import { pushOverHttp } from './pushOverHttp';
import { backlogMessage } from './sampleBacklog';
import { openStorage } from './storage';

/**
 * Messages of the warm-up at start (WARM_UP_MESSAGES overrides it; 0 skips the warm-up). With
 * 3,000 (30 pushes), the first storm after a start still ran at about 80 % of a second one's
 * rate and used a fifth more server CPU per message: much of the per-request code ran too few
 * times to be optimised. 20,000 (200 pushes) brought the first storm to the second's rate, for
 * about a second more at start (BENCHMARKS.md, server ingest).
 */
export const WARM_UP_MESSAGES = 20_000;
const PER_PUSH = 100;
/** Simulated tablets pushing at the same time, each its share of the messages one push after the other. */
const TABLETS = 6;

/**
 * The warm-up as the server runs it before it listens: never a reason not to start. Its result,
 * or why it failed (a temporary directory that cannot be written, say), goes to the log.
 */
export async function warmUpAtStart(
  log: { debug(details: object, message: string): void; warn(details: object, message: string): void },
  options: Parameters<typeof warmUpPushPath>[0] = {},
): Promise<void> {
  const started = performance.now();
  try {
    const result = await warmUpPushPath(options);
    log.debug({ ...result, ms: Math.round(performance.now() - started) }, 'push path warmed up');
  } catch (error) {
    log.warn({ err: error }, 'warming up the push path failed');
  }
}

export interface WarmUpResult {
  pushes: number;
  /** Messages the scratch app answered `accepted`: all of them, or the warm-up warmed the wrong path. */
  accepted: number;
}

/** Pushes `messages` backlog messages through the whole push path of a scratch app; see above. */
export async function warmUpPushPath({
  messages = WARM_UP_MESSAGES,
  distDir,
  scratchParent = tmpdir(),
}: {
  messages?: number;
  distDir?: string;
  /** Where the scratch directory is made (and removed again). */
  scratchParent?: string;
} = {}): Promise<WarmUpResult> {
  const dir = mkdtempSync(path.join(scratchParent, 'nsp-warm-up-'));
  const storage = openStorage({ dataDir: dir });
  try {
    await storage.migrate();
    const site = await storage.createSite({ name: 'Warm-up', municipality: 'Warm-up' });
    const token = generateDeviceToken();
    const device = await storage.createDevice({ siteId: site.id, name: 'Warm-up', tokenHash: hashSecret(token) });
    const app = await buildApp({ storage, logger: false, distDir });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const agent = new http.Agent({ keepAlive: true });
      const where = { siteId: site.id, deviceId: device.id };
      const bodies: Buffer[] = [];
      for (let start = 0; start < messages; start += PER_PUSH) {
        const batch = Array.from({ length: Math.min(PER_PUSH, messages - start) }, (_, index) => backlogMessage(start + index, where, Math.random));
        bodies.push(gzipSync(JSON.stringify({ messages: batch })));
      }
      let accepted = 0;
      await Promise.all(
        Array.from({ length: TABLETS }, async (_, tablet) => {
          for (let index = tablet; index < bodies.length; index += TABLETS) {
            const answer = await pushOverHttp(`http://127.0.0.1:${port}`, { agent, token, body: bodies[index] });
            if (answer.status !== 200) throw new Error(`warm-up push answered ${answer.status}: ${answer.body.slice(0, 200)}`);
            accepted += (JSON.parse(answer.body) as PushResponse).results.filter((result) => result.status === 'accepted').length;
          }
        }),
      );
      agent.destroy();
      return { pushes: bodies.length, accepted };
    } finally {
      await app.close();
    }
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
