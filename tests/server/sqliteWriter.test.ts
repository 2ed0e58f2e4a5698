/**
 * The SQLite adapter writes pushed messages in a thread of its own. If that thread dies, the
 * writes waiting for it must fail (so their tablets keep the messages and push them again),
 * nothing already stored may be lost, and the next write must work. It checkpoints the WAL into
 * the database file when the writes stop (not in every commit, as SQLite would by itself).
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStorage, SQLITE_FILE_NAME, type MessageRow, type Site, type Storage } from '../../server/storage';
import { openSqliteConnection } from '../../server/storage/sqlite-connection.mjs';
import { makeTempDir, openTestStorage, signalPayload } from './helpers';

function row(siteId: string): MessageRow {
  const now = new Date().toISOString();
  return { id: randomUUID(), type: 'signal.created', siteId, deviceId: randomUUID(), createdAt: now, payload: signalPayload(), origin: 'device', receivedAt: now };
}

/** The writer thread of a SQLite storage, reached through its private fields for this test only. */
function writerThread(storage: Storage): Worker | undefined {
  return (storage as unknown as { writer: { worker?: Worker } }).writer.worker;
}

describe('the SQLite writer thread', () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  let site: Site;

  beforeEach(async () => {
    ({ storage, cleanup } = await openTestStorage());
    site = await storage.createSite({ name: 'Dinxperlo', municipality: 'Aalten' });
  });

  afterEach(async () => {
    await cleanup();
  });

  it('fails the writes waiting for it when it dies, keeps what was stored, and starts again on the next write', async () => {
    const stored = [row(site.id), row(site.id)];
    expect(await storage.storeMessages(stored)).toEqual(['accepted', 'accepted']);
    const thread = writerThread(storage);
    expect(thread).toBeDefined();

    // The thread is stopping when the write reaches it, as if it crashed while writing.
    const stopping = thread!.terminate();
    const waiting = storage.storeMessages([row(site.id)]);
    await stopping;
    await expect(waiting).rejects.toThrow(/database writer stopped/);

    const again = row(site.id);
    expect(await storage.storeMessages([again, stored[0]])).toEqual(['accepted', 'duplicate']);
    expect(writerThread(storage)).not.toBe(thread);
    const ids = (await storage.pull({ siteId: site.id, after: 0, limit: 10 })).changes.map((change) => change.id);
    expect(ids.slice(0, 2)).toEqual(stored.map((each) => each.id));
    expect(ids).toContain(again.id);
  });

  it('does not keep the process alive when idle, and closes with the storage', async () => {
    await storage.storeMessages([row(site.id)]);
    const thread = writerThread(storage)!;
    const exited = new Promise<number>((resolve) => thread.once('exit', resolve));
    await storage.close();
    await exited;
    expect(writerThread(storage)).toBeUndefined();
  });

  it('copies the WAL into the database file once the writes stop, and a reopened file has every message', async () => {
    const temp = makeTempDir('nsp-checkpoint-');
    const file = path.join(temp.dir, SQLITE_FILE_NAME);
    const own = openStorage({ dataDir: temp.dir });
    try {
      await own.migrate();
      const point = await own.createSite({ name: 'Bredevoort', municipality: 'Aalten' });
      const empty = statSync(file).size;
      // About 5 MB: more than SQLite's own checkpoint threshold (1,000 pages), less than the server's.
      const rows = Array.from({ length: 2000 }, () => ({ ...row(point.id), payload: { ...signalPayload(), note: 'x'.repeat(2500) } }));
      expect(new Set(await own.storeMessages(rows))).toEqual(new Set(['accepted']));

      // The writer checkpoints once it has been quiet for a moment: the file itself grows.
      await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(empty + 5_000_000), { timeout: 10_000, interval: 50 });
      expect(await own.countMessages()).toBe(2000);
    } finally {
      await own.close();
    }
    const reopened = openSqliteConnection(file);
    try {
      expect(reopened.prepare('SELECT COUNT(*) AS n FROM messages').get()).toEqual({ n: 2000 });
    } finally {
      reopened.close();
      temp.remove();
    }
  });
});
