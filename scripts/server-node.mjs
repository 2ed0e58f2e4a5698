// How the coordination point's server process is started: by `npm start`, `npm run serve`, and
// by the tests and benchmarks that run it as its own process. One place, so that what the
// benchmarks measure is what runs.
//
// --max-semi-space-size=32 (MB): a push allocates many short-lived objects (the parsed body,
// checked envelopes, the rows' SQL values); with the default young generation, collections
// took a quarter of the server's CPU while 300 tablets pushed to PostgreSQL, 14 % with this
// (BENCHMARKS.md, server ingest).
//
// --min-semi-space-size=16 (MB): V8 shrinks an isolate's young generation to its floor (1 MB),
// and gives back its pages, at the first collection after a quiet spell, and a reconnect storm
// comes after one: the storm then grew it back page by page. On this project's virtual machines
// a fresh page costs a page fault of about 12 µs (BENCHMARKS.md, server ingest, twenty-fifth
// session).
//
// PROF_DIR=/some/dir: the server also writes a CPU profile of each thread there when it stops
// (node refuses --cpu-prof in NODE_OPTIONS), e.g. of a benchmark's storm.
// SERVER_V8_FLAGS='--trace-gc …': more flags for the server's node, for experiments (node refuses
// most V8 flags in NODE_OPTIONS); bench/ingest.bench.ts's BENCH_SERVER_OUT keeps what it printed.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32', '--min-semi-space-size=16', ...(process.env.SERVER_V8_FLAGS ? process.env.SERVER_V8_FLAGS.split(' ').filter(Boolean) : []), ...(process.env.PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF_DIR}`] : [])];

/** Arguments for `node` that run the server (under tsx, as its own process, so signals reach it). */
export const SERVER_NODE_ARGS = [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'];

/**
 * glibc's malloc, told to keep the memory it has. By default it maps a block over 128 KB on its
 * own and unmaps it when freed: the structured clone of a group of rows handed to SQLite's writer
 * thread (a few MB) was mapped fresh for every group, each page a page fault. With these, up to
 * 32 MB comes from malloc's arenas, and an arena's free top is kept until it reaches 1 GB
 * instead of 128 KB: memory kept after a storm rather than faulted in again in the next (tens
 * of MB). Added to any GLIBC_TUNABLES already set.
 */
const MALLOC_TUNABLES = 'glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824';

/** Environment for the server's process: the caller's, with MALLOC_TUNABLES. */
export function serverNodeEnv(env = process.env) {
  return { ...env, GLIBC_TUNABLES: env.GLIBC_TUNABLES ? `${env.GLIBC_TUNABLES}:${MALLOC_TUNABLES}` : MALLOC_TUNABLES };
}
