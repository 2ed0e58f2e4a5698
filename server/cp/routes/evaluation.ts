/**
 * The evaluation of every point for the coordinator: GET /evaluation (the figures per point and
 * for all points together) and GET /evaluation/export (the anonymised set of each point).
 *
 * Computed from the stored messages with the same pure functions the site lead's tablet uses
 * (src/domain/evaluation.ts, src/domain/evaluationExport.ts), so a point's figures on the
 * dashboard and on its own tablet agree. A report counts as delivered when the server received
 * it. The messages are read per request (paged by `listMessagesByType`): an evaluation is asked
 * for after an exercise, not every few seconds, and the regional picture keeps no personal data
 * of visitors, which the household figures and the anonymisation need.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  EvaluationExportResponseSchema,
  EvaluationQuerySchema,
  EvaluationResponseSchema,
  type EvaluationFigures,
  type EvaluationQuery,
} from '../../../src/domain/coordinatorApi';
import {
  contactBucket,
  contactPerHour,
  contactUptime,
  contactUptimeTogether,
  goodsIssuedPerDay,
  needsByCategory,
  reportTimes,
  summariseReportTimes,
  visitorsPerHour,
  visitorTotals,
  volunteerHoursByOrganisation,
  type ContactUptime,
  type Period,
  type PointContacts,
} from '../../../src/domain/evaluation';
import { buildAnonymisedExport, type EvaluationSnapshot } from '../../../src/domain/evaluationExport';
import { MESSAGE_TYPES, mergeHouseholdEdit, type Household, type HouseholdField, type MessageType, type PayloadOf } from '../../../src/domain';
import { ApiError } from '../../errors';
import type { Site, Storage, StoredMessage } from '../../storage';
import { requireSite, type DashboardContext } from '../context';
import { output, parseInput } from '../validate';

const EVALUATION_TYPES = [
  'visit.registered',
  'visit.checkedOut',
  'household.updated',
  'report.created',
  'report.statusChanged',
  'stock.itemDefined',
  'stock.moved',
  'volunteer.saved',
  'attendance.recorded',
] as const satisfies readonly MessageType[];

const PAGE_SIZE = 1000;

/** One point's records as the evaluation functions read them, folded from its messages. */
interface PointRecords {
  households: Map<string, EvaluationSnapshot['households'][number]>;
  visits: Map<string, EvaluationSnapshot['visits'][number]>;
  reports: Map<string, EvaluationSnapshot['reports'][number]>;
  reportEvents: EvaluationSnapshot['reportEvents'];
  stockItems: Map<string, EvaluationSnapshot['stockItems'][number]>;
  stockMovements: Map<string, EvaluationSnapshot['stockMovements'][number]>;
  volunteers: Map<string, EvaluationSnapshot['volunteers'][number]>;
  attendance: Map<string, EvaluationSnapshot['attendance'][number]>;
}

function emptyRecords(): PointRecords {
  return {
    households: new Map(),
    visits: new Map(),
    reports: new Map(),
    reportEvents: [],
    stockItems: new Map(),
    stockMovements: new Map(),
    volunteers: new Map(),
    attendance: new Map(),
  };
}

function apply(records: PointRecords, row: StoredMessage, checkouts: Map<string, string>): void {
  const parsed = MESSAGE_TYPES[row.type].payload.safeParse(row.payload);
  if (!parsed.success) return;
  const payload = parsed.data;
  const newer = <T extends { updatedAt: string }>(map: Map<string, T>, value: T & { id: string }) => {
    const known = map.get(value.id);
    if (!known || value.updatedAt > known.updatedAt) map.set(value.id, value);
  };
  // Later edit wins per field, as on the tablets (src/domain/householdMerge.ts).
  const editHousehold = (household: Household, changed?: readonly HouseholdField[]) =>
    records.households.set(household.id, mergeHouseholdEdit(records.households.get(household.id), household, changed));
  switch (row.type) {
    case 'visit.registered': {
      const { household, visit, changed } = payload as PayloadOf<'visit.registered'>;
      editHousehold(household, changed);
      if (!records.visits.has(visit.id)) records.visits.set(visit.id, { ...visit });
      return;
    }
    case 'visit.checkedOut': {
      const { visitId, leftAt } = payload as PayloadOf<'visit.checkedOut'>;
      if (!checkouts.has(visitId)) checkouts.set(visitId, leftAt);
      return;
    }
    case 'household.updated':
      editHousehold(payload as PayloadOf<'household.updated'>);
      return;
    case 'report.created': {
      const report = payload as PayloadOf<'report.created'>;
      // The first report with an id wins; its receipt here is when it was delivered.
      if (!records.reports.has(report.id)) records.reports.set(report.id, { ...report, deliveredAt: row.receivedAt });
      return;
    }
    case 'report.statusChanged': {
      const change = payload as PayloadOf<'report.statusChanged'>;
      records.reportEvents.push(change);
      return;
    }
    case 'stock.itemDefined':
      newer(records.stockItems, payload as PayloadOf<'stock.itemDefined'>);
      return;
    case 'stock.moved': {
      const movement = payload as PayloadOf<'stock.moved'>;
      records.stockMovements.set(movement.id, movement);
      return;
    }
    case 'volunteer.saved':
      newer(records.volunteers, payload as PayloadOf<'volunteer.saved'>);
      return;
    case 'attendance.recorded': {
      const attendance = payload as PayloadOf<'attendance.recorded'>;
      records.attendance.set(attendance.id, attendance);
      return;
    }
  }
}

