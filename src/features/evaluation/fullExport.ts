/**
 * The site lead's full export: every table of this tablet as JSON, personal data included
 * (the screen asks for a confirmation first). Read in one transaction, so the file is one
 * consistent moment even while sync writes.
 */
import type { NoodsteunpuntDb } from '../../db/db';

export interface FullExport {
  format: 'noodsteunpunt-full/1';
  exportedAt: string;
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

export function buildFullExport(db: NoodsteunpuntDb, now = new Date()): Promise<FullExport> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of db.tables) tables[table.name] = await table.toArray();
    return { format: 'noodsteunpunt-full/1' as const, exportedAt: now.toISOString(), schemaVersion: db.verno, tables };
  });
}
