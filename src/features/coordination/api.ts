/**
 * The dashboard's only way to the server: `/api/v1/cp` with the session cookie, the CSRF
 * header on every call, a timeout, and every answer checked against its schema. Failures are
 * typed (DashboardApiError.kind) so a screen can say in the user's language what happened and
 * what to do; "unreachable" is never confused with "refused".
 */
import type { z } from 'zod/mini';
import { ApiErrorSchema } from '../../domain/coordinatorApi';

export const API_BASE = '/api/v1/cp';
const TIMEOUT_MS = 8000;

export type ApiErrorKind =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'server'
  | 'badResponse';

export class DashboardApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly code: string,
    message: string,
    /** From Retry-After on 429. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DashboardApiError';
  }
}

function kindOf(status: number): ApiErrorKind {
  if (status === 400 || status === 413) return 'invalid';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rateLimited';
  return 'server';
}

type Listener = (error: DashboardApiError) => void;
const unauthorizedListeners = new Set<Listener>();
const reachabilityListeners = new Set<(reachable: boolean) => void>();

/** Called when any request finds the session gone (expired, signed out elsewhere). */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Called after every request with whether the server answered at all. */
export function onReachability(listener: (reachable: boolean) => void): () => void {
  reachabilityListeners.add(listener);
  return () => reachabilityListeners.delete(listener);
}

async function request<S extends z.ZodMiniType>(method: 'GET' | 'POST', path: string, schema: S | null, body?: unknown): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'x-requested-with': 'noodsteunpunt-dashboard', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    reachabilityListeners.forEach((listener) => listener(false));
    throw new DashboardApiError('unreachable', 0, 'unreachable', 'The coordination point server did not answer.');
  }
  // A proxy or the service worker answering for a server that is down.
  const reachable = response.status !== 502 && response.status !== 503 && response.status !== 504;
  reachabilityListeners.forEach((listener) => listener(reachable));
  if (!reachable) throw new DashboardApiError('unreachable', response.status, 'unreachable', 'The coordination point server did not answer.');

  const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(json);
    const retryAfter = Number(response.headers.get('retry-after'));
    const error = new DashboardApiError(
      kindOf(response.status),
      response.status,
      parsed.success ? parsed.data.error : 'unknown',
      parsed.success ? parsed.data.message : response.statusText,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
    if (error.kind === 'unauthorized' && !path.startsWith('/auth/login')) unauthorizedListeners.forEach((listener) => listener(error));
    throw error;
  }
  if (schema === null) return undefined as z.infer<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DashboardApiError('badResponse', response.status, 'bad_response', 'The server answered in an unexpected shape.');
  return parsed.data as z.infer<S>;
}

export function apiGet<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.infer<S>> {
  return request('GET', path, schema);
}

export function apiPost<S extends z.ZodMiniType>(path: string, body: unknown, schema: S | null): Promise<z.infer<S>> {
  return request('POST', path, schema, body ?? {});
}

/** A new id per user action, so a retried click is published once (the server dedupes by it). */
export function newRequestId(): string {
  return crypto.randomUUID();
}
