/**
 * The coordination point process: read the environment, migrate the storage, seed a demo site
 * on the very first start, listen, and shut down cleanly on SIGTERM/SIGINT.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { startupText } from './announce';
import { ConfigError, readConfig } from './config';
import { seedDemoSite } from './seed';
import { pruneContactLog, purgeClosedSites } from './retention';
import { openStorage } from './storage';
import { warmUpAtStart } from './warmUp';

const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig();
  const storage = openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await storage.migrate();
  const demo = await seedDemoSite(storage);

  const app = await buildApp({ storage, distDir: config.distDir, logger: config.logLevel, enrollRateLimit: { max: config.enrollRateLimit } });
  // The first reconnect storm after a start should not run cold code (server/warmUp.ts).
  if (config.warmUpMessages > 0) await warmUpAtStart(app.log, { messages: config.warmUpMessages, distDir: config.distDir });
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;

  console.log(
    startupText({
      config,
      port,
      distBuilt: existsSync(path.join(config.distDir, 'index.html')),
      demo: demo && {
        siteName: demo.site.name,
        municipality: demo.site.municipality,
        code: demo.enrollment.code,
        expiresAt: demo.enrollment.expiresAt,
      },
    }),
  );

  // Retention: at start and every 6 hours, personal data of points closed long enough is
  // rewritten and old contact buckets are removed (server/retention.ts). Only counts are logged.
  const purge = () => {
    void purgeClosedSites(storage)
      .then((purged) => purged.size > 0 && app.log.info({ sites: purged.size, payloads: [...purged.values()].reduce((a, b) => a + b, 0) }, 'retention purge'))
      .catch((error: unknown) => app.log.error({ err: error }, 'retention purge failed'));
    void pruneContactLog(storage)
      .then((pruned) => pruned > 0 && app.log.info({ buckets: pruned }, 'contact log pruned'))
      .catch((error: unknown) => app.log.error({ err: error }, 'contact log prune failed'));
  };
  purge();
  setInterval(purge, 6 * 3600_000).unref();

  let stoppingSince: number | undefined;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stoppingSince !== undefined) {
      // Ctrl+C reaches us both from the terminal and relayed by npm/tsx: only a later, second
      // Ctrl+C means "stop now".
      if (Date.now() - stoppingSince > 2000) process.exit(1);
      return;
    }
    stoppingSince = Date.now();
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => {
      console.error('Shutdown took too long; exiting anyway.');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    // Close the listener first (in-flight requests finish), then the database.
    app
      .close()
      .then(() => storage.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT || 8080} is already in use. Stop the other program or set PORT to a free port.`);
  } else console.error('The coordination point could not start:', error);
  process.exit(1);
});
