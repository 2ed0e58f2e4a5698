/**
 * How a group of pushed messages travels to PostgreSQL (part of benchmark 6, server ingest):
 * the statement the server uses, which sends the rows as one JSON document
 * (`json_to_recordset`), against the one it used until 2026-11-28, eight `text[]` parameters
 * (`unnest`), which node-postgres escapes element by element in JavaScript. Groups of 5,000
 * messages like the ingest bench's, into the server's own schema (its migrations), interleaved;
 * per row: this process's CPU, the PostgreSQL backend's CPU (/proc, Linux) and the wall time.
 * Run: node --import tsx bench/pg-store.bench.ts [rounds]
 * PostgreSQL: BENCH_DATABASE_URL, or a throwaway cluster started with scripts/pg-test-cluster.sh.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { PostgresStorage, storeMessagesQuery } from '../server/storage/postgres';
import type { NewMessage } from '../server/storage/types';
import { createTestDatabase } from '../tests/server/helpers';
import { startPostgres } from './lib/postgres';

const ROUNDS = Number(process.argv[2] ?? 12);
const GROUP = 5000;
const LOCK = 0x4e535001; // the server's, for the statement it used before

type Row = NewMessage & { payloadJson: string };

const postgres = startPostgres();
const database = await createTestDatabase(postgres.url);
try {
  // The server's schema, made by its migrations; then a plain connection, as the server's store connection.
  const storage = new PostgresStorage({ connectionString: database.url });
  await storage.migrate();
  const sites: string[] = [];
  for (let index = 0; index < 100; index += 1) sites.push((await storage.createSite({ name: `Punt ${index}`, municipality: 'Aalten' })).id);
  await storage.close();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const backendPid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const backendCpuMs = () => {
    const fields = readFileSync(`/proc/${backendPid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };

  const group = (): Row[] =>
    Array.from({ length: GROUP }, (_, index) => {
      const at = new Date().toISOString();
      return {
        id: randomUUID(),
        type: (['visit.registered', 'stock.moved', 'household.updated'] as const)[index % 3],
        siteId: sites[index % sites.length],
        deviceId: randomUUID(),
        createdAt: at,
        payloadJson: JSON.stringify({ householdId: randomUUID(), name: 'Jansen "de" Vries', postcode: '7012 AB', houseNumber: String(index), people: 3, note: 'Insuline, "koelkast" nodig', at }),
        origin: 'device' as const,
        receivedAt: at,
      };
    });

  const shapes: Record<string, (rows: Row[]) => pg.QueryConfig> = {
    // The statement as it was until 2026-11-28 (server/storage/postgres.ts then).
    'eight text[] (unnest), before': (rows) => ({
      name: 'unnest',
      text: `WITH lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(${LOCK}::bigint))
        INSERT INTO messages (id, type, site_id, device_id, created_at, payload, origin, received_at)
        SELECT id, type, site_id, device_id, created_at, payload::json, origin, received_at::timestamptz
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
          WITH ORDINALITY AS batch (id, type, site_id, device_id, created_at, payload, origin, received_at, position)
          CROSS JOIN lock
        ORDER BY position ON CONFLICT (id) DO NOTHING RETURNING id`,
      values: (['id', 'type', 'siteId', 'deviceId', 'createdAt', 'payloadJson', 'origin', 'receivedAt'] as const).map((key) => rows.map((row) => row[key])),
    }),
    // The server's own.
    'one JSON document (json_to_recordset), now': storeMessagesQuery,
  };

  const figures = new Map(Object.keys(shapes).map((name) => [name, { own: [] as number[], backend: [] as number[], wall: [] as number[] }]));
  for (let round = 0; round <= ROUNDS; round += 1) {
    // Alternate which goes first; round 0 warms both up and is not counted.
    const order = round % 2 === 0 ? Object.entries(shapes) : Object.entries(shapes).reverse();
    for (const [name, shape] of order) {
      const rows = group();
      const ownBefore = process.cpuUsage();
      const backendBefore = backendCpuMs();
      const started = performance.now();
      const result = await client.query(shape(rows));
      const wall = performance.now() - started;
      const own = process.cpuUsage(ownBefore);
      if (result.rowCount !== GROUP) throw new Error(`${name}: ${result.rowCount} of ${GROUP} rows stored`);
      if (round === 0) continue;
      const figure = figures.get(name)!;
      figure.own.push((own.user + own.system) / GROUP);
      figure.backend.push(((backendCpuMs() - backendBefore) * 1000) / GROUP);
      figure.wall.push((wall * 1000) / GROUP);
    }
  }
  await client.end();

  const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(1);
  console.log(
    `Storing groups of ${GROUP} messages in PostgreSQL, ${ROUNDS} interleaved rounds · ${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model}) · Node ${process.version}`,
  );
  console.table(
    Object.fromEntries(
      [...figures].map(([name, figure]) => [
        name,
        { 'this process, CPU µs/row': median(figure.own), 'PostgreSQL backend, CPU µs/row': median(figure.backend), 'wall µs/row': median(figure.wall) },
      ]),
    ),
  );
  console.log('Medians over the rounds; the backend\'s CPU is read in ticks of 10 ms (2 µs a row).');
} finally {
  await database.drop();
  postgres.stop();
}
