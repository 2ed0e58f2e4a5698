/**
 * Counts failed dashboard logins per client address and per account name in a sliding window.
 * Over the limit, the login route answers 429 before it spends any time on scrypt, so guessing
 * is slow and cannot load the CPU either.
 *
 * Per name, so spreading guesses over many addresses does not help; per address, so trying
 * many names from one laptop does not either. A successful login clears its name's count, not
 * its address's (else one valid account would reset an attacker's address). Kept in memory: a
 * restart forgets the counts, which only ever helps the legitimate user waiting out a lockout.
 */
export interface LoginLimits {
  /** Failures allowed per client address within the window. */
  perIp: number;
  /** Failures allowed per account name (existing or not) within the window. */
  perName: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perIp: 30, perName: 10, windowMs: 15 * 60_000 };

/** Bounds the memory an attacker can make us use with random names and addresses. */
const MAX_KEYS = 10_000;

class SlidingWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((time) => time > now - this.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** 0 when another attempt is allowed; else milliseconds until it is. */
  retryAfterMs(key: string, now: number): number {
    const times = this.recent(key, now);
    if (times.length < this.limit) return 0;
    return times[times.length - this.limit] + this.windowMs - now;
  }

  record(key: string, now: number): void {
    const times = this.recent(key, now);
    times.push(now);
    // Only the newest `limit` failures matter for the answer.
    this.failures.set(key, times.slice(-this.limit));
    if (this.failures.size > MAX_KEYS) this.prune(now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
    // Still too many live keys: forget the oldest ones (Map keeps insertion order).
    for (const key of this.failures.keys()) {
      if (this.failures.size <= MAX_KEYS) break;
      this.failures.delete(key);
    }
  }
}

export class LoginThrottle {
  private readonly byIp: SlidingWindow;
  private readonly byName: SlidingWindow;

  constructor(
    limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.byIp = new SlidingWindow(limits.perIp, limits.windowMs);
    this.byName = new SlidingWindow(limits.perName, limits.windowMs);
  }

  /** 0 when this address may try this name now; else milliseconds to wait. */
  retryAfterMs(ip: string, nameKey: string): number {
    const now = this.now();
    return Math.max(this.byIp.retryAfterMs(ip, now), this.byName.retryAfterMs(nameKey, now));
  }

  recordFailure(ip: string, nameKey: string): void {
    const now = this.now();
    this.byIp.record(ip, now);
    this.byName.record(nameKey, now);
  }

  recordSuccess(nameKey: string): void {
    this.byName.clear(nameKey);
  }
}
