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
});
