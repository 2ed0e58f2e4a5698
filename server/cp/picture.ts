/**
 * The regional picture: what the dashboard shows, folded from the stored messages of every
 * point (reports and their status changes, visits, attendance, stock, signals, helper offers,
 * supply requests, sitreps, settings, bulletins).
 *
 * It is a projection kept in memory and brought up to date before every read by reading only
 * the messages after its cursor (`listMessagesByType`), so a request costs one small query.
 * A restart rebuilds it from the database; several server processes on one PostgreSQL each keep
 * their own. Personal data of visitors (names, addresses) is never kept here: only arrival and
 * departure times for the counts.
 */
import {
  MESSAGE_TYPES,
  roundQuantity,
  type EmergencyReport,
  type HelperOffer,
  type InfoCard,
  type MessageType,
  type PayloadOf,
  type ReportStatusChange,
  type Signal,
  type SiteSetting,
  type Sitrep,
  type StockItem,
  type SupplyReceived,
  type SupplyRequest,
  type SupplyUpdate,
} from '../../src/domain';
import type { Storage, StoredMessage } from '../storage';

export const PICTURE_TYPES = [
  'report.created',
  'report.statusChanged',
  'visit.registered',
  'visit.checkedOut',
  'attendance.recorded',
  'stock.itemDefined',
  'stock.moved',
  'signal.created',
  'helper.offered',
  'site.settingChanged',
  'supply.requested',
  'supply.updated',
  'supply.received',
  'sitrep.created',
  'bulletin.published',
] as const satisfies readonly MessageType[];

const PAGE_SIZE = 1000;

export interface Received {
  seq: number;
  siteId: string;
  deviceId: string;
  receivedAt: string;
}

export interface ReportEntry extends Received {
  report: EmergencyReport;
}

export interface ReportEventEntry extends ReportStatusChange {
  id: string;
  seq: number;
}

export interface SupplyRequestEntry extends Received {
  request: SupplyRequest;
}

export type SupplyEventEntry = (SupplyUpdate | (SupplyReceived & { status: 'received' })) & { id: string; seq: number };

export interface BulletinEntry {
  card: InfoCard;
  firstPublishedAt: string;
  /** Sites it went to; null in the set means every point (a broadcast). */
  targets: Set<string | null>;
}

interface SiteState {
  visits: Map<string, { arrivedAt: string; leftAt?: string }>;
  attendance: Map<string, { kind: 'checkIn' | 'checkOut'; at: string }>;
  stockItems: Map<string, StockItem>;
  balances: Map<string, number>;
  settings: Map<string, SiteSetting>;
  latestSitrep?: { receivedAt: string; sitrep: Sitrep };
}

function emptySite(): SiteState {
  return { visits: new Map(), attendance: new Map(), stockItems: new Map(), balances: new Map(), settings: new Map() };
}

export class RegionalPicture {
  cursor = 0;
  /** Stored rows whose payload no longer validates (an old schema): skipped, counted. */
  skipped = 0;
  readonly reports = new Map<string, ReportEntry>();
  readonly reportEvents = new Map<string, ReportEventEntry[]>();
  readonly supplyRequests = new Map<string, SupplyRequestEntry>();
  readonly supplyEvents = new Map<string, SupplyEventEntry[]>();
  readonly signals: Array<Received & { id: string; signal: Signal }> = [];
  readonly helperOffers: Array<Received & { id: string; offer: HelperOffer }> = [];
  readonly bulletins = new Map<string, BulletinEntry>();
  private readonly sites = new Map<string, SiteState>();

  private tail: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(private readonly storage: Storage) {}

  /** Forget everything and rebuild on the next refresh (after a retention purge rewrote data). */
  reset(): void {
    // After any pass that is running: a pass must not mix old and new rows.
    this.tail = this.tail.then(() => {
      this.cursor = 0;
      this.skipped = 0;
      for (const collection of [this.reports, this.reportEvents, this.supplyRequests, this.supplyEvents, this.bulletins, this.sites]) collection.clear();
      this.signals.length = 0;
      this.helperOffers.length = 0;
    });
  }

  /**
   * Brings the picture up to date with everything stored before this call. Calls that arrive
   * while a pass runs share the next pass, which starts after theirs began: a route that just
   * stored a message and then refreshes always sees it.
   */
  refresh(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.tail.then(() => {
      this.queued = null;
      return this.catchUp();
    });
    this.queued = next;
    this.tail = next.catch(() => undefined);
    return next;
  }

  site(siteId: string): SiteState {
    let state = this.sites.get(siteId);
    if (!state) {
      state = emptySite();
      this.sites.set(siteId, state);
    }
    return state;
  }

  eventsOf(reportId: string): ReportEventEntry[] {
    return this.reportEvents.get(reportId) ?? [];
  }

