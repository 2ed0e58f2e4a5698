/** The live figures a sitrep reports, straight from this tablet's records. */
import { useLiveQuery } from 'dexie-react-hooks';
import { GENERATOR_FUEL_ID, attendanceSummary, countNeeds, isBelowMinimum, openReportCount, stockBalances, type Need, type StockItem } from '../../domain/lead';
import { db } from '../../db/lead';
import { startOfTodayIso } from '../../i18n';

export interface SitrepFigures {
  visitorsToday: number;
  visitorsLastHour: number;
  onSite: number;
  needCounts: { need: Need; count: number }[];
  openReports: number;
  itemsBelowMinimum: StockItem[];
  staffOnSite: number;
  /** Undefined when the point keeps no generator fuel item. */
  generatorFuelLitres?: number;
}

export function useSitrepFigures(now: number): SitrepFigures | undefined {
  return useLiveQuery(async () => {
    const hourAgo = new Date(now - 3600_000).toISOString();
    const [visits, reportIds, reportEvents, items, movements, attendance] = await Promise.all([
      db.visits.where('arrivedAt').aboveOrEqual(startOfTodayIso(new Date(now))).toArray(),
      db.reports.toCollection().primaryKeys(),
      db.reportEvents.toArray(),
      db.stockItems.toArray(),
      db.stockMovements.toArray(),
      db.attendance.toArray(),
    ]);
    const balances = stockBalances(movements);
    const fuel = items.find((item) => item.id === GENERATOR_FUEL_ID);
    return {
      visitorsToday: visits.length,
      visitorsLastHour: visits.filter((visit) => visit.arrivedAt >= hourAgo).length,
      onSite: visits.filter((visit) => !visit.leftAt).length,
      needCounts: countNeeds(visits),
      openReports: openReportCount(reportIds, reportEvents),
      itemsBelowMinimum: items.filter((item) => isBelowMinimum(item, balances.get(item.id) ?? 0)),
      staffOnSite: [...attendanceSummary(attendance, now).values()].filter((entry) => entry.onSiteSince).length,
      generatorFuelLitres: fuel ? (balances.get(fuel.id) ?? 0) : undefined,
    };
  }, [now]);
}
