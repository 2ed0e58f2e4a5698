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
// Answers:  { id, inserted: string[], stored: [id, siteId | null][] } | { id } | { id, error: { message, code } }
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteConnection } from './sqlite-connection.mjs';

/** Rows per multi-row INSERT: 8 parameters each, far below SQLite's limit of 32,766. */
const INSERT_CHUNK = 250;

const db = openSqliteConnection(workerData.file);

const insertStatements = new Map();
/** The multi-row insert for `count` rows, prepared once per size. */
function insertStatement(count) {
  let statement = insertStatements.get(count);
  if (!statement) {
    statement = db.prepare(
      `INSERT INTO messages (id, type, site_id, device_id, created_at, payload, origin, received_at)
       VALUES ${Array.from({ length: count }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (id) DO NOTHING RETURNING id`,
    );
    insertStatements.set(count, statement);
  }
  return statement;
}

// Multi-row INSERTs in row order, so the sequence numbers follow the rows; then the ids that
// were not inserted, with their site, to tell a duplicate from a conflict.
const store = db.transaction((rows) => {
  const inserted = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    for (const { id } of insertStatement(chunk.length).all(chunk.flat())) inserted.push(id);
  }
  const insertedIds = new Set(inserted);
  const others = [...new Set(rows.map((row) => row[0]).filter((id) => !insertedIds.has(id)))];
  const stored = [];
  for (let start = 0; start < others.length; start += INSERT_CHUNK) {
    const ids = others.slice(start, start + INSERT_CHUNK);
    const found = db.prepare(`SELECT id, site_id FROM messages WHERE id IN (${ids.map(() => '?').join(', ')})`).all(ids);
    for (const row of found) stored.push([row.id, row.site_id]);
  }
  return { inserted, stored };
});

const touch = db.prepare('UPDATE devices SET last_seen_at = ?, clock_offset_ms = COALESCE(?, clock_offset_ms) WHERE id = ?');
const contact = db.prepare('INSERT INTO site_contacts (site_id, bucket) VALUES (?, ?) ON CONFLICT DO NOTHING');
const seen = db.transaction((devices, contacts) => {
  for (const [id, lastSeenAt, clockOffsetMs] of devices) touch.run(lastSeenAt, clockOffsetMs, id);
  for (const [siteId, bucket] of contacts) contact.run(siteId, bucket);
});

parentPort.on('message', (request) => {
  try {
    if (request.op === 'store') parentPort.postMessage({ id: request.id, ...store.immediate(request.rows) });
    else if (request.op === 'seen') {
      seen.immediate(request.devices, request.contacts);
      parentPort.postMessage({ id: request.id });
    } else if (request.op === 'close') {
      db.close();
      parentPort.postMessage({ id: request.id });
      parentPort.close();
    } else throw new Error(`unknown request ${String(request.op)}`);
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: { message: error instanceof Error ? error.message : String(error), code: error?.code } });
  }
});
