/**
 * Purge personal data on this tablet once the point has been closed for the retention period
 * (site settings `closedAt` and `retentionDays`, default 30 days). Counts for the evaluation
 * stay; names, phones, addresses and free text go. Queued messages are rewritten too, so
 * nothing personal leaves the tablet afterwards.
 */
import { DEFAULT_RETENTION_DAYS, anonymiseHelperOffer, anonymiseHousehold, anonymisePayload, anonymiseReport, anonymiseSignal, anonymiseVolunteer, isPastRetention } from '../domain';
import type { NoodsteunpuntDb } from './db';

export async function purgePersonalDataIfDue(db: NoodsteunpuntDb, now = new Date()): Promise<boolean> {
  const closedAt = (await db.settings.get('closedAt'))?.value;
  const days = (await db.settings.get('retentionDays'))?.value;
  if (!isPastRetention(typeof closedAt === 'string' ? closedAt : undefined, now, typeof days === 'number' ? days : DEFAULT_RETENTION_DAYS)) return false;
  await db.transaction('rw', [db.households, db.visits, db.reports, db.helperOffers, db.volunteers, db.signals, db.outbox, db.meta], async () => {
    await db.households.toCollection().modify((household, ref) => {
      ref.value = { ...anonymiseHousehold(household), nameKey: undefined };
    });
    await db.visits.toCollection().modify((visit) => {
      delete visit.needOther;
    });
    await db.reports.toCollection().modify((report, ref) => {
      ref.value = { ...anonymiseReport(report), deviceId: report.deviceId };
    });
    await db.helperOffers.toCollection().modify((offer, ref) => {
      ref.value = anonymiseHelperOffer(offer);
    });
    await db.volunteers.toCollection().modify((volunteer, ref) => {
      ref.value = anonymiseVolunteer(volunteer);
    });
    await db.signals.toCollection().modify((signal, ref) => {
      ref.value = anonymiseSignal(signal);
    });
    await db.outbox.toCollection().modify((entry) => {
      entry.envelope = { ...entry.envelope, payload: anonymisePayload(entry.envelope.type, entry.envelope.payload) };
    });
    await db.meta.put({ key: 'personalDataPurgedAt', value: now.toISOString() });
  });
  return true;
}
