/**
 * The tablet side of sync: drain the outbox to the coordination point, then pull what changed.
 *
 * Guarantees (DESIGN.md):
 * - Nothing lost: an entry leaves the outbox only when the server answered `accepted` or
 *   `duplicate` for its id. A cut link, a killed tab or a killed server leaves it queued.
 * - Emergencies first: before every batch the engine looks for queued emergency reports and,
 *   if there are any, sends those alone in their own request.
 * - Visible failure: `rejected` moves an entry to the dead-letter state with the server's
 *   error; the messages behind it keep flowing.
 * - Pulled pages are applied with the cursor in one transaction, so a crash mid-page re-pulls
 *   the page and applying it again changes nothing.
 */
import Dexie from 'dexie';
import { PRIORITY, checkChange, type Change, type PayloadOf } from '../domain';
import { APPLY_TABLES, applyChange } from '../db/applyChange';
import type { NoodsteunpuntDb } from '../db/db';
import { readIdentity } from '../db/identity';
import type { OutboxEntry } from '../db/schema';
import { HttpTransport, LinkDownError, SyncHttpError } from './transport';

export interface DrainProgress {
  total: number;
  sent: number;
}

export type SyncFailure = 'linkDown' | 'unauthorized' | 'forbidden' | 'refused' | 'notEnrolled';

export interface SyncReport {
  pushed: number;
  rejected: number;
  emergencyRequests: number;
  pulled: number;
  invalidChanges: number;
  failure?: SyncFailure;
  detail?: string;
}

export interface SyncEngineOptions {
  db: NoodsteunpuntDb;
  baseUrl?: string;
  fetchFn?: typeof fetch;
  maxBatchBytes?: number;
  maxBatchCount?: number;
  pullLimit?: number;
  onProgress?: (progress: DrainProgress | undefined) => void;
  onContact?: (ok: boolean) => void;
  onReport?: (report: SyncReport) => void;
  /**
   * 'priority' (the product): emergencies first in their own request, then by priority and age.
   * 'fifo': oldest first whatever the kind, as a plain replay queue (Workbox Background Sync)
   * would; kept only as the reference the emergency-latency benchmark compares against.
   */
  ordering?: 'priority' | 'fifo';
}

const EMPTY_REPORT = (): SyncReport => ({ pushed: 0, rejected: 0, emergencyRequests: 0, pulled: 0, invalidChanges: 0 });

export class SyncEngine {
  private running: Promise<SyncReport> | undefined;
  private again = false;
  private maxBatchBytes: number;
  private readonly options: SyncEngineOptions;

  constructor(options: SyncEngineOptions) {
    this.options = options;
    this.maxBatchBytes = options.maxBatchBytes ?? 256 * 1024;
  }

