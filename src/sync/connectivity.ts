/**
 * Is the coordination point reachable? `navigator.onLine` only says whether there is a
 * network: local Wi-Fi can be up while the Starlink dish is down. So we ask the server itself
 * (`GET /api/v1/health`) with a short timeout.
 *
 * While unreachable, probes back off exponentially with jitter (no busy polling: the tablet
 * runs on a battery); an `online` event, focus, or a local write probes at once. While
 * connected, a slow heartbeat notices when the link drops.
 */
import type { HealthResponse } from '../domain';

export type LinkState = 'offline' | 'unreachable' | 'connected' | 'checking';

export interface LinkStatus {
  state: LinkState;
  lastContact?: string;
  /** device clock minus server clock, estimated from the last health answer (ms). */
  clockOffsetMs?: number;
}

export interface ConnectivityOptions {
  baseUrl?: string;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  heartbeatMs?: number;
  random?: () => number;
  isNetworkUp?: () => boolean;
  onChange: (status: LinkStatus) => void;
}

export function backoffDelay(failures: number, minDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(failures, 20));
  // "Equal jitter": never less than half the step, so many tablets do not probe in lockstep.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class ConnectivityMonitor {
  private status: LinkStatus = { state: 'checking' };
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | undefined;
  private started = false;
  private readonly options: Required<Omit<ConnectivityOptions, 'baseUrl'>> & { baseUrl: string };

  constructor(options: ConnectivityOptions) {
    this.options = {
      baseUrl: options.baseUrl ?? '',
      fetchFn: options.fetchFn ?? ((...args) => fetch(...args)),
      timeoutMs: options.timeoutMs ?? 4000,
      minDelayMs: options.minDelayMs ?? 2000,
      maxDelayMs: options.maxDelayMs ?? 5 * 60_000,
      heartbeatMs: options.heartbeatMs ?? 60_000,
      random: options.random ?? Math.random,
      isNetworkUp: options.isNetworkUp ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine)),
      onChange: options.onChange,
    };
  }

  get current(): LinkStatus {
    return this.status;
  }

  start() {
    if (this.started) return;
    this.started = true;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.handleWake);
      window.addEventListener('offline', this.handleOffline);
      window.addEventListener('focus', this.handleWake);
      document.addEventListener('visibilitychange', this.handleVisibility);
    }
    void this.probeNow();
  }

  stop() {
    this.started = false;
    clearTimeout(this.timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.handleWake);
      window.removeEventListener('offline', this.handleOffline);
      window.removeEventListener('focus', this.handleWake);
      document.removeEventListener('visibilitychange', this.handleVisibility);
    }
  }

  /** Record that a real sync request succeeded or failed: it is as good as a probe. */
  reportContact(ok: boolean, serverTime?: string) {
    if (ok) this.markConnected(serverTime);
    else this.markUnreachable();
  }

  /** Probe now (coalesced with a probe already running). Resolves to reachability. */
  probeNow(): Promise<boolean> {
    if (this.inFlight) return this.inFlight;
    clearTimeout(this.timer);
    this.inFlight = this.probe().finally(() => {
      this.inFlight = undefined;
      this.schedule();
    });
    return this.inFlight;
  }

  private async probe(): Promise<boolean> {
    if (!this.options.isNetworkUp()) {
      this.failures += 1;
      this.set({ ...this.status, state: 'offline' });
      return false;
    }
    const sentAt = Date.now();
    try {
      const response = await this.options.fetchFn(`${this.options.baseUrl}/api/v1/health`, {
        cache: 'no-store',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!response.ok) throw new Error(`health answered ${response.status}`);
      const body = (await response.json()) as HealthResponse;
      const receivedAt = Date.now();
      const offset = Math.round((sentAt + receivedAt) / 2 - Date.parse(body.time));
      this.markConnected(body.time, Number.isFinite(offset) ? offset : undefined);
      return true;
    } catch {
      this.markUnreachable();
      return false;
    }
  }

  private markConnected(serverTime?: string, clockOffsetMs?: number) {
    this.failures = 0;
    this.set({
      state: 'connected',
      lastContact: new Date().toISOString(),
      clockOffsetMs: clockOffsetMs ?? this.status.clockOffsetMs,
    });
    void serverTime;
  }

  private markUnreachable() {
    this.failures += 1;
    this.set({ ...this.status, state: this.options.isNetworkUp() ? 'unreachable' : 'offline' });
  }

  private schedule() {
    if (!this.started) return;
    clearTimeout(this.timer);
    const delay =
      this.status.state === 'connected'
        ? this.options.heartbeatMs
        : backoffDelay(this.failures - 1, this.options.minDelayMs, this.options.maxDelayMs, this.options.random);
    this.timer = setTimeout(() => void this.probeNow(), delay);
  }

  private set(status: LinkStatus) {
    const changed =
      status.state !== this.status.state || status.lastContact !== this.status.lastContact || status.clockOffsetMs !== this.status.clockOffsetMs;
    this.status = status;
    if (changed) this.options.onChange(status);
  }

  private handleWake = () => {
    this.failures = 0;
    void this.probeNow();
  };

  private handleOffline = () => {
    this.set({ ...this.status, state: 'offline' });
  };

  private handleVisibility = () => {
    if (document.visibilityState === 'visible') this.handleWake();
  };
}
