/**
 * What the first screen's live queries read, loaded after its first render: the database with
 * Dexie (31 KB gzipped, 11-12 ms of module start on a 4x slower tablet) and the queries that
 * need Dexie's keys. The desk's registration form, the header and the banners render first and
 * fill in their figures a moment later (`useLiveDb` in src/features/common/useLiveDb.ts).
 */
export { Dexie, liveQuery } from 'dexie';
export { db } from './db';
export { searchHouseholds } from './householdSearch';
export { queuedReports } from './reportQueue';
