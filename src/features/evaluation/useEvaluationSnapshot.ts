/** Every record the evaluation counts, live: figures update while sync writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EvaluationSnapshot } from '../../domain/evaluationExport';
import { db } from '../../db/lead';

export function useEvaluationSnapshot(): EvaluationSnapshot | undefined {
  return useLiveQuery(async () => {
    const [households, visits, reports, reportEvents, stockItems, stockMovements, volunteers, attendance, syncLog] = await Promise.all([
      db.households.toArray(),
      db.visits.toArray(),
      db.reports.toArray(),
      db.reportEvents.toArray(),
      db.stockItems.toArray(),
      db.stockMovements.toArray(),
      db.volunteers.toArray(),
      db.attendance.toArray(),
      db.syncLog.toArray(),
    ]);
    return { households, visits, reports, reportEvents, stockItems, stockMovements, volunteers, attendance, syncLog };
  }, []);
}
