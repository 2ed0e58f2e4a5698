import { DB_NAME } from './name';
import Dexie, { type EntityTable } from 'dexie';
import { totalsOf } from './stockTotals';
import type {
  Attendance,
  EmergencyReport,
  HelperOffer,
  InfoCard,
  ReportStatusChange,
  SiteSetting,
  Sitrep,
  SupplyReceived,
  SupplyRequest,
  SupplyUpdate,
  Shift,
  Signal,
  StockItem,
  StockMovement,
  Visit,
  Volunteer,
} from '../domain';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, nameKeyOf, type StockTotal, type MetaEntry, type OutboxEntry, type StoredHousehold, type SyncLogEntry } from './schema';

/**
 * `deliveredAt`: when the coordination point accepted the report (set by the sync engine when
 * its message leaves the outbox, or from the server's receipt time for a report pulled from
 * another tablet). Undefined while it waits: that is what escalation watches.
 */
export type StoredReport = EmergencyReport & { deviceId: string; deliveredAt?: string };
export type StoredReportEvent = ReportStatusChange & { id: string };
/** The coordination point's answers and this point's receipt, one row per event. */
export type StoredSupplyEvent = (SupplyUpdate | (SupplyReceived & { status: 'received' })) & { id: string };

export class NoodsteunpuntDb extends Dexie {
  households!: EntityTable<StoredHousehold, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  reports!: EntityTable<StoredReport, 'id'>;
  reportEvents!: EntityTable<StoredReportEvent, 'id'>;
  stockItems!: EntityTable<StockItem, 'id'>;
  stockMovements!: EntityTable<StockMovement, 'id'>;
  volunteers!: EntityTable<Volunteer, 'id'>;
  shifts!: EntityTable<Shift, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  infoCards!: EntityTable<InfoCard, 'id'>;
  signals!: EntityTable<Signal, 'id'>;
  helperOffers!: EntityTable<HelperOffer, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  settings!: EntityTable<SiteSetting, 'key'>;
  supplyRequests!: EntityTable<SupplyRequest, 'id'>;
  supplyEvents!: EntityTable<StoredSupplyEvent, 'id'>;
  sitreps!: EntityTable<Sitrep, 'id'>;
  syncLog!: EntityTable<SyncLogEntry, 'id'>;
  stockTotals!: EntityTable<StockTotal, 'itemId'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table<StoredHousehold, string>('households')
          .toCollection()
          .modify((household) => {
            household.nameKey = nameKeyOf(household.name);
          });
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const movements = await tx.table<StockMovement, string>('stockMovements').toArray();
        await tx.table<StockTotal, string>('stockTotals').bulkPut(totalsOf(movements));
      });
  }
}

/** The one database of this tablet. Tests make their own with another name. */
export const db = new NoodsteunpuntDb();
