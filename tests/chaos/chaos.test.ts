/**
 * Bounded chaos run for `npm test` (>= 2,000 messages); `npm run chaos` runs >= 10,000.
 * The seed is printed; replay a failing run with CHAOS_SEED=<seed>.
 */
import { describe, expect, it } from 'vitest';
import { seedFromEnv } from './random';
import { runChaos } from './chaosRun';

const messages = Number(process.env.CHAOS_MESSAGES ?? 2000);

describe('sync under faults', () => {
  it(`keeps ${messages} messages exactly once through a broken link and server kills`, async () => {
    const seed = seedFromEnv();
    console.log(`CHAOS_SEED=${seed}`);
    const figures = await runChaos({ seed, messages, browser: process.env.CHAOS_BROWSER !== '0', restarts: Number(process.env.CHAOS_RESTARTS ?? 3), durationMs: Number(process.env.CHAOS_DURATION_MS ?? 30_000), log: console.log });
    console.log(JSON.stringify(figures, null, 2));
    expect(figures.created).toBeGreaterThanOrEqual(messages);
    expect(figures.restarts).toBeGreaterThanOrEqual(Number(process.env.CHAOS_RESTARTS ?? 3));
    expect(figures.faults).toMatchObject({ cut: expect.any(Number), dropped: expect.any(Number), duplicated: expect.any(Number) });
    expect(Math.min(figures.faults.cut, figures.faults.dropped, figures.faults.duplicated, figures.faults.linkDowns)).toBeGreaterThan(0);
    expect(figures).toMatchObject({ lost: 0, duplicated: 0, unknownOnServer: 0, rejected: 0, divergentDevices: 0, cursorMismatches: 0 });
    expect(figures.onServer).toBe(figures.created);
  });
});
