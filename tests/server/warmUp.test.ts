import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStorage, SQLITE_FILE_NAME, type Storage } from '../../server/storage';
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

  it("warms the real SQLite storage's writer thread without storing anything in its file, which then stores as before", async () => {
    const temp = makeTempDir('nsp-warm-up-test-');
    const storage = openStorage({ dataDir: path.join(temp.dir, 'data') });
    try {
      await storage.migrate();
      const site = await storage.createSite({ name: 'Dorpshuis', municipality: 'Westerveld' });
      const row = { type: 'visit.registered', siteId: site.id, deviceId: 'tablet-1', createdAt: new Date().toISOString(), origin: 'device', receivedAt: new Date().toISOString() } as const;
      expect(await storage.storeMessages([{ ...row, id: 'before-warm-up', payloadJson: '{}' }])).toEqual(['accepted']);
      const file = path.join(temp.dir, 'data', SQLITE_FILE_NAME);
      // Whatever is written to the file goes to its WAL first (a checkpoint may copy the earlier row meanwhile).
      const walSize = () => statSync(`${file}-wal`).size;
      const before = walSize();
      const logged: { message: string; details: object }[] = [];
      const log = { debug: (details: object, message: string) => logged.push({ message, details }), warn: (details: object, message: string) => logged.push({ message, details }) };

      // More rows than one group (5,000), so the scratch database is used across requests and closed after the last.
      await warmUpAtStart(log, { messages: 6_000, scratchParent: temp.dir, storage });
      expect(logged.map((each) => each.message)).toEqual(['push path warmed up', 'write path warmed up']);
      expect(logged[1].details).toMatchObject({ rows: 6_000 });
      expect(await storage.countMessages()).toBe(1);
      expect(walSize()).toBe(before);

      expect(await storage.storeMessages([{ ...row, id: 'after-warm-up', payloadJson: '{}' }, { ...row, id: 'before-warm-up', payloadJson: '{}' }])).toEqual(['accepted', 'duplicate']);
      expect(await storage.countMessages()).toBe(2);
    } finally {
      await storage.close();
      temp.remove();
    }
  });

  it('never keeps the server from starting when warming up the writes fails: logged, not thrown', async () => {
    const temp = makeTempDir('nsp-warm-up-test-');
    try {
      const logged: { level: string; message: string }[] = [];
      const log = { debug: (_: object, message: string) => logged.push({ level: 'debug', message }), warn: (_: object, message: string) => logged.push({ level: 'warn', message }) };
      const failing = { warmUpWrites: () => Promise.reject(new Error('The database writer stopped (exit code 1).')) } as unknown as Storage;
      await warmUpAtStart(log, { messages: 100, scratchParent: temp.dir, storage: failing });
      expect(logged).toEqual([
        { level: 'debug', message: 'push path warmed up' },
        { level: 'warn', message: 'warming up the write path failed' },
      ]);
    } finally {
      temp.remove();
    }
  });
});
