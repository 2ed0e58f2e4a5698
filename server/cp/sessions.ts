/**
 * Dashboard sessions. The browser holds a random token in an HttpOnly, SameSite=Strict cookie
 * scoped to the dashboard API; the database holds only its SHA-256. A session ends after 8 h
 * without use or 24 h after login, whichever comes first, and at logout.
 *
 * Every route of the dashboard API says who may call it (`config.access`); one onRequest hook
 * enforces it, in this order: session (401), CSRF header on state-changing requests (403),
 * role (403). A route without an access level cannot be registered.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSecret } from '../auth';
import { ApiError } from '../errors';
import type { CoordinatorSession, CoordinatorUser, Storage } from '../storage';

export type RouteAccess = 'public' | 'coordinator' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call a dashboard route: nobody signed in, any coordinator, or admins only. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The signed-in coordinator on dashboard routes; null elsewhere. */
    coordinator: { user: CoordinatorUser; session: CoordinatorSession; tokenHash: string } | null;
  }
}

export const SESSION_COOKIE = 'nsp_cp_session';
export const COOKIE_PATH = '/api/v1/cp';
/** Any value: a cross-site form cannot set a custom header, and a cross-site fetch that does needs CORS we never grant. */
export const CSRF_HEADER = 'x-requested-with';

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 8 * 3600_000, maxMs: 24 * 3600_000 };

/** Writing last-seen on every poll would mean a database write every few seconds per screen. */
const TOUCH_AFTER_MS = 60_000;

export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The value of one cookie from a Cookie header; null when absent or malformed. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : null;
  }
  return null;
}

/** Behind a TLS proxy the browser speaks https even though this process sees http. */
function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.headers['x-forwarded-proto'] === 'https';
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, policy: SessionPolicy): void {
  const attributes = [`${SESSION_COOKIE}=${token}`, `Path=${COOKIE_PATH}`, `Max-Age=${Math.floor(policy.maxMs / 1000)}`, 'HttpOnly', 'SameSite=Strict'];
  if (isHttps(request)) attributes.push('Secure');
  reply.header('set-cookie', attributes.join('; '));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const attributes = [`${SESSION_COOKIE}=`, `Path=${COOKIE_PATH}`, 'Max-Age=0', 'HttpOnly', 'SameSite=Strict'];
  if (isHttps(request)) attributes.push('Secure');
  reply.header('set-cookie', attributes.join('; '));
}

export function sessionExpiresAt(session: CoordinatorSession, policy: SessionPolicy): Date {
  return new Date(Math.min(Date.parse(session.createdAt) + policy.maxMs, Date.parse(session.lastSeenAt) + policy.idleMs));
}

function isExpired(session: CoordinatorSession, policy: SessionPolicy, now: Date): boolean {
  return sessionExpiresAt(session, policy).getTime() <= now.getTime();
}

export function authenticatedCoordinator(request: FastifyRequest): NonNullable<FastifyRequest['coordinator']> {
  if (!request.coordinator) throw new Error('Route is missing its access level');
  return request.coordinator;
}

function isStateChanging(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

/** The one onRequest hook of the dashboard API (see the file comment for the order of checks). */
export function accessGuard(storage: Storage, now: () => Date, policy: SessionPolicy) {
  const requireCsrfHeader = (request: FastifyRequest): void => {
    if (isStateChanging(request.method) && !request.headers[CSRF_HEADER]) {
      throw new ApiError(403, 'csrf_header_missing', `Send the header X-Requested-With with every change (the dashboard does).`);
    }
  };

  return async (request: FastifyRequest): Promise<void> => {
    const access = request.routeOptions.config.access;
    if (access === 'public') {
      requireCsrfHeader(request);
      return;
    }
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!token) throw new ApiError(401, 'unauthorized', 'Sign in to the coordination point dashboard.');
    const tokenHash = hashSecret(token);
    const found = await storage.findSession(tokenHash);
    if (!found) throw new ApiError(401, 'unauthorized', 'This session is not known (signed out or expired). Sign in again.');
    const at = now();
    if (isExpired(found.session, policy, at)) {
      await storage.deleteSession(tokenHash);
      throw new ApiError(401, 'session_expired', 'The session has expired. Sign in again.');
    }
    if (at.getTime() - Date.parse(found.session.lastSeenAt) > TOUCH_AFTER_MS) {
      await storage.touchSession(tokenHash, at);
      found.session = { ...found.session, lastSeenAt: at.toISOString() };
    }
    request.coordinator = { ...found, tokenHash };
    requireCsrfHeader(request);
    if (access !== 'coordinator' && found.user.role !== 'admin') {
      throw new ApiError(403, 'admin_only', 'Only an administrator of the coordination point may do this.');
    }
  };
}
