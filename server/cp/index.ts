/**
 * The coordinator dashboard's API under /api/v1/cp, as one encapsulated Fastify plugin: its
 * access hook, its no-store header and its routes apply to nothing else.
 *
 * Every route declares `config.access` ('public' | 'coordinator' | 'admin'); registering one
 * without it fails at start-up, and `dashboardRouteTable()` lists them all with their access
 * level for the authorization matrix tests.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Storage } from '../storage';
import type { DashboardContext } from './context';
import { DEFAULT_LOGIN_LIMITS, LoginThrottle, type LoginLimits } from './login-throttle';
import { RegionalPicture } from './picture';
import { retentionEvents } from '../retention';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { bulletinRoutes } from './routes/bulletins';
import { evaluationRoutes } from './routes/evaluation';
import { feedRoutes } from './routes/feeds';
import { pointRoutes } from './routes/points';
import { pulseRoutes } from './routes/pulse';
import { relayRoutes } from './routes/relay';
import { reportRoutes } from './routes/reports';
import { supplyRoutes } from './routes/supply';
import { accessGuard, DEFAULT_SESSION_POLICY, type RouteAccess, type SessionPolicy } from './sessions';
import { DEFAULT_SILENT_AFTER_MINUTES } from '../../src/domain/coordinatorInbox';

export const DASHBOARD_PREFIX = '/api/v1/cp';

export interface DashboardOptions {
  storage: Storage;
  now: () => Date;
  loginLimits?: LoginLimits;
  sessionPolicy?: SessionPolicy;
  /** A point whose tablets were not heard from this long stands out (its own setting wins). */
  silentAfterMinutes?: number;
}

export interface DashboardRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

const routeTable = new Map<string, DashboardRoute>();

/** Every dashboard route registered so far, with who may call it. */
export function dashboardRouteTable(): DashboardRoute[] {
  return [...routeTable.values()].sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
}

export const coordinatorDashboard: FastifyPluginAsync<DashboardOptions> = async (app, options) => {
  const context: DashboardContext = {
    storage: options.storage,
    now: options.now,
    picture: new RegionalPicture(options.storage),
    throttle: new LoginThrottle(options.loginLimits ?? DEFAULT_LOGIN_LIMITS, () => options.now().getTime()),
    sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
    silentAfterMinutes: options.silentAfterMinutes ?? DEFAULT_SILENT_AFTER_MINUTES,
  };

  const reload = () => context.picture.reset();
  retentionEvents.addEventListener('purged', reload);
  app.addHook('onClose', async () => retentionEvents.removeEventListener('purged', reload));

  app.decorateRequest('coordinator', null);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) throw new Error(`Dashboard route ${String(route.method)} ${route.url} declares no access level`);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeTable.set(`${method} ${route.url}`, { method, url: route.url, access });
    }
  });
  app.addHook('onRequest', accessGuard(context.storage, context.now, context.sessionPolicy));
  app.addHook('onSend', async (_request, reply, payload) => {
    // Reports, names, codes: nothing of this API may be kept by a cache along the way.
    reply.header('cache-control', 'no-store');
    return payload;
  });

  for (const routes of [authRoutes, reportRoutes, pointRoutes, bulletinRoutes, supplyRoutes, feedRoutes, pulseRoutes, relayRoutes, evaluationRoutes, adminRoutes]) {
    await app.register(routes, context);
  }
};
