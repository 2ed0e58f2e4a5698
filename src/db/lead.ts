/**
 * The site lead's actions, on top of everything in ./index. Lazy screens import from here so
 * these modules stay out of the first load (see src/domain/lead.ts for why).
 */
export * from './index';
export { moveStock, countStock, defineStockItem, seedCatalogue, type StockChangeInput } from './actions/stockLedger';
export { requestSupply, confirmSupplyReceived, type SupplyRequestInput } from './actions/supply';
export { saveVolunteer, saveShift, cancelShift, toggleShiftVolunteer, recordAttendance, type VolunteerInput, type ShiftInput } from './actions/roster';
export { setSiteSetting } from './actions/settings';
export { createSitrep, type SitrepInput } from './actions/sitrep';
export type { StoredSupplyEvent } from './db';
