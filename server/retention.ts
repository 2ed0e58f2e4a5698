/**
 * Retention at the coordination point: some days (`retentionDays`, default 30) after a point
 * closes (`closedAt`, both site settings synced from its tablets), the personal data in its
 * stored messages is rewritten with the same rule the tablets apply
 * (src/domain/retention.ts). Ids, order and cursors stay, so sync and the evaluation counts
 * are unaffected; tablets that pull later receive the anonymised records.
 */
import { anonymisePayload, DEFAULT_RETENTION_DAYS, isPastRetention, PERSONAL_MESSAGE_TYPES, type MessageType, type PayloadOf } from '../src/domain';
import type { Storage } from './storage';

/** Fired after a purge changed stored data: in-memory views (the dashboard's picture) reload. */
export const retentionEvents = new EventTarget();

interface SiteClosing {
  closedAt?: { value: string; updatedAt: string };
  retentionDays?: { value: number; updatedAt: string };
}

async function closings(storage: Storage): Promise<Map<string, SiteClosing>> {
  const bySite = new Map<string, SiteClosing>();
  let after = 0;
  for (;;) {
    const page = await storage.listMessagesByType({ types: ['site.settingChanged'], after, limit: 1000 });
    for (const row of page.rows) {
      if (!row.siteId) continue;
      const setting = row.payload as PayloadOf<'site.settingChanged'>;
      const site = bySite.get(row.siteId) ?? {};
      // The later edit wins, by hybrid logical clock, as on the tablets.
      if (setting.key === 'closedAt' && typeof setting.value === 'string' && setting.updatedAt > (site.closedAt?.updatedAt ?? '')) {
        site.closedAt = { value: setting.value, updatedAt: setting.updatedAt };
      }
      if (setting.key === 'retentionDays' && typeof setting.value === 'number' && setting.updatedAt > (site.retentionDays?.updatedAt ?? '')) {
        site.retentionDays = { value: setting.value, updatedAt: setting.updatedAt };
      }
      bySite.set(row.siteId, site);
    }
    after = page.cursor;
    if (!page.more) return bySite;
  }
}

/** Purges every site whose retention period has passed; returns the payloads changed per site. */
export async function purgeClosedSites(storage: Storage, now = new Date()): Promise<Map<string, number>> {
  const purged = new Map<string, number>();
  for (const [siteId, closing] of await closings(storage)) {
    if (!isPastRetention(closing.closedAt?.value, now, closing.retentionDays?.value ?? DEFAULT_RETENTION_DAYS)) continue;
    const changed = await storage.rewritePayloads({ siteId, types: PERSONAL_MESSAGE_TYPES }, (type, payload) =>
      anonymisePayload(type as MessageType, payload as PayloadOf<MessageType>),
    );
    if (changed > 0) purged.set(siteId, changed);
  }
  if (purged.size > 0) retentionEvents.dispatchEvent(new Event('purged'));
  return purged;
}

/**
 * How long the contact log (link uptime per point, 5-minute buckets) is kept. It holds no
 * personal data, only whether a point was reachable; but it grows by 288 rows per point per
 * day whether or not anything happens, and the evaluation is made in the weeks after an
 * exercise or an outage.
 */
export const CONTACT_LOG_DAYS = 90;

/** Removes contact buckets older than `CONTACT_LOG_DAYS`; returns how many. */
export function pruneContactLog(storage: Storage, now = new Date()): Promise<number> {
  return storage.pruneContacts(new Date(now.getTime() - CONTACT_LOG_DAYS * 24 * 3600_000));
}
