// The SQLite adapter's writer thread: stores pushed messages and the tablets' last-seen
// bookkeeping on its own connection, so that inserting them and waiting for the commit's fsync
// no longer stop the server's event loop. While 300 tablets push at once, the main thread
// reads and checks the next pushes while this thread writes the previous group
// (BENCHMARKS.md, server ingest). Reads, and the rare other writes, stay on the main thread's
// connection; WAL lets them read while this thread writes.
//
// Plain JavaScript on purpose: it runs as a worker under node, tsx and Vitest alike, none of
// which would transform a TypeScript worker the same way. It knows only SQL; what an outcome
// means (accepted, duplicate, conflict) is decided by the adapter (server/storage/sqlite.ts).
//
// Requests: { id, op: 'store', rows: [id, type, siteId, deviceId, createdAt, payloadJson, origin, receivedAt][] }
//           { id, op: 'seen', devices: [id, lastSeenAt, clockOffsetMs | null][], contacts: [siteId, bucket][] }
// Answers:  { id, skipped: [rowIndex, storedSiteId | null][] } | { id } | { id, error: { message, code } }
//           (skipped: the rows that inserted nothing, their id being stored already)
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteConnection } from './sqlite-connection.mjs';

const db = openSqliteConnection(workerData.file);

// One prepared single-row INSERT per row, in row order (so the sequence numbers follow the
// rows): measured in this thread's setting, 7.2 to 7.6 µs a row against 10.6 to 12.7 for the
// multi-row `INSERT … RETURNING id` of 250 rows used before, whose parameters and returned ids
// cost more than the statements they saved (BENCHMARKS.md, server ingest). A row that inserts
// nothing has an id already stored (before, or earlier in this batch): its site tells the
// adapter a duplicate from a conflict.
const insert = db.prepare(
  `INSERT INTO messages (id, type, site_id, device_id, created_at, payload, origin, received_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
);
const storedSite = db.prepare('SELECT site_id FROM messages WHERE id = ?').pluck();
const store = db.transaction((rows) => {
  const skipped = [];
  for (let index = 0; index < rows.length; index += 1) {
    if (insert.run(rows[index]).changes === 0) skipped.push([index, storedSite.get(rows[index][0]) ?? null]);
  }
  return { skipped };
});

const touch = db.prepare('UPDATE devices SET last_seen_at = ?, clock_offset_ms = COALESCE(?, clock_offset_ms) WHERE id = ?');
const contact = db.prepare('INSERT INTO site_contacts (site_id, bucket) VALUES (?, ?) ON CONFLICT DO NOTHING');
const seen = db.transaction((devices, contacts) => {
  for (const [id, lastSeenAt, clockOffsetMs] of devices) touch.run(lastSeenAt, clockOffsetMs, id);
  for (const [siteId, bucket] of contacts) contact.run(siteId, bucket);
});

// The checkpoint (sqlite-connection.mjs), once no write came for QUIET_MS: after a storm, not in
// the middle of it, where checkpoints every 1,000 pages made each commit take as long as its
// inserts (A/Bs of 22 rounds: +5 % and +7 % msg/s in the two storms of 30,000 messages;
// BENCHMARKS.md, server ingest). PASSIVE: it copies what no reader still needs and waits for no
// one. A WAL that reaches CHECKPOINT_PAGES in a long storm is checkpointed by the commit that
// reaches it.
const QUIET_MS = 100;
let quiet;
const checkpointWhenQuiet = () => {
  clearTimeout(quiet);
  quiet = setTimeout(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A busy or failing checkpoint leaves the WAL as it is; the next one, or a commit, takes it up.
    }
  }, QUIET_MS);
};

parentPort.on('message', (request) => {
  try {
    if (request.op === 'store') parentPort.postMessage({ id: request.id, ...store.immediate(request.rows) });
    else if (request.op === 'seen') {
      seen.immediate(request.devices, request.contacts);
      parentPort.postMessage({ id: request.id });
    } else if (request.op === 'close') {
      clearTimeout(quiet);
      db.close();
      parentPort.postMessage({ id: request.id });
      parentPort.close();
    } else throw new Error(`unknown request ${String(request.op)}`);
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: { message: error instanceof Error ? error.message : String(error), code: error?.code } });
  }
  if (request.op !== 'close') checkpointWhenQuiet();
});
