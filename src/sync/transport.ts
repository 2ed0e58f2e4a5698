/**
 * HTTP transport of the sync contract (DESIGN.md). Turns every failure into a typed error so
 * the engine can tell "link down, try later" from "the server refuses, a person must act".
 */
import type { Envelope, EnrollResponse, PullResponse, PushResponse } from '../domain';

export class LinkDownError extends Error {
  constructor(cause: unknown) {
    super(`coordination point unreachable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'LinkDownError';
  }
}

export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`HTTP ${status} ${code}: ${message}`);
    this.name = 'SyncHttpError';
  }
}

/** Bodies from this many characters of JSON on are gzipped (the benchmarks send the same). */
export const GZIP_FROM_BYTES = 1024;

/**
 * gzip a request body where the platform can (CompressionStream: Chromium, Safari 16.4+,
 * Firefox, Node 18+). A backlog of similar JSON messages shrinks about tenfold, which is what
 * matters on a 2 Mbit/s satellite link.
 */
async function gzipBody(json: string): Promise<Uint8Array | undefined> {
  if (json.length < GZIP_FROM_BYTES || typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export interface TransportOptions {
  baseUrl: string;
  token?: string;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}

export class HttpTransport {
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: TransportOptions) {
    this.fetchFn = options.fetchFn ?? ((...args) => fetch(...args));
  }

  push(messages: Envelope[]): Promise<PushResponse> {
    return this.request<PushResponse>('POST', '/api/v1/sync/push', { messages });
  }

  /** Without this tablet's own messages: it has them (server/routes/sync-pull.ts). */
  pull(after: number, limit: number): Promise<PullResponse> {
    return this.request<PullResponse>('GET', `/api/v1/sync/pull?after=${after}&limit=${limit}&withOwn=false`);
  }

  enroll(code: string, deviceName: string): Promise<EnrollResponse> {
    return this.request<EnrollResponse>('POST', '/api/v1/enroll', { code, deviceName });
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'X-Device-Time': new Date().toISOString() };
    let payload: string | Uint8Array | undefined;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      const json = JSON.stringify(body);
      const zipped = await gzipBody(json);
      if (zipped) headers['Content-Encoding'] = 'gzip';
      payload = zipped ?? json;
    }
    if (this.options.token) headers.Authorization = `Bearer ${this.options.token}`;
    let response: Response;
    try {
      response = await this.fetchFn(`${this.options.baseUrl}${path}`, {
        method,
        headers,
        body: payload as BodyInit | undefined,
        cache: 'no-store',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new LinkDownError(error);
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch (error) {
      // A response cut halfway by a failing link: nothing was confirmed, so nothing is removed.
      if (response.ok || response.status >= 500) throw new LinkDownError(error);
      parsed = {};
    }
    if (!response.ok) {
      const { error, message } = (parsed ?? {}) as { error?: string; message?: string };
      // 5xx and gateway errors are the link's or the server's trouble: retry later.
      if (response.status >= 500 || response.status === 429) throw new LinkDownError(new Error(`HTTP ${response.status}`));
      throw new SyncHttpError(response.status, error ?? 'error', message ?? response.statusText);
    }
    return parsed as T;
  }
}
