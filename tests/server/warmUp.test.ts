import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmUpAtStart, warmUpPushPath } from '../../server/warmUp';
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

  it('never keeps the server from starting: a failure (no directory to work in) is logged, not thrown', async () => {
    const temp = makeTempDir('nsp-warm-up-test-');
    try {
      const notADirectory = path.join(temp.dir, 'a-file');
      writeFileSync(notADirectory, '');
      const logged: { level: string; message: string; details: object }[] = [];
      const log = {
        debug: (details: object, message: string) => logged.push({ level: 'debug', message, details }),
        warn: (details: object, message: string) => logged.push({ level: 'warn', message, details }),
      };
      await warmUpAtStart(log, { messages: 100, scratchParent: notADirectory });
      expect(logged).toEqual([{ level: 'warn', message: 'warming up the push path failed', details: { err: expect.objectContaining({ code: 'ENOTDIR' }) } }]);

      await warmUpAtStart(log, { messages: 100, scratchParent: temp.dir });
      expect(logged[1]).toMatchObject({ level: 'debug', message: 'push path warmed up', details: { pushes: 1, accepted: 100 } });
    } finally {
      temp.remove();
    }
  });
});
