// How every connection to the coordination point's SQLite file is opened: the adapter's own
// (server/storage/sqlite.ts) and the writer thread's (sqlite-writer.worker.mjs). One place,
// because both write: WAL so readers never wait for the writer, synchronous=FULL so a commit
// that was answered `accepted` survives a SIGKILL or power cut. Plain JavaScript so that the
// writer thread, which is not transformed, can import it.
import Database from 'better-sqlite3';

/** The most pages the WAL grows to before the commit that reaches them checkpoints it. */
const CHECKPOINT_PAGES = 20_000;

/** Opens `file` with the server's settings. */
export function openSqliteConnection(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The other connection, the CLI and tests use the same file: wait for the lock, don't fail.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Checkpoints (copying the WAL's pages into the database file) once the writer thread has
  // been quiet for a moment (sqlite-writer.worker.mjs), and in a commit only when the WAL has
  // reached CHECKPOINT_PAGES (80 MB), not SQLite's 1,000 pages. A reconnect storm of 30,000
  // messages writes about 12,000 pages of WAL: with a checkpoint every 1,000 pages, each group's
  // commit took as long as its inserts, copying the same index pages (a random id lands on any
  // of them) into the file again and again, and the pushes of the storm's last groups waited for
  // it (BENCHMARKS.md, server ingest). When the WAL restarts after a checkpoint, its file is cut
  // back to 16 MB.
  db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  db.pragma(`journal_size_limit = ${16 * 1024 * 1024}`);
  return db;
}
