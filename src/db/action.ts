import type { Table } from 'dexie';
import type { NoodsteunpuntDb } from './db';
import { toStorageError } from './errors';

/**
 * Run one user action as one read-write transaction over the tables it names, plus the outbox
 * and meta (every action queues a message). Any failure rolls back all of it and surfaces as
 * a StorageError the screen can show.
 */
export async function runAction<R>(db: NoodsteunpuntDb, tables: Table[], body: () => Promise<R>): Promise<R> {
  try {
    return await db.transaction('rw', [...tables, db.outbox, db.meta], body);
  } catch (error) {
    throw toStorageError(error);
  }
}
