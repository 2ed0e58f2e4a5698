import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warmUpPushPath } from '../../server/warmUp';
import { makeTempDir } from './helpers';

describe('warming up the push path at start', () => {
  it('pushes a realistic backlog through a scratch app over HTTP, every message accepted, and leaves nothing behind', async () => {
    const temp = makeTempDir('nsp-warm-up-test-');
    try {
      expect(await warmUpPushPath({ messages: 350, scratchParent: temp.dir })).toEqual({ pushes: 4, accepted: 350 });
      // Its scratch database and directory are gone (the real one it never knew).
      expect(readdirSync(temp.dir)).toEqual([]);
    } finally {
      temp.remove();
    }
  });
});