  /** Run a sync round now, or once more right after the one that is running. */
  sync(): Promise<SyncReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.withLock(() => this.syncOnce()).finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.sync();
      }
    });
    return this.running;
  }

  /** Two tabs of one tablet share one outbox: let only one of them drain at a time. */
  private async withLock(body: () => Promise<SyncReport>): Promise<SyncReport> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return body();
    return locks.request('noodsteunpunt-sync', body) as Promise<SyncReport>;
  }

  /** One round: drain the outbox, then pull (`pull: false` only drains, for measurements). */
  async syncOnce({ pull = true }: { pull?: boolean } = {}): Promise<SyncReport> {
    const report = EMPTY_REPORT();
    const identity = await readIdentity(this.options.db);
    if (!identity?.token) return { ...report, failure: 'notEnrolled' };
    const transport = new HttpTransport({ baseUrl: this.options.baseUrl ?? '', token: identity.token, fetchFn: this.options.fetchFn });
    try {
      await this.drain(transport, report);
      if (pull) await this.pullAll(transport, report);
      this.options.onContact?.(true);
    } catch (error) {
      if (error instanceof LinkDownError) {
        report.failure = 'linkDown';
        this.options.onContact?.(false);
      } else if (error instanceof SyncHttpError) {
        report.failure = error.status === 401 ? 'unauthorized' : error.status === 403 ? 'forbidden' : 'refused';
        this.options.onContact?.(true);
      } else {
        throw error;
      }
      report.detail = (error as Error).message;
    } finally {
      this.options.onProgress?.(undefined);
    }
    await this.options.db.syncLog.add({ at: new Date().toISOString(), ok: !report.failure, pushed: report.pushed, pulled: report.pulled, failure: report.failure });
    this.options.onReport?.(report);
    return report;
  }

  private pending(fromPriority: number, toPriority: number, limit: number): Promise<OutboxEntry[]> {
    return this.options.db.outbox
      .where('[state+priority+seq]')
      .between(['pending', fromPriority, Dexie.minKey], ['pending', toPriority, Dexie.maxKey], true, true)
      .limit(limit)
      .toArray();
  }

  /** The next request: queued emergencies alone if there are any, else the oldest by priority. */
  private async nextBatch(): Promise<{ entries: OutboxEntry[]; emergency: boolean }> {
    const limit = this.options.maxBatchCount ?? 500;
    if (this.options.ordering === 'fifo') {
      return { entries: this.fitBytes(await this.options.db.outbox.where('state').equals('pending').limit(limit).toArray()), emergency: false };
    }
    const emergencies = await this.pending(PRIORITY.emergency, PRIORITY.emergency, limit);
    if (emergencies.length > 0) return { entries: this.fitBytes(emergencies), emergency: true };
    return { entries: this.fitBytes(await this.pending(PRIORITY.emergency + 1, Number.MAX_SAFE_INTEGER, limit)), emergency: false };
  }

  private fitBytes(entries: OutboxEntry[]): OutboxEntry[] {
    let bytes = 0;
    const batch: OutboxEntry[] = [];
    for (const entry of entries) {
      bytes += JSON.stringify(entry.envelope).length + 1;
      if (batch.length > 0 && bytes > this.maxBatchBytes) break;
      batch.push(entry);
    }
    return batch;
  }

  private async drain(transport: HttpTransport, report: SyncReport) {
    const { db } = this.options;
    let total = await db.outbox.where('state').equals('pending').count();
    let sent = 0;
    if (total > 0) this.options.onProgress?.({ total, sent });
    for (;;) {
      const { entries, emergency } = await this.nextBatch();
      if (entries.length === 0) return;
      let results;
      try {
        results = (await transport.push(entries.map((entry) => entry.envelope))).results;
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 413) {
          if (entries.length > 1) {
            this.maxBatchBytes = Math.max(1024, Math.floor(this.maxBatchBytes / 2));
            continue;
          }
          results = [{ id: entries[0].id, status: 'rejected' as const, error: 'message too large for the coordination point' }];
        } else {
          throw error;
        }
      }
      if (emergency) report.emergencyRequests += 1;
      const settled = await this.settle(entries, results);
      report.pushed += settled.done;
      report.rejected += settled.rejected;
      sent += settled.done + settled.rejected;
      // New messages made while draining grow the bar instead of overflowing it (recounted
      // only when the bar would overflow: counting a large outbox per batch costs time).
      if (sent >= total) total = sent + (await db.outbox.where('state').equals('pending').count());
      this.options.onProgress?.({ total, sent });
      if (settled.done + settled.rejected === 0) return; // the server answered nothing usable: retry later
    }
  }

  /**
   * Remove what the server has, park what it refused; one transaction. A delivered emergency
   * report gets its delivery time in the same transaction: the desk's escalation watches for
   * reports without one, so the two must never disagree.
   */
  private settle(entries: OutboxEntry[], results: { id: string; status: string; error?: string }[]) {
    const { db } = this.options;
    const byId = new Map(results.map((result) => [result.id, result]));
    const deliveredAt = new Date().toISOString();
    return db.transaction('rw', [db.outbox, db.reports], async () => {
      let done = 0;
      let rejected = 0;
      for (const entry of entries) {
        const result = byId.get(entry.id);
        if (result?.status === 'accepted' || result?.status === 'duplicate') {
          await db.outbox.delete(entry.seq!);
          if (entry.type === 'report.created') await this.markDelivered((entry.envelope.payload as PayloadOf<'report.created'>).id, deliveredAt);
          done += 1;
        } else if (result?.status === 'rejected') {
          await db.outbox.update(entry.seq!, { state: 'rejected', attempts: entry.attempts + 1, lastError: result.error ?? 'rejected' });
          rejected += 1;
        } else {
          await db.outbox.update(entry.seq!, { attempts: entry.attempts + 1, lastError: 'no answer for this message' });
        }
      }
      return { done, rejected };
    });
  }

  private async markDelivered(reportId: string, deliveredAt: string) {
    const { db } = this.options;
    const report = await db.reports.get(reportId);
    if (report && !report.deliveredAt) await db.reports.update(reportId, { deliveredAt });
  }

  private async pullAll(transport: HttpTransport, report: SyncReport) {
    const { db } = this.options;
    const limit = this.options.pullLimit ?? 500;
    for (;;) {
      const cursor = ((await db.meta.get('cursor'))?.value as number | undefined) ?? 0;
      const page = await transport.pull(cursor, limit);
      await db.transaction('rw', APPLY_TABLES(db), async () => {
        const invalid: { id: unknown; error: string }[] = [];
        for (const change of page.changes) {
          const checked = checkChange(change);
          if (checked.ok) await applyChange(db, change as Change);
          else invalid.push({ id: (change as { id?: unknown }).id, error: checked.error });
        }
        if (invalid.length > 0) {
          // Refused, recorded for the site lead, and skipped: one bad change must not stall sync.
          const log = ((await db.meta.get('invalidChanges'))?.value as unknown[] | undefined) ?? [];
          await db.meta.put({ key: 'invalidChanges', value: [...log, ...invalid].slice(-100) });
          console.warn(`Refused ${invalid.length} invalid change(s) from the coordination point`);
        }
        report.invalidChanges += invalid.length;
        await db.meta.put({ key: 'cursor', value: page.cursor });
      });
      report.pulled += page.changes.length;
      // A page of only this tablet's own messages has no changes but a later cursor: go on.
      // A cursor that did not move would only ask for the same page again.
      if (!page.more || page.cursor <= cursor) return;
    }
  }
}
