import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectivityMonitor, backoffDelay, type LinkStatus } from '../../src/sync/connectivity';

afterEach(() => vi.useRealTimers());

describe('backoffDelay', () => {
  it('grows exponentially, is capped, and keeps at least half the step (jitter)', () => {
    expect(backoffDelay(0, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffDelay(0, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffDelay(3, 1000, 60_000, () => 1)).toBe(8000);
    expect(backoffDelay(30, 1000, 60_000, () => 1)).toBe(60_000);
    expect(backoffDelay(30, 1000, 60_000, () => 0)).toBe(30_000);
  });
});

describe('ConnectivityMonitor', () => {
  function monitorWith(fetchFn: typeof fetch, networkUp = () => true) {
    const states: LinkStatus[] = [];
    const monitor = new ConnectivityMonitor({ fetchFn, isNetworkUp: networkUp, onChange: (status) => states.push(status), random: () => 1 });
    return { monitor, states };
  }

  it('says "network but coordination point unreachable" when the health probe fails', async () => {
    const { monitor, states } = monitorWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await monitor.probeNow()).toBe(false);
    expect(states.at(-1)?.state).toBe('unreachable');
  });

  it('says "no network" without asking when the device has none', async () => {
    const fetchFn = vi.fn<typeof fetch>();
    const { monitor, states } = monitorWith(fetchFn, () => false);
    await monitor.probeNow();
    expect(fetchFn).not.toHaveBeenCalled();
    expect(states.at(-1)?.state).toBe('offline');
  });

  it('is connected on a health answer and estimates the clock offset', async () => {
    const serverTime = new Date(Date.now() - 3600_000).toISOString();
    const { monitor, states } = monitorWith(async () => new Response(JSON.stringify({ ok: true, time: serverTime })));
    expect(await monitor.probeNow()).toBe(true);
    const last = states.at(-1)!;
    expect(last.state).toBe('connected');
    expect(last.clockOffsetMs).toBeGreaterThan(3500_000);
  });

  it('backs off while unreachable instead of polling', async () => {
    vi.useFakeTimers();
    const fetchFn = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { monitor } = monitorWith(fetchFn);
    monitor.start();
    await vi.advanceTimersByTimeAsync(60_000);
    // min 2 s doubling with full jitter: 2+4+8+16+32 s > 60 s, so at most 5 probes in a minute.
    expect(fetchFn.mock.calls.length).toBeLessThanOrEqual(5);
    expect(fetchFn.mock.calls.length).toBeGreaterThanOrEqual(3);
    monitor.stop();
  });
});
