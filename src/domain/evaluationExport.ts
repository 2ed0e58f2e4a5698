/**
 * The anonymised export for the national pilot evaluation: what the evaluation counts, never
 * who. Rows are built from an explicit list of fields (a whitelist), not by deleting personal
 * fields from records: a field added to a record later cannot leak into the export unnoticed.
 * No names, phone numbers, streets, house numbers, full postcodes (reduced with
 * `reducePostcode`), report addresses or positions, and no free text at all (descriptions,
 * "other need" texts, notes, reasons): a volunteer may have typed a name into any of them.
 * Record ids are replaced by sequence numbers within the export.
 */
import {
  intervalOf,
  linkUptime,
  needsByCategory,
  reportTimes,
  summariseReportTimes,
  visitorTotals,
  volunteerHoursByOrganisation,
  type ContactUptime,
  type IntervalSummary,
  type LinkUptime,
  type OrganisationHours,
  type Period,
  type SyncRound,
} from './evaluation';
import type { Attendance, EmergencyReport, Household, Need, ReportStatusChange, StockItem, StockMovement, Visit, Volunteer } from './records';
import { anonymiseHousehold } from './retention';
import { MILLI, toMilli } from './stock';
import { dayKey } from './time';

/** What the export reads: this point's records as the tablet holds them. */
export interface EvaluationSnapshot {
  households: Household[];
  visits: Visit[];
  reports: (EmergencyReport & { deliveredAt?: string })[];
  reportEvents: ReportStatusChange[];
  stockItems: StockItem[];
  stockMovements: StockMovement[];
  volunteers: Volunteer[];
  attendance: Attendance[];
  syncLog: SyncRound[];
}

export const VISIT_COLUMNS = ['visit', 'household', 'arrivedAt', 'leftAt', 'adults', 'children', 'residence', 'postcodeArea', 'language', 'needs'] as const;
export type VisitRow = {
  visit: number;
  household: number;
  arrivedAt: string;
  leftAt: string;
  adults: number;
  children: number;
  residence: Household['residence'];
  postcodeArea: string;
  language: Household['language'];
  needs: Need[];
};

export const REPORT_COLUMNS = [
  'report',
  'urgency',
  'service',
  'peopleInvolved',
  'madeAt',
  'deliveredAt',
  'acknowledgedAt',
  'helpOnTheWayAt',
  'closedAt',
  'madeToDeliveredSeconds',
  'deliveredToAcknowledgedSeconds',
  'acknowledgedToHelpSeconds',
  'madeToHelpSeconds',
] as const;
export type ReportRow = {
  report: number;
  urgency: EmergencyReport['urgency'];
  service: EmergencyReport['service'];
  peopleInvolved: number;
  madeAt: string;
  deliveredAt: string;
  acknowledgedAt: string;
  helpOnTheWayAt: string;
  closedAt: string;
  madeToDeliveredSeconds: number | '';
  deliveredToAcknowledgedSeconds: number | '';
  acknowledgedToHelpSeconds: number | '';
  madeToHelpSeconds: number | '';
};

export const STOCK_COLUMNS = ['itemId', 'item', 'unit', 'day', 'received', 'issued', 'counted', 'transferred', 'writtenOff'] as const;
export type StockDayRow = {
  itemId: string;
  item: string;
  unit: string;
  day: string;
  received: number;
  issued: number;
  /** Net stocktake correction (signed). */
  counted: number;
  transferred: number;
  writtenOff: number;
};

export const HOURS_COLUMNS = ['organisation', 'volunteers', 'hours'] as const;

export interface AnonymisedExport {
  format: 'noodsteunpunt-evaluation/1';
  generatedAt: string;
  period: { from?: string; to: string };
  summary: {
    visits: number;
    households: number;
    people: number;
    needs: { need: Need; count: number }[];
    reports: number;
    reportSteps: IntervalSummary[];
    linkUptime: LinkUptime;
  };
  visits: VisitRow[];
  reports: ReportRow[];
  stock: StockDayRow[];
  volunteerHours: OrganisationHours[];
}

