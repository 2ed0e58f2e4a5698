/**
 * Where an offline cold start's main-thread time goes: the floor (the hello PWA) against a route
 * of ours, each start traced (Chrome's trace, in a new renderer, 4x CPU throttling, the network
 * off: the way of startup.bench.ts), then the median self time per trace event over the starts,
 * side by side, largest difference first. Also each start's time to usable and its first
 * contentful paint. An instrument for finding what to make faster, not a benchmark: tracing
 * slows every start (both subjects), and the subjects run one after the other, each browser
 * alone on the machine, unlike the interleaved benches.
 * Run: node --import tsx bench/startup-trace.ts [starts per session, 5] [sessions, 2] [route, /desk]
 * (STARTUP_TRACE_DIR keeps the traces, which Chrome's DevTools and ui.perfetto.dev open;
 * STARTUP_TRACE_CATEGORIES replaces the trace categories, e.g. adding
 * disabled-by-default-v8.cpu_profiler for JS samples.)
 * The first start of each session is left out of the table: it is the one that produces V8's
 * code cache (BENCHMARKS.md section 1, eighteenth session).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../tests/e2e/harness';
import { REPO_ROOT, makeTempDir, startServerProcess } from '../tests/server/helpers';
import { machineLine, median } from './lib/env';
import { READY, buildHello, coldStartTimes, installedOffline, newTab } from './lib/startup';

const [perSession = '5', sessions = '2', route = '/desk'] = process.argv.slice(2);
const CATEGORIES = (process.env.STARTUP_TRACE_CATEGORIES ?? 'devtools.timeline,blink,loading,toplevel,v8,blink.user_timing').split(',');
const ready = route === '/kiosk' ? READY.kiosk : route === '/desk' ? READY.desk : 'main [data-testid]';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Self time per event name on the page's main thread, from navigation to `usable` (ms). */
function selfTimes(events: TraceEvent[], usable: number): Map<string, number> {
  const threadNames = new Map(events.filter((event) => event.ph === 'M' && event.name === 'thread_name').map((event) => [`${event.pid}:${event.tid}`, event.args?.name]));
  const busy = new Map<string, number>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (threadNames.get(thread) === 'CrRendererMain' && event.ph === 'X') busy.set(thread, (busy.get(thread) ?? 0) + (event.dur ?? 0));
  }
  // The busiest renderer main thread is the started page's.
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const pid = Number(main?.split(':')[0]);
  const navigation = events.filter((event) => event.name === 'navigationStart' && event.pid === pid).sort((a, b) => a.ts - b.ts).at(-1)?.ts ?? 0;
  const own = events
    .filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X' && event.ts >= navigation && event.ts <= navigation + usable * 1000)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const open: TraceEvent[] = [];
  const self = new Map<TraceEvent, number>();
  for (const event of own) {
    while (open.length > 0 && open.at(-1)!.ts + (open.at(-1)!.dur ?? 0) <= event.ts) open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur ?? 0) - (event.dur ?? 0));
    if (!self.has(event)) self.set(event, event.dur ?? 0);
    open.push(event);
  }
  const byName = new Map<string, number>();
  for (const [event, time] of self) byName.set(event.name, (byName.get(event.name) ?? 0) + Math.max(0, time) / 1000);
  return byName;
}

console.log(`Start-up trace: ${route} against the floor, ${perSession} traced starts in each of ${sessions} sessions · ${machineLine()}`);
const work = makeTempDir('nsp-startup-trace-');
const helloDir = path.join(REPO_ROOT, 'bench', '.work', 'hello-trace');
const keep = process.env.STARTUP_TRACE_DIR;
if (keep) mkdirSync(keep, { recursive: true });
try {
  const hello = await buildHello(helloDir);
  await build({ root: REPO_ROOT, logLevel: 'error' });
  const ours = await startServerProcess({ dataDir: path.join(work.dir, 'ours') });
  const floor = await startServerProcess({ dataDir: path.join(work.dir, 'floor'), distDir: hello });
  const subjects = [
    { name: 'floor', url: `${floor.url}/`, ready: READY.floor },
    { name: route, url: `${ours.url}${route}`, ready },
  ];
  const results = new Map<string, { usable: number[]; paint: number[]; self: Map<string, number>[] }>();
  for (const subject of subjects) {
    const result = { usable: [] as number[], paint: [] as number[], self: [] as Map<string, number>[] };
    results.set(subject.name, result);
    const browser = await launchBrowser();
    for (let session = 0; session < Number(sessions); session += 1) {
      const installed = await installedOffline(browser, subject.url, subject.ready);
      await installed.goto('about:blank');
      for (let start = 0; start < Number(perSession) + 1; start += 1) {
        const page = await newTab(installed);
        await browser.startTracing(undefined, { categories: CATEGORIES });
        const { usable } = await coldStartTimes(page, subject.url);
        const paint = (await page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN")) as number;
        const trace = await browser.stopTracing();
        await page.close();
        if (keep) writeFileSync(path.join(keep, `${subject.name.replace(/\W/g, '')}-${session}-${start}.json`), trace);
        if (start === 0) continue; // the start that produces V8's code cache
        result.usable.push(usable);
        result.paint.push(paint);
        result.self.push(selfTimes((JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents, usable));
      }
      await installed.context().close();
    }
    await browser.close();
  }
  await ours.stop();
  await floor.stop();

  const [base, subject] = [results.get('floor')!, results.get(route)!];
  console.table({
    floor: { usable: `${median(base.usable).toFixed(0)} ms`, 'first contentful paint': `${median(base.paint).toFixed(0)} ms` },
    [route]: { usable: `${median(subject.usable).toFixed(0)} ms (${(median(subject.usable) / median(base.usable)).toFixed(2)}×)`, 'first contentful paint': `${median(subject.paint).toFixed(0)} ms` },
  });
  const names = new Set([...base.self, ...subject.self].flatMap((times) => [...times.keys()]));
  const medianOf = (all: Map<string, number>[], name: string) => median(all.map((times) => times.get(name) ?? 0));
  const rows = [...names]
    .map((name) => ({ name, floor: medianOf(base.self, name), ours: medianOf(subject.self, name) }))
    .sort((a, b) => b.ours - b.floor - (a.ours - a.floor))
    .slice(0, Number(process.env.STARTUP_TRACE_ROWS ?? 25));
  console.log('Median self time on the main thread until usable, ms (largest difference first):');
  console.table(Object.fromEntries(rows.map((row) => [row.name.slice(0, 60), { floor: row.floor.toFixed(1), [route]: row.ours.toFixed(1), difference: (row.ours - row.floor).toFixed(1) }])));
} finally {
  work.remove();
  rmSync(helloDir, { recursive: true, force: true });
}
process.exit(0);
