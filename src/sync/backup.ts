/**
 * Local backup without a link: the whole tablet database as a file (dexie-export-import), to
 * restore on another tablet of the same point when this one dies. A restore refuses a file of
 * another point, keeps the receiving tablet's own identity and token, and re-addresses the
 * messages still waiting in the dead tablet's outbox to the receiving tablet (same ids, so a
 * message that did reach the coordination point is answered `duplicate`, never stored twice).
 */
import { exportDB, importInto } from 'dexie-export-import';
import type { NoodsteunpuntDb } from '../db/db';
import { StorageError } from '../db/errors';
import { readIdentity, type DeviceIdentity } from '../db/identity';
import type { OutboxEntry } from '../db/schema';
import { rebuildStockTotals } from '../db/stockTotals';

/**
 * Not imported row by row: `meta` (the receiving tablet keeps its identity, token and cursor),
 * `outbox` and `syncLog` (auto-numbered keys would overwrite the receiving tablet's own rows;
 * outbox entries are added below), `stockTotals` (rebuilt from the merged ledger).
 */
export const BACKUP_TABLES_SKIPPED = ['meta', 'outbox', 'syncLog', 'stockTotals'] as const;

interface DexieExportRows {
  formatName?: string;
  data?: { databaseName?: string; data?: { tableName: string; rows: unknown[] }[] };
}

function rowsOf(parsed: DexieExportRows, table: string): unknown[] {
  return parsed.data?.data?.find((entry) => entry.tableName === table)?.rows ?? [];
}

/** The point a backup file belongs to, read from its meta table. */
export function backupIdentity(text: string): DeviceIdentity | undefined {
  let parsed: DexieExportRows;
  try {
    parsed = JSON.parse(text) as DexieExportRows;
  } catch {
    throw new StorageError('invalid', 'backup file');
  }
  if (parsed.formatName !== 'dexie' || parsed.data?.databaseName === undefined) throw new StorageError('invalid', 'backup file');
  const row = (rowsOf(parsed, 'meta') as { key?: string; value?: DeviceIdentity }[]).find((entry) => entry.key === 'identity');
  return row?.value;
}

export async function exportBackup(db: NoodsteunpuntDb): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

export interface RestoreResult {
  siteName: string;
  outboxMessages: number;
}

export async function restoreBackup(db: NoodsteunpuntDb, file: Blob): Promise<RestoreResult> {
  const text = await file.text();
  const from = backupIdentity(text);
  const here = await readIdentity(db);
  if (!from) throw new StorageError('invalid', 'backup file without a point');
  if (here && here.siteId !== from.siteId) throw new StorageError('invalid', `backup of another point (${from.siteName})`);
  await importInto(db, new Blob([text]), {
    overwriteValues: true,
    acceptMissingTables: true,
    acceptNameDiff: true,
    acceptVersionDiff: true,
    acceptChangedPrimaryKey: true,
    filter: (table) => !(BACKUP_TABLES_SKIPPED as readonly string[]).includes(table),
  });
  const identity = here ?? { ...from, token: undefined, enrolledAt: undefined };
  const waiting = (rowsOf(JSON.parse(text) as DexieExportRows, 'outbox') as OutboxEntry[]).filter((entry) => entry.state !== 'discarded');
  let outboxMessages = 0;
  await db.transaction('rw', [db.outbox, db.meta, db.stockMovements, db.stockTotals], async () => {
    for (const { seq: _seq, ...entry } of waiting) {
      if (await db.outbox.where('id').equals(entry.id).count()) continue;
      // Same message id: if it did reach the coordination point, the answer is `duplicate`.
      await db.outbox.add({ ...entry, envelope: { ...entry.envelope, siteId: identity.siteId, deviceId: identity.deviceId } });
      outboxMessages += 1;
    }
    if (!here) await db.meta.put({ key: 'identity', value: identity });
    await rebuildStockTotals(db);
  });
  return { siteName: from.siteName, outboxMessages };
}