const iso = (time: number) => new Date(time).toISOString();

export function buildAnonymisedExport(snapshot: EvaluationSnapshot, period: Period, generatedAt: number): AnonymisedExport {
  const inside = (at: string) => (period.from === undefined || Date.parse(at) >= period.from) && Date.parse(at) <= period.to;
  const householdById = new Map(snapshot.households.map((household) => [household.id, anonymiseHousehold(household)]));
  const householdNumber = new Map<string, number>();
  const visits: VisitRow[] = snapshot.visits
    .filter((visit) => inside(visit.arrivedAt))
    .sort((a, b) => Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt))
    .map((visit, index) => {
      if (!householdNumber.has(visit.householdId)) householdNumber.set(visit.householdId, householdNumber.size + 1);
      const household = householdById.get(visit.householdId);
      return {
        visit: index + 1,
        household: householdNumber.get(visit.householdId)!,
        arrivedAt: visit.arrivedAt,
        leftAt: visit.leftAt ?? '',
        adults: household?.adults ?? 0,
        children: household?.children ?? 0,
        residence: household?.residence ?? 'passingThrough',
        postcodeArea: household?.residence === 'address' ? (household.postcode ?? '') : '',
        language: household?.language ?? 'other',
        needs: [...visit.needs],
      };
    });

  const times = reportTimes(snapshot.reports, snapshot.reportEvents, period);
  const peopleOf = new Map(snapshot.reports.map((report) => [report.id, report.peopleInvolved]));
  const seconds = (value: number | undefined): number | '' => (value === undefined ? '' : Math.round(value / 1000));
  const reports: ReportRow[] = times.map((row, index) => ({
    report: index + 1,
    urgency: row.urgency,
    service: row.service,
    peopleInvolved: peopleOf.get(row.id) ?? 0,
    madeAt: row.madeAt,
    deliveredAt: row.deliveredAt ?? '',
    acknowledgedAt: row.acknowledgedAt ?? '',
    helpOnTheWayAt: row.helpOnTheWayAt ?? '',
    closedAt: row.closedAt ?? '',
    madeToDeliveredSeconds: seconds(intervalOf(row, 'madeToDelivered')),
    deliveredToAcknowledgedSeconds: seconds(intervalOf(row, 'deliveredToAcknowledged')),
    acknowledgedToHelpSeconds: seconds(intervalOf(row, 'acknowledgedToHelp')),
    madeToHelpSeconds: seconds(intervalOf(row, 'madeToHelp')),
  }));

  const totals = visitorTotals(snapshot.visits, snapshot.households, period);
  return {
    format: 'noodsteunpunt-evaluation/1',
    generatedAt: iso(generatedAt),
    period: { ...(period.from !== undefined ? { from: iso(period.from) } : {}), to: iso(period.to) },
    summary: {
      ...totals,
      needs: needsByCategory(snapshot.visits, period),
      reports: reports.length,
      reportSteps: summariseReportTimes(times),
      linkUptime: linkUptime(snapshot.syncLog, period),
    },
    visits,
    reports,
    stock: stockPerItemPerDay(snapshot.stockItems, snapshot.stockMovements, period),
    volunteerHours: volunteerHoursByOrganisation(snapshot.attendance, snapshot.volunteers, period),
  };
}

