import { describe, expect, it } from 'vitest';
import { warmUpPushChecks } from '../../server/warmUp';

describe('warming up the push checks at start', () => {
  it('runs the checks a push runs on a realistic backlog, every message passing (the path a storm takes)', () => {
    expect(warmUpPushChecks(350)).toEqual({ checked: 350, accepted: 350 });
  });
});