/** Every stored evaluation message, folded per point (only the points asked for). */
async function loadRecords(storage: Storage, siteIds: Set<string>): Promise<Map<string, EvaluationSnapshot>> {
  const bySite = new Map<string, PointRecords>();
  const checkouts = new Map<string, Map<string, string>>();
  for (let after = 0; ; ) {
    const page = await storage.listMessagesByType({ types: EVALUATION_TYPES, after, limit: PAGE_SIZE });
    for (const row of page.rows) {
      if (!row.siteId || !siteIds.has(row.siteId)) continue;
      let records = bySite.get(row.siteId);
      if (!records) bySite.set(row.siteId, (records = emptyRecords()));
      let siteCheckouts = checkouts.get(row.siteId);
      if (!siteCheckouts) checkouts.set(row.siteId, (siteCheckouts = new Map()));
      apply(records, row, siteCheckouts);
    }
    after = page.cursor;
    if (!page.more) break;
  }
  const snapshots = new Map<string, EvaluationSnapshot>();
  for (const siteId of siteIds) {
    const records = bySite.get(siteId) ?? emptyRecords();
    const leftAt = checkouts.get(siteId) ?? new Map<string, string>();
    // Reports and their status changes are matched by report id within the point only.
    snapshots.set(siteId, {
      households: [...records.households.values()],
      visits: [...records.visits.values()].map((visit) => (visit.leftAt || !leftAt.has(visit.id) ? visit : { ...visit, leftAt: leftAt.get(visit.id) })),
      reports: [...records.reports.values()],
      reportEvents: records.reportEvents,
      stockItems: [...records.stockItems.values()],
      stockMovements: [...records.stockMovements.values()],
      volunteers: [...records.volunteers.values()],
      attendance: [...records.attendance.values()],
      syncLog: [],
    });
  }
  return snapshots;
}

/** Each point's contact log for the period, with its first contact ever (where its uptime starts). */
async function loadContacts(storage: Storage, siteIds: readonly string[], period: Period, now: Date): Promise<Map<string, PointContacts>> {
  const [rows, first] = await Promise.all([
    // From the start of the bucket the period starts in; nothing after now is asked.
    storage.listContacts({ from: period.from === undefined ? undefined : new Date(contactBucket(period.from)), to: new Date(Math.min(period.to, now.getTime())) }),
    storage.firstContacts(),
  ]);
  const bySite = new Map<string, PointContacts & { buckets: string[] }>(siteIds.map((siteId) => [siteId, { siteId, firstContactAt: first.get(siteId), buckets: [] }]));
  for (const row of rows) bySite.get(row.siteId)?.buckets.push(row.bucket);
  return bySite;
}

function uptimesOf(sites: readonly Site[], contacts: Map<string, PointContacts>, period: Period, now: Date): { siteId: string; uptime: ContactUptime }[] {
  return sites.map((site) => ({ siteId: site.id, uptime: contactUptime(contacts.get(site.id)!, period, now.getTime()) }));
}

export function evaluationFigures(snapshot: EvaluationSnapshot, period: Period, contact: ContactUptime): EvaluationFigures {
  const totals = visitorTotals(snapshot.visits, snapshot.households, period);
  const times = reportTimes(snapshot.reports, snapshot.reportEvents, period);
  const itemById = new Map(snapshot.stockItems.map((item) => [item.id, item]));
  return {
    ...totals,
    reports: times.length,
    visitorsPerHour: visitorsPerHour(snapshot.visits, period),
    needs: needsByCategory(snapshot.visits, period),
    reportSteps: summariseReportTimes(times),
    goodsIssued: goodsIssuedPerDay(snapshot.stockMovements, period).map((row) => {
      const item = itemById.get(row.itemId);
      return { ...row, name: item ? { nl: item.name.nl, de: item.name.de } : null, unit: item?.unit ?? '' };
    }),
    volunteerHours: volunteerHoursByOrganisation(snapshot.attendance, snapshot.volunteers, period),
    contact,
  };
}

