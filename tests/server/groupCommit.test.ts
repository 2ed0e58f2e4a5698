import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withGroupCommit } from '../../server/storage/groupCommit';
import type { MessageRow, Storage } from '../../server/storage';
import { openTestStorage, signalMessage } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('group commit of pushes', () => {
  it('stores concurrent pushes in one transaction and answers each with its own outcomes', async () => {
    const test = await openTestStorage();
    cleanup = test.cleanup;
    const site = await test.storage.createSite({ name: 'Dinxperlo', municipality: 'Aalten' });
    const rowsFor = (count: number): MessageRow[] =>
      Array.from({ length: count }, () => ({ ...signalMessage({ siteId: site.id, deviceId: randomUUID() }), siteId: site.id, origin: 'device' as const, receivedAt: new Date().toISOString() }));
    const spy = vi.spyOn(test.storage, 'storeMessages');
    const grouped: Storage = withGroupCommit(test.storage);
    const a = rowsFor(3);
    const b = rowsFor(2);
    const [first, second, replay] = await Promise.all([grouped.storeMessages(a), grouped.storeMessages(b), grouped.storeMessages([a[1], ...rowsFor(1)])]);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(first).toEqual(['accepted', 'accepted', 'accepted']);
    expect(second).toEqual(['accepted', 'accepted']);
    expect(replay).toEqual(['duplicate', 'accepted']);
    expect(await test.storage.countMessages()).toBe(6);
  });

  it('fails every push of a group whose write fails, so each tablet retries', async () => {
    const test = await openTestStorage();
    cleanup = test.cleanup;
    vi.spyOn(test.storage, 'storeMessages').mockRejectedValueOnce(new Error('disk full'));
    const grouped = withGroupCommit(test.storage);
    const site = await test.storage.createSite({ name: 'Aalten', municipality: 'Aalten' });
    const row = { ...signalMessage({ siteId: site.id, deviceId: randomUUID() }), siteId: site.id, origin: 'device' as const, receivedAt: new Date().toISOString() };
    const results = await Promise.allSettled([grouped.storeMessages([row]), grouped.storeMessages([{ ...row, id: randomUUID() }])]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await grouped.storeMessages([row])).toEqual(['accepted']);
  });

  describe('handing over groups while earlier ones are written', () => {
    async function setUp(maxInFlight: number) {
      const test = await openTestStorage();
      cleanup = test.cleanup;
      const site = await test.storage.createSite({ name: 'Dinxperlo', municipality: 'Aalten' });
      const rowsFor = (count: number): MessageRow[] =>
        Array.from({ length: count }, () => ({ ...signalMessage({ siteId: site.id, deviceId: randomUUID() }), siteId: site.id, origin: 'device' as const, receivedAt: new Date().toISOString() }));
      // The storage holds every write until released, as a busy disk would.
      const store = test.storage.storeMessages.bind(test.storage);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const handedOver: number[] = [];
      vi.spyOn(test.storage, 'storeMessages').mockImplementation(async (rows) => {
        handedOver.push(rows.length);
        await held;
        return store(rows);
      });
      return { test, site, rowsFor, release, handedOver, grouped: withGroupCommit(test.storage, { maxRows: 2, maxInFlight }) };
    }

    it('hands a full group over at once, and the next while the storage still writes the previous one, when it keeps their order', async () => {
      const { test, site, rowsFor, release, handedOver, grouped } = await setUp(2);
      const pushes = [rowsFor(2), rowsFor(2), rowsFor(2)];
      const answers = pushes.map((rows) => grouped.storeMessages(rows));
      // No timer ran: in a storm the event loop reads pushes for a long turn before timers run.
      expect(handedOver).toEqual([2, 2]);
      release();
      expect(await Promise.all(answers)).toEqual(pushes.map(() => ['accepted', 'accepted']));
      expect(handedOver).toEqual([2, 2, 2]);
      const { changes } = await test.storage.pull({ siteId: site.id, after: 0, limit: 10 });
      expect(changes.map((change) => change.id)).toEqual(pushes.flat().map((row) => row.id));
    });

    it('stores an emergency report first, in a transaction of its own, without waiting for the pushes before it', async () => {
      const { test, site, rowsFor, release, handedOver, grouped } = await setUp(1);
      const first = rowsFor(2); // a full group: handed over, and held by the storage
      const ordinary = rowsFor(1);
      const [emergency] = rowsFor(1).map((row) => ({ ...row, type: 'report.created' as const }));
      const answers = [grouped.storeMessages(first), grouped.storeMessages(ordinary), grouped.storeMessages([emergency])];
      expect(handedOver).toEqual([2]);
      release();
      await Promise.all(answers);
      expect(handedOver).toEqual([2, 1, 1]);
      const { changes } = await test.storage.pull({ siteId: site.id, after: 0, limit: 10 });
      expect(changes.map((change) => change.id)).toEqual([...first.map((row) => row.id), emergency.id, ordinary[0].id]);
    });

    it('waits for each group to be written first when the storage takes one at a time', async () => {
      const { rowsFor, release, handedOver, grouped } = await setUp(1);
      const answers = [grouped.storeMessages(rowsFor(2)), grouped.storeMessages(rowsFor(2))];
      expect(handedOver).toEqual([2]);
      release();
      await Promise.all(answers);
      expect(handedOver).toEqual([2, 2]);
    });
  });

  describe('spacing of commits under load', () => {
    afterEach(() => vi.useRealTimers());

    async function setUp(options: { maxRows?: number; minIntervalMs?: number }) {
      const test = await openTestStorage();
      cleanup = test.cleanup;
      const site = await test.storage.createSite({ name: 'Dinxperlo', municipality: 'Aalten' });
      const rowsFor = (count: number): MessageRow[] =>
        Array.from({ length: count }, () => ({ ...signalMessage({ siteId: site.id, deviceId: randomUUID() }), siteId: site.id, origin: 'device' as const, receivedAt: new Date().toISOString() }));
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      return { test, rowsFor, grouped: withGroupCommit(test.storage, options) };
    }

    it('writes a push on a quiet link at once, and one right after a commit when the interval has passed', async () => {
      const { test, rowsFor, grouped } = await setUp({ minIntervalMs: 1000 });
      // Quiet: no commit before, no timer needed.
      expect(await grouped.storeMessages(rowsFor(1))).toEqual(['accepted']);

      let answered = false;
      const next = grouped.storeMessages(rowsFor(2)).then((outcomes) => {
        answered = true;
        return outcomes;
      });
      await vi.advanceTimersByTimeAsync(900);
      expect(answered).toBe(false);
      expect(await test.storage.countMessages()).toBe(1);
      await vi.advanceTimersByTimeAsync(100);
      expect(await next).toEqual(['accepted', 'accepted']);
      expect(await test.storage.countMessages()).toBe(3);
    });

    it('does not wait when a full transaction of rows is already waiting', async () => {
      const { rowsFor, grouped } = await setUp({ minIntervalMs: 60_000, maxRows: 3 });
      await grouped.storeMessages(rowsFor(1));
      // No timer advanced: written because three rows (maxRows) wait.
      expect(await grouped.storeMessages(rowsFor(3))).toEqual(['accepted', 'accepted', 'accepted']);
    });
  });
});
