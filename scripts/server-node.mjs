// How the coordination point's server process is started: by `npm start`, `npm run serve`, and
// by the tests and benchmarks that run it as its own process. One place, so that what the
// benchmarks measure is what runs.
//
// --max-semi-space-size=32 (MB): a push allocates many short-lived objects (the parsed body,
// checked envelopes, the rows' SQL values); with the default young generation, collections
// took a quarter of the server's CPU while 300 tablets pushed to PostgreSQL, 14 % with this
// (BENCHMARKS.md, server ingest).
//
// PROF_DIR=/some/dir: the server also writes a CPU profile of each thread there when it stops
// (node refuses --cpu-prof in NODE_OPTIONS), e.g. of a benchmark's storm.
// SERVER_V8_FLAGS='--trace-gc …': more flags for the server's node, for experiments (node refuses
// most V8 flags in NODE_OPTIONS); bench/ingest.bench.ts's BENCH_SERVER_OUT keeps what it printed.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32', ...(process.env.SERVER_V8_FLAGS ? process.env.SERVER_V8_FLAGS.split(' ').filter(Boolean) : []), ...(process.env.PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF_DIR}`] : [])];

/** Arguments for `node` that run the server (under tsx, as its own process, so signals reach it). */
export const SERVER_NODE_ARGS = [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'];
