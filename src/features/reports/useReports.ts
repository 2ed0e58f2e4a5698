import { useLiveQuery } from 'dexie-react-hooks';
import { db, queuedReports, type QueuedReport, type StoredReport, type StoredReportEvent } from '../../db';
import { compareReportPriority, isOpenReport, reportTimeline, type ReportStep, type ReportTimelineStep } from '../../domain';

/** A report with where it stands: the outbox (this tablet's side) and the coordination point's statuses. */
export interface ReportView {
  report: StoredReport;
  queued?: QueuedReport;
  steps: ReportTimelineStep[];
  /** What to show in one word: waiting while queued, else the furthest step reached. */
  stage: ReportStep;
  open: boolean;
}

function viewOf(report: StoredReport, events: StoredReportEvent[], queued: QueuedReport | undefined): ReportView {
  const steps = reportTimeline({ madeAt: report.madeAt, queued: Boolean(queued), deliveredAt: report.deliveredAt, events });
  const waiting = steps.find((step) => step.step === 'waiting')?.state === 'current';
  const reached = steps.filter((step) => step.state === 'done');
  return { report, queued, steps, stage: waiting ? 'waiting' : reached[reached.length - 1].step, open: isOpenReport(events) };
}

/** Every report of the point, most urgent first, then oldest (compareReportPriority). Live. */
export function useReportViews(): ReportView[] | undefined {
  return useLiveQuery(async () => {
    const [reports, events, queued] = await Promise.all([db.reports.toArray(), db.reportEvents.toArray(), queuedReports(db)]);
    const eventsOf = new Map<string, StoredReportEvent[]>();
    for (const event of events) eventsOf.set(event.reportId, [...(eventsOf.get(event.reportId) ?? []), event]);
    return reports.sort(compareReportPriority).map((report) => viewOf(report, eventsOf.get(report.id) ?? [], queued.get(report.id)));
  }, []);
}

/** One report; null when this tablet does not have it. */
export function useReportView(id: string): ReportView | null | undefined {
  return useLiveQuery(async () => {
    const report = await db.reports.get(id);
    if (!report) return null;
    const [events, queued] = await Promise.all([db.reportEvents.where('reportId').equals(id).toArray(), queuedReports(db)]);
    return viewOf(report, events, queued.get(id));
  }, [id]);
}
