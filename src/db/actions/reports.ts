import { EmergencyReportSchema, newId, type EmergencyReport } from '../../domain';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { requireIdentity } from '../identity';
import { enqueue } from '../outbox';

export type EmergencyReportInput = Omit<EmergencyReport, 'id' | 'madeAt'>;

/** A 112-style report: stored, and queued with emergency priority ahead of everything else. */
export function createEmergencyReport(db: NoodsteunpuntDb, input: EmergencyReportInput, now = new Date()): Promise<EmergencyReport> {
  return runAction(db, [db.reports], async () => {
    const identity = await requireIdentity(db);
    const report = EmergencyReportSchema.parse({ ...input, id: newId(), madeAt: now.toISOString() });
    await db.reports.add({ ...report, deviceId: identity.deviceId });
    await enqueue(db, 'report.created', report);
    return report;
  });
}