  supplyEventsOf(requestId: string): SupplyEventEntry[] {
    return this.supplyEvents.get(requestId) ?? [];
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const page = await this.storage.listMessagesByType({ types: PICTURE_TYPES, after: this.cursor, limit: PAGE_SIZE });
      for (const row of page.rows) this.apply(row);
      this.cursor = page.cursor;
      if (!page.more) return;
    }
  }

  private apply(row: StoredMessage): void {
    const parsed = MESSAGE_TYPES[row.type].payload.safeParse(row.payload);
    if (!parsed.success) {
      this.skipped += 1;
      return;
    }
    const payload = parsed.data;
    const received = { seq: row.seq, siteId: row.siteId ?? '', deviceId: row.deviceId, receivedAt: row.receivedAt };
    if (row.type === 'bulletin.published') {
      this.applyBulletin(payload as PayloadOf<'bulletin.published'>, row);
      return;
    }
    // Everything else belongs to one site; a site-less row of those types cannot be placed.
    if (!row.siteId) return;
    const site = this.site(row.siteId);
    switch (row.type) {
      case 'report.created': {
        const report = payload as PayloadOf<'report.created'>;
        // The first report with an id wins: another site reusing the id cannot take it over.
        if (!this.reports.has(report.id)) this.reports.set(report.id, { ...received, report });
        return;
      }
      case 'report.statusChanged': {
        const change = payload as PayloadOf<'report.statusChanged'>;
        const events = this.reportEvents.get(change.reportId) ?? [];
        events.push({ ...change, id: row.id, seq: row.seq });
        this.reportEvents.set(change.reportId, events);
        return;
      }
      case 'visit.registered': {
        const { visit } = payload as PayloadOf<'visit.registered'>;
        const known = site.visits.get(visit.id);
        site.visits.set(visit.id, { arrivedAt: visit.arrivedAt, leftAt: known?.leftAt ?? visit.leftAt });
        return;
      }
      case 'visit.checkedOut': {
        const { visitId, leftAt } = payload as PayloadOf<'visit.checkedOut'>;
        const known = site.visits.get(visitId);
        if (known && !known.leftAt) known.leftAt = leftAt;
        return;
      }
      case 'attendance.recorded': {
        const attendance = payload as PayloadOf<'attendance.recorded'>;
        const latest = site.attendance.get(attendance.volunteerId);
        if (!latest || attendance.at >= latest.at) site.attendance.set(attendance.volunteerId, { kind: attendance.kind, at: attendance.at });
        return;
      }
      case 'stock.itemDefined': {
        const item = payload as PayloadOf<'stock.itemDefined'>;
        const current = site.stockItems.get(item.id);
        if (!current || item.updatedAt > current.updatedAt) site.stockItems.set(item.id, item);
        return;
      }
      case 'stock.moved': {
        const movement = payload as PayloadOf<'stock.moved'>;
        site.balances.set(movement.itemId, roundQuantity((site.balances.get(movement.itemId) ?? 0) + movement.delta));
        return;
      }
      case 'signal.created':
        this.signals.push({ ...received, id: row.id, signal: payload as PayloadOf<'signal.created'> });
        return;
      case 'helper.offered':
        this.helperOffers.push({ ...received, id: row.id, offer: payload as PayloadOf<'helper.offered'> });
        return;
      case 'site.settingChanged': {
        const setting = payload as PayloadOf<'site.settingChanged'>;
        const current = site.settings.get(setting.key);
        if (!current || setting.updatedAt > current.updatedAt) site.settings.set(setting.key, setting);
        return;
      }
      case 'supply.requested': {
        const request = payload as PayloadOf<'supply.requested'>;
        if (!this.supplyRequests.has(request.id)) this.supplyRequests.set(request.id, { ...received, request });
        return;
      }
      case 'supply.updated':
      case 'supply.received': {
        const event =
          row.type === 'supply.updated'
            ? (payload as PayloadOf<'supply.updated'>)
            : { ...(payload as PayloadOf<'supply.received'>), status: 'received' as const };
        const events = this.supplyEvents.get(event.requestId) ?? [];
        events.push({ ...event, id: row.id, seq: row.seq });
        this.supplyEvents.set(event.requestId, events);
        return;
      }
      case 'sitrep.created': {
        const sitrep = payload as PayloadOf<'sitrep.created'>;
        if (!site.latestSitrep || sitrep.at >= site.latestSitrep.sitrep.at) site.latestSitrep = { receivedAt: row.receivedAt, sitrep };
        return;
      }
    }
  }

  private applyBulletin(card: InfoCard, row: StoredMessage): void {
    const entry = this.bulletins.get(card.id);
    if (!entry) {
      this.bulletins.set(card.id, { card, firstPublishedAt: row.receivedAt, targets: new Set([row.siteId]) });
      return;
    }
    entry.targets.add(row.siteId);
    if (card.version > entry.card.version) entry.card = card;
  }
}
