/**
 * Apply a change pulled from the coordination point to this tablet's records.
 *
 * Every branch is idempotent (the same change applied twice changes nothing), so a page that
 * is pulled again after a crash is harmless. Editable records follow last-write-wins by HLC,
 * households per field (src/domain/householdMerge.ts); ledger lines, visits and reports are
 * immutable once made; report status is whatever the coordination point says
 * (src/domain/merge.ts).
 */
import type { Table } from 'dexie';
import { lastWriteWins, mergeHouseholdEdit, type Change, type Household, type HouseholdField, type InfoCard, type PayloadOf } from '../domain';
import { newerInfoCard } from '../domain/infoCards';
import type { NoodsteunpuntDb } from './db';
import { observeHlc } from './identity';
import { nameKeyOf } from './schema';
import { addMovement } from './stockTotals';

export const APPLY_TABLES = (db: NoodsteunpuntDb) => [
  db.households,
  db.visits,
  db.reports,
  db.reportEvents,
  db.stockItems,
  db.stockMovements,
  db.stockTotals,
  db.volunteers,
  db.shifts,
  db.attendance,
  db.infoCards,
  db.signals,
  db.helperOffers,
  db.settings,
  db.supplyRequests,
  db.supplyEvents,
  db.sitreps,
  db.meta,
];

/** Later edit wins per field (src/domain/householdMerge.ts); `changed` absent: every field. */
async function applyHouseholdEdit(db: NoodsteunpuntDb, edit: Household, changed?: readonly HouseholdField[]) {
  await observeHlc(db, edit.updatedAt);
  const current = await db.households.get(edit.id);
  const merged = mergeHouseholdEdit(current, edit, changed);
  if (merged !== current) await db.households.put({ ...merged, nameKey: nameKeyOf(merged.name) });
}

async function putIfAbsent<T extends { id: string }>(table: Table, item: T) {
  if (!(await table.get(item.id))) await table.add(item);
}

/** Call inside a transaction over APPLY_TABLES(db). */
export async function applyChange(db: NoodsteunpuntDb, change: Change): Promise<void> {
  switch (change.type) {
    case 'visit.registered': {
      const { household, visit, changed } = change.payload as PayloadOf<'visit.registered'>;
      await applyHouseholdEdit(db, household, changed);
      await putIfAbsent(db.visits, visit);
      return;
    }
    case 'household.updated':
      await applyHouseholdEdit(db, change.payload as PayloadOf<'household.updated'>);
      return;
    case 'visit.checkedOut': {
      const { visitId, leftAt } = change.payload as PayloadOf<'visit.checkedOut'>;
      const visit = await db.visits.get(visitId);
      if (visit && !visit.leftAt) await db.visits.update(visitId, { leftAt });
      return;
    }
    case 'report.created': {
      // The server's receipt time is when the report reached the coordination point.
      const report = change.payload as PayloadOf<'report.created'>;
      const current = await db.reports.get(report.id);
      if (!current) await db.reports.add({ ...report, deviceId: change.deviceId, deliveredAt: change.receivedAt });
      else if (!current.deliveredAt) await db.reports.update(report.id, { deliveredAt: change.receivedAt });
      return;
    }
    case 'report.statusChanged':
      await putIfAbsent(db.reportEvents, { ...(change.payload as PayloadOf<'report.statusChanged'>), id: change.id });
      return;
    case 'stock.itemDefined': {
      const item = change.payload as PayloadOf<'stock.itemDefined'>;
      await observeHlc(db, item.updatedAt);
      await db.stockItems.put(lastWriteWins(await db.stockItems.get(item.id), item));
      return;
    }
    case 'stock.moved':
      await addMovement(db, change.payload as PayloadOf<'stock.moved'>);
      return;
    case 'signal.created':
      await putIfAbsent(db.signals, change.payload as PayloadOf<'signal.created'>);
      return;
    case 'helper.offered':
      await putIfAbsent(db.helperOffers, change.payload as PayloadOf<'helper.offered'>);
      return;
    case 'volunteer.saved': {
      const volunteer = change.payload as PayloadOf<'volunteer.saved'>;
      await observeHlc(db, volunteer.updatedAt);
      await db.volunteers.put(lastWriteWins(await db.volunteers.get(volunteer.id), volunteer));
      return;
    }
    case 'shift.saved': {
      const shift = change.payload as PayloadOf<'shift.saved'>;
      await observeHlc(db, shift.updatedAt);
      await db.shifts.put(lastWriteWins(await db.shifts.get(shift.id), shift));
      return;
    }
    case 'attendance.recorded':
      await putIfAbsent(db.attendance, change.payload as PayloadOf<'attendance.recorded'>);
      return;
    case 'site.settingChanged': {
      const setting = change.payload as PayloadOf<'site.settingChanged'>;
      await observeHlc(db, setting.updatedAt);
      const current = await db.settings.get(setting.key);
      await db.settings.put(current ? lastWriteWins(current, setting) : setting);
      return;
    }
    case 'supply.requested':
      await putIfAbsent(db.supplyRequests, change.payload as PayloadOf<'supply.requested'>);
      return;
    case 'supply.updated':
      await putIfAbsent(db.supplyEvents, { ...(change.payload as PayloadOf<'supply.updated'>), id: change.id });
      return;
    case 'supply.received':
      await putIfAbsent(db.supplyEvents, { ...(change.payload as PayloadOf<'supply.received'>), status: 'received' as const, id: change.id });
      return;
    case 'sitrep.created':
      await putIfAbsent(db.sitreps, change.payload as PayloadOf<'sitrep.created'>);
      return;
    case 'infocard.saved':
    case 'bulletin.published': {
      const card = change.payload as InfoCard;
      await observeHlc(db, card.updatedAt);
      await db.infoCards.put(newerInfoCard(await db.infoCards.get(card.id), card));
      return;
    }
  }
}
