/**
 * Builds the coordination point's HTTP app without listening, so tests drive it with
 * `app.inject`. Order as in fastify/demo: external plugins, then our own, then routes.
 * The storage is passed in and owned by the caller (main.ts closes it).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { coordinatorDashboard, DASHBOARD_PREFIX, type DashboardOptions } from './cp';
import { installCompression } from './plugins/compression';
import { installJsonBodies } from './plugins/json-body';
import { installDeviceAuth } from './plugins/device-auth';
import { installErrorHandler } from './plugins/error-handler';
import { installRequestLog, OneLinePerRequest } from './plugins/request-log';
import { installSecurityHeaders } from './plugins/security-headers';
import { enrollRoutes } from './routes/enroll';
import { healthRoutes } from './routes/health';
import { installStaticPwa } from './routes/static';
import { syncPullRoutes } from './routes/sync-pull';
import { syncPushRoutes } from './routes/sync-push';
import type { Storage } from './storage';
import { withGroupCommit } from './storage/groupCommit';
import { loadReadableValidationMessages } from '../src/domain/validationMessages';

// Messages of `rejected` answers name what is wrong (the schemas are zod/mini, see src/domain).
loadReadableValidationMessages();

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  storage: Storage;
  /** The built PWA; defaults to <repo>/dist. */
  distDir?: string;
  /** false: silent (tests); a level name: pino at that level; with a stream: tests that read the log. */
  logger?: boolean | string | { level: string; stream: NodeJS.WritableStream };
  /** Largest accepted request body in bytes (default 1 MiB); larger pushes get 413. */
  bodyLimit?: number;
  /** Enrollment attempts per IP per window (default 10 per minute). */
  enrollRateLimit?: { max: number; timeWindowMs?: number };
  now?: () => Date;
  /** The coordinator dashboard API: login limits, session policy, when a point counts as silent. */
  dashboard?: Omit<DashboardOptions, 'storage' | 'now'>;
}

function loggerOptions(logger: AppOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  return {
    level: typeof logger === 'string' ? logger : typeof logger === 'object' ? logger.level : 'info',
    stream: typeof logger === 'object' ? logger.stream : undefined,
    // Never log what a person typed or the secret that identifies a tablet.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'res.body'],
    serializers: {
      // Method and path only: no IP address, no headers. Query strings hold only cursors.
      req: (request: { method: string; url: string; id: string }) => ({ id: request.id, method: request.method, url: request.url }),
    },
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions(options.logger),
    logController: new OneLinePerRequest(),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
  });

  await app.register(rateLimit, { global: false });

  installRequestLog(app);
  installSecurityHeaders(app);
  installErrorHandler(app);
  installDeviceAuth(app);
  installCompression(app);
  installJsonBodies(app);

  const { storage } = options;
  await app.register(healthRoutes, { now });
  await app.register(enrollRoutes, {
    storage,
    now,
    rateLimit: { max: options.enrollRateLimit?.max ?? 10, timeWindowMs: options.enrollRateLimit?.timeWindowMs ?? 60_000 },
  });
  await app.register(syncPushRoutes, { storage: withGroupCommit(storage), now });
  await app.register(syncPullRoutes, { storage, now });
  await app.register(coordinatorDashboard, { ...options.dashboard, storage, now, prefix: DASHBOARD_PREFIX });
  await installStaticPwa(app, path.resolve(options.distDir ?? DEFAULT_DIST_DIR));

  return app;
}
