/**
 * The dashboard's only way to the server: `/api/v1/cp` with the session cookie, the CSRF
 * header on every call and a timeout. Failures are typed (DashboardApiError.kind) so a screen
 * can say in the user's language what happened and what to do; "unreachable" is never
 * confused with "refused".
 *
 * Answers are typed by the shared schemas (src/domain/coordinatorApi.ts) but not parsed here:
 * the server checks every answer against them before sending. Parsing again in the browser
 * would keep zod functions the tablet never uses in the tablet's start-up chunk (the schema
 * library is shared), 0.6 KB over a budget that is already spent.
 */

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

function errorBody(json: unknown): { error: string; message: string } | null {
  const body = json as { error?: unknown; message?: unknown } | null | undefined;
  return typeof body?.error === 'string' && typeof body.message === 'string' ? { error: body.error, message: body.message } : null;
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
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
    const parsed = errorBody(json);
    const retryAfter = Number(response.headers.get('retry-after'));
    const error = new DashboardApiError(
      kindOf(response.status),
      response.status,
      parsed?.error ?? 'unknown',
      parsed?.message ?? response.statusText,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
    if (error.kind === 'unauthorized' && !path.startsWith('/auth/login')) unauthorizedListeners.forEach((listener) => listener(error));
    throw error;
  }
  if (response.status !== 204 && (json === undefined || json === null || typeof json !== 'object')) {
    throw new DashboardApiError('badResponse', response.status, 'bad_response', 'The server answered in an unexpected shape.');
  }
  return json as T;
}

export function apiGet<T>(path: string): Promise<T> {
  return request<T>('GET', path);
}

export function apiPost<T>(path: string, body: unknown): Promise<T> {
  return request<T>('POST', path, body ?? {});
}

/** A new id per user action, so a retried click is published once (the server dedupes by it). */
export function newRequestId(): string {
  return crypto.randomUUID();
}
