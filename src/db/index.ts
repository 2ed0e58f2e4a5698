export { db, NoodsteunpuntDb, type StoredReport, type StoredReportEvent } from './db';
export { StorageError, toStorageError, type StorageErrorKind } from './errors';
export { readIdentity, requireIdentity, setUpSite, nextHlc, observeHlc, type DeviceIdentity } from './identity';
export { enqueue } from './outbox';
export { registerVisit, checkOutVisit, type VisitInput, type HouseholdInput } from './actions/visits';
export { createEmergencyReport, type EmergencyReportInput } from './actions/reports';
export type { OutboxEntry } from './schema';
