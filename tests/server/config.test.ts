/** The server's settings from the environment: defaults, and a clear error for a wrong value. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config';
import { WARM_UP_MESSAGES } from '../../server/warmUp';

describe('the server configuration', () => {
  it('warms the push path up with 20,000 messages unless told otherwise, and not at all with 0', () => {
    expect(WARM_UP_MESSAGES).toBe(20_000);
    expect(readConfig({}).warmUpMessages).toBe(20_000);
    expect(readConfig({ WARM_UP_MESSAGES: '5000' }).warmUpMessages).toBe(5000);
    expect(readConfig({ WARM_UP_MESSAGES: '0' }).warmUpMessages).toBe(0);
  });

  it('refuses a warm-up or an enrollment limit that is not a whole number, saying which setting and why', () => {
    expect(() => readConfig({ WARM_UP_MESSAGES: 'lots' })).toThrow(new ConfigError('WARM_UP_MESSAGES must be a whole number of at least 0, not "lots"'));
    expect(() => readConfig({ WARM_UP_MESSAGES: '-1' })).toThrow(ConfigError);
    expect(() => readConfig({ ENROLL_RATE_LIMIT: '0' })).toThrow(new ConfigError('ENROLL_RATE_LIMIT must be a whole number of at least 1, not "0"'));
    expect(readConfig({ ENROLL_RATE_LIMIT: '25' }).enrollRateLimit).toBe(25);
  });
});
