// How every connection to the coordination point's SQLite file is opened: the adapter's own
// (server/storage/sqlite.ts) and the writer thread's (sqlite-writer.worker.mjs). One place,
// because both write: WAL so readers never wait for the writer, synchronous=FULL so a commit
// that was answered `accepted` survives a SIGKILL or power cut. Plain JavaScript so that the
// writer thread, which is not transformed, can import it.
import Database from 'better-sqlite3';

/** Opens `file` with the server's settings. */
export function openSqliteConnection(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The other connection, the CLI and tests use the same file: wait for the lock, don't fail.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