/**
 * All points as one: their records side by side. Ids are random UUIDs, so records of two points
 * do not collide; a household or volunteer is counted once per point it was seen at.
 */
function together(snapshots: EvaluationSnapshot[]): EvaluationSnapshot {
  const join = <K extends keyof EvaluationSnapshot>(key: K) => snapshots.flatMap((snapshot) => snapshot[key] as unknown[]) as EvaluationSnapshot[K];
  return {
    households: join('households'),
    visits: join('visits'),
    reports: join('reports'),
    reportEvents: join('reportEvents'),
    stockItems: join('stockItems'),
    stockMovements: join('stockMovements'),
    volunteers: join('volunteers'),
    attendance: join('attendance'),
    syncLog: [],
  };
}

function periodOf(query: EvaluationQuery, now: Date): Period {
  const to = query.until ? Date.parse(query.until) : now.getTime();
  const from = query.from ? Date.parse(query.from) : undefined;
  if (from !== undefined && from > to) throw new ApiError(400, 'bad_request', 'from: the period starts after it ends');
  return { from, to };
}

const iso = (time: number) => new Date(time).toISOString();
const periodView = (period: Period) => ({ ...(period.from !== undefined ? { from: iso(period.from) } : {}), to: iso(period.to) });

export const evaluationRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { storage, now } = context;

  async function pointsOf(query: EvaluationQuery): Promise<Site[]> {
    if (query.siteId) return [await requireSite(context, query.siteId)];
    return (await storage.listSites()).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  app.get('/evaluation', { config: { access: 'coordinator' } }, async (request) => {
    const query = parseInput(EvaluationQuerySchema, request.query, 'Use ?from=&until= (ISO times) and optionally &siteId=');
    const at = now();
    const period = periodOf(query, at);
    const sites = await pointsOf(query);
    const [snapshots, devices, contacts] = await Promise.all([
      loadRecords(storage, new Set(sites.map((site) => site.id))),
      storage.listDevices(),
      loadContacts(storage, sites.map((site) => site.id), period, at),
    ]);
    const uptimes = uptimesOf(sites, contacts, period, at);
    const points = sites.map((site, index) => {
      const lastContactAt =
        devices
          .filter((device) => device.siteId === site.id)
          .map((device) => device.lastSeenAt)
          .filter((seen): seen is string => seen !== null)
          .sort()
          .at(-1) ?? null;
      return {
        siteId: site.id,
        name: site.name,
        municipality: site.municipality,
        lastContactAt,
        figures: evaluationFigures(snapshots.get(site.id)!, period, uptimes[index].uptime),
      };
    });
    const all = evaluationFigures(together([...snapshots.values()]), period, contactUptimeTogether(uptimes));
    const contactPerHourRows = contactPerHour(contacts.values(), period, at.getTime());
    return output(EvaluationResponseSchema, { period: periodView(period), all, points, contactPerHour: contactPerHourRows, serverTime: at.toISOString() });
  });

  app.get('/evaluation/export', { config: { access: 'coordinator' } }, async (request) => {
    const query = parseInput(EvaluationQuerySchema, request.query, 'Use ?from=&until= (ISO times) and optionally &siteId=');
    const at = now();
    const period = periodOf(query, at);
    const sites = await pointsOf(query);
    const [snapshots, contacts] = await Promise.all([
      loadRecords(storage, new Set(sites.map((site) => site.id))),
      loadContacts(storage, sites.map((site) => site.id), period, at),
    ]);
    const uptimes = uptimesOf(sites, contacts, period, at);
    // The tablets' sync logs stay on the tablets: link uptime here is the contact log's.
    const points = sites.map((site, index) => ({
      siteId: site.id,
      point: site.name,
      data: buildAnonymisedExport(snapshots.get(site.id)!, period, at.getTime()),
      contact: uptimes[index].uptime,
    }));
    request.log.info({ event: 'evaluation_export', points: points.length }, 'anonymised evaluation exported');
    return output(EvaluationExportResponseSchema, { period: periodView(period), points, serverTime: at.toISOString() });
  });
};
