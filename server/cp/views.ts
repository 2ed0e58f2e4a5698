/**
 * What the dashboard API answers, built from the regional picture and the sites and devices
 * in storage. Pure functions of their inputs, so the routes stay thin.
 */
import type { BulletinView, PointView, ReportView, SupplyRequestView } from '../../src/domain/coordinatorApi';
import {
  DEFAULT_SILENT_AFTER_MINUTES,
  pointLinkState,
  reportStatusOf,
  startOfDayInAmsterdam,
  waitingSince,
} from '../../src/domain/coordinatorInbox';
import type { SupplyRequest } from '../../src/domain';
import type { Device, Site } from '../storage';
import type { BulletinEntry, RegionalPicture, ReportEntry, SupplyEventEntry } from './picture';

const DAY_MS = 24 * 3600_000;

export interface Directory {
  sites: Map<string, Site>;
  devices: Map<string, Device>;
}

export function directoryOf(sites: Site[], devices: Device[]): Directory {
  return { sites: new Map(sites.map((site) => [site.id, site])), devices: new Map(devices.map((device) => [device.id, device])) };
}

/**
 * A tablet's clock may be hours off after days on a generator. The time a report was made is
 * shown in server time: the device's own time minus its last measured offset (from the
 * X-Device-Time header of its syncs), never later than when the server received it.
 */
export function correctedDeviceTime(deviceTime: string, clockOffsetMs: number | null | undefined): string {
  if (clockOffsetMs === null || clockOffsetMs === undefined) return deviceTime;
  return new Date(Date.parse(deviceTime) - clockOffsetMs).toISOString();
}

export function reportView(picture: RegionalPicture, entry: ReportEntry, directory: Directory): ReportView {
  const events = [...picture.eventsOf(entry.report.id)].sort((a, b) => a.seq - b.seq);
  const clockOffsetMs = directory.devices.get(entry.deviceId)?.clockOffsetMs ?? undefined;
  const dispatchReference = events.filter((event) => event.dispatchReference).at(-1)?.dispatchReference;
  return {
    id: entry.report.id,
    siteId: entry.siteId,
    siteName: directory.sites.get(entry.siteId)?.name ?? '?',
    deviceName: directory.devices.get(entry.deviceId)?.name,
    receivedAt: entry.receivedAt,
    waitingSince: waitingSince(correctedDeviceTime(entry.report.madeAt, clockOffsetMs), entry.receivedAt),
    deviceClockOffsetMs: clockOffsetMs,
    report: entry.report,
    status: reportStatusOf(events),
    dispatchReference,
    events: events.map((event) => ({
      id: event.id,
      status: event.status,
      note: event.note,
      dispatchReference: event.dispatchReference,
      by: event.by,
      at: event.at,
    })),
  };
}

/** Where a supply request stands: the point's receipt ends it; else the latest answer. */
export function supplyStatusOf(events: SupplyEventEntry[]): SupplyRequestView['status'] {
  if (events.some((event) => event.status === 'received')) return 'received';
  const latest = [...events].sort((a, b) => a.seq - b.seq).at(-1);
  return latest?.status ?? 'requested';
}

export function supplyRequestView(
  picture: RegionalPicture,
  entry: { siteId: string; receivedAt: string; request: SupplyRequest },
  directory: Directory,
): SupplyRequestView {
  const events = [...picture.supplyEventsOf(entry.request.id)].sort((a, b) => a.seq - b.seq);
  return {
    id: entry.request.id,
    siteId: entry.siteId,
    siteName: directory.sites.get(entry.siteId)?.name ?? '?',
    receivedAt: entry.receivedAt,
    request: entry.request,
    status: supplyStatusOf(events),
    updates: events.map((event) => ({
      id: event.id,
      status: event.status,
      items: 'items' in event ? event.items : undefined,
      expectedAt: 'expectedAt' in event ? event.expectedAt : undefined,
      note: 'note' in event ? event.note : undefined,
      by: event.by,
      at: event.at,
    })),
  };
}