/** Every kind of movement per item per day, in positive quantities (a count keeps its sign). */
export function stockPerItemPerDay(items: StockItem[], movements: StockMovement[], period: Period): StockDayRow[] {
  const itemById = new Map(items.map((item) => [item.id, item]));
  const rows = new Map<string, Record<StockMovement['kind'], number>>();
  for (const movement of movements) {
    if ((period.from !== undefined && Date.parse(movement.at) < period.from) || Date.parse(movement.at) > period.to) continue;
    const key = `${movement.itemId}|${dayKey(movement.at)}`;
    const row = rows.get(key) ?? { received: 0, issued: 0, counted: 0, transferred: 0, writtenOff: 0 };
    const milli = toMilli(movement.delta);
    row[movement.kind] += movement.kind === 'received' || movement.kind === 'counted' ? milli : -milli;
    rows.set(key, row);
  }
  return [...rows]
    .map(([key, milli]) => {
      const [itemId, day] = key.split('|');
      const item = itemById.get(itemId);
      return {
        itemId,
        item: item?.name.nl ?? '',
        unit: item?.unit ?? '',
        day,
        received: milli.received / MILLI,
        issued: milli.issued / MILLI,
        counted: milli.counted / MILLI,
        transferred: milli.transferred / MILLI,
        writtenOff: milli.writtenOff / MILLI,
      };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.item.localeCompare(b.item));
}

type Cell = string | number | boolean | readonly string[] | undefined;

function csvCell(value: Cell): string {
  let text = Array.isArray(value) ? value.join(';') : value === undefined ? '' : String(value);
  // A spreadsheet runs a cell starting with = + - @ as a formula; numbers stay numbers.
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row; lists are joined with ";". */
export function toCsv<Row extends Record<string, Cell>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The files of the anonymised set (one point's, or all points'), each with the key of its label. */
export const ANONYMISED_FILES = [
  ['visits', 'visits.csv'],
  ['reports', 'reports.csv'],
  ['stock', 'stock.csv'],
  ['hours', 'volunteer-hours.csv'],
  ['json', 'evaluation.json'],
] as const;
export type AnonymisedFileName = (typeof ANONYMISED_FILES)[number][1];

/** The files of the anonymised set, by file name. */
export function anonymisedFiles(data: AnonymisedExport): Record<AnonymisedFileName, string> {
  return {
    'visits.csv': toCsv(VISIT_COLUMNS, data.visits),
    'reports.csv': toCsv(REPORT_COLUMNS, data.reports),
    'stock.csv': toCsv(STOCK_COLUMNS, data.stock),
    'volunteer-hours.csv': toCsv(HOURS_COLUMNS, data.volunteerHours as unknown as Record<string, Cell>[]),
    'evaluation.json': `${JSON.stringify(data, null, 2)}\n`,
  };
}

/** One point's anonymised set, named by its point (the coordinator's export of every point). */
export interface PointExport {
  point: string;
  data: AnonymisedExport;
  /** Link uptime from the coordination point's contact log (in evaluation.json). */
  contact?: ContactUptime;
}

/**
 * The anonymised set of several points as one set of files: every CSV gets a first column
 * `point`, the sequence numbers stay those of each point's own set, and the JSON holds each
 * point's set under its name.
 */
export function allPointsFiles(points: readonly PointExport[], generatedAt: number, period: AnonymisedExport['period']): Record<AnonymisedFileName, string> {
  const rows = <Row extends object>(pick: (data: AnonymisedExport) => readonly Row[]) =>
    points.flatMap(({ point, data }) => pick(data).map((row) => ({ point, ...row }) as { point: string } & Row & Record<string, Cell>));
  return {
    'visits.csv': toCsv(['point', ...VISIT_COLUMNS], rows((data) => data.visits)),
    'reports.csv': toCsv(['point', ...REPORT_COLUMNS], rows((data) => data.reports)),
    'stock.csv': toCsv(['point', ...STOCK_COLUMNS], rows((data) => data.stock)),
    'volunteer-hours.csv': toCsv(['point', ...HOURS_COLUMNS], rows((data) => data.volunteerHours)),
    'evaluation.json': `${JSON.stringify({ format: 'noodsteunpunt-evaluation-points/1', generatedAt: iso(generatedAt), period, points }, null, 2)}\n`,
  };
}