export function bulletinView(entry: BulletinEntry, directory: Directory): BulletinView {
  const { card } = entry;
  const broadcast = entry.targets.has(null);
  return {
    id: card.id,
    version: card.version,
    category: card.category,
    nl: card.nl && { title: card.nl.title, body: card.nl.body },
    de: card.de && { title: card.de.title, body: card.de.body },
    missingLanguages: (['nl', 'de'] as const).filter((language) => !card[language]),
    pinned: card.pinned,
    validUntil: card.validUntil,
    publishedAt: entry.firstPublishedAt,
    targets: broadcast
      ? null
      : [...entry.targets]
          .filter((siteId): siteId is string => siteId !== null)
          .map((siteId) => ({ siteId, name: directory.sites.get(siteId)?.name ?? '?' }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    withdrawn: card.deleted,
  };
}

function silentAfterMinutesOf(picture: RegionalPicture, siteId: string, fallback: number): number {
  const value = picture.site(siteId).settings.get('silentAfterMinutes')?.value;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.round(value) : fallback;
}

export function pointView(
  picture: RegionalPicture,
  site: Site,
  devices: Device[],
  now: Date,
  defaultSilentAfterMinutes = DEFAULT_SILENT_AFTER_MINUTES,
): PointView {
  const state = picture.site(site.id);
  const nowMs = now.getTime();
  const active = devices.filter((device) => device.siteId === site.id && !device.revokedAt);
  const lastContactAt = active.map((device) => device.lastSeenAt).filter((seen): seen is string => seen !== null).sort().at(-1) ?? null;
  const silentAfterMinutes = silentAfterMinutesOf(picture, site.id, defaultSilentAfterMinutes);

  const todayStart = startOfDayInAmsterdam(now);
  const visitsToday = [...state.visits.values()].filter((visit) => visit.arrivedAt >= todayStart);
  const dayAgo = new Date(nowMs - DAY_MS).toISOString();

  const itemsBelowMinimum = [...state.stockItems.values()]
    .map((item) => ({ item, balance: state.balances.get(item.id) ?? 0 }))
    .filter(({ item, balance }) => item.minimum > 0 && balance < item.minimum)
    .map(({ item, balance }) => ({ itemId: item.id, name: { nl: item.name.nl, de: item.name.de }, unit: item.unit, balance, minimum: item.minimum }))
    .sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl'));

  const openReports = [...picture.reports.values()].filter(
    (entry) => entry.siteId === site.id && reportStatusOf(picture.eventsOf(entry.report.id)) !== 'closed',
  );
  const openSupplyRequests = [...picture.supplyRequests.values()].filter(
    (entry) => entry.siteId === site.id && ['requested', 'approved', 'dispatched'].includes(supplyStatusOf(picture.supplyEventsOf(entry.request.id))),
  );

  return {
    siteId: site.id,
    name: site.name,
    municipality: site.municipality,
    activeDevices: active.length,
    lastContactAt,
    silentAfterMinutes,
    linkState: pointLinkState(lastContactAt, nowMs, silentAfterMinutes),
    visitorsToday: visitsToday.length,
    visitorsOnSite: visitsToday.filter((visit) => !visit.leftAt).length,
    staffOnSite: [...state.attendance.values()].filter((latest) => latest.kind === 'checkIn' && latest.at >= dayAgo).length,
    itemsBelowMinimum,
    openReports: openReports.length,
    lifeThreateningOpen: openReports.filter((entry) => entry.report.urgency === 'lifeThreatening').length,
    signalsLast24h: picture.signals.filter((signal) => signal.siteId === site.id && signal.receivedAt >= dayAgo).length,
    openSupplyRequests: openSupplyRequests.length,
    latestSitrep: state.latestSitrep ?? null,
  };
}
