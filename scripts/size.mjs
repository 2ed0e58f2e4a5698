// Size report: the JS and CSS a first visit must load before the page runs, gzipped, per HTML
// page: the app (index.html; budget of issue 2: initial JS <= 150 KB) and the public info
// screen's lean page (kiosk.html; goal of issue 9: <= 100 KB). Exits 1 when over budget, or
// when two chunks import each other (directly or round about): vite.config.ts groups some
// modules without their dependencies, and a cycle between chunks can run a module before the
// one it needs. The CSS is counted per file, though the pages carry it inline (each file's
// link stays in the page, disabled: vite.config.ts, inlineFirstScreenCss).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const PAGES = [
  { page: 'index.html', budgetKb: 150 },
  { page: 'kiosk.html', budgetKb: 100 },
];
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

let over = false;
const initialFiles = new Set();
for (const { page, budgetKb } of PAGES) {
  const html = readFileSync(join(dist, page), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  const rows = initial.map((file) => ({ file, kb: gz(file) }));
  const js = rows.filter((row) => row.file.endsWith('.js')).reduce((sum, row) => sum + row.kb, 0);
  const css = rows.filter((row) => row.file.endsWith('.css')).reduce((sum, row) => sum + row.kb, 0);
  console.log(page);
  for (const row of rows) {
    initialFiles.add(row.file);
    console.log(`  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
  }
  console.log(`initial JS of ${page}: ${js.toFixed(1)} KB gzipped (budget ${budgetKb} KB), CSS ${css.toFixed(1)} KB\n`);
  if (js > budgetKb) {
    console.error(`Initial JS of ${page} is over budget by ${(js - budgetKb).toFixed(1)} KB`);
    over = true;
  }
}
const lazy = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js') && !initialFiles.has(`assets/${file}`));
for (const file of lazy) console.log(`  lazy ${gz(`assets/${file}`).toFixed(1).padStart(6)} KB  ${file}`);

/** The chunks each chunk imports statically (`from "./x.js"`, `import "./x.js"`). */
const chunks = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
const imports = new Map(
  chunks.map((file) => {
    const code = readFileSync(join(dist, 'assets', file), 'utf8');
    return [file, [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)].map((match) => match[1])];
  }),
);
const visiting = new Set();
const done = new Set();
const cycles = [];
const visit = (file, path) => {
  visiting.add(file);
  for (const next of imports.get(file) ?? []) {
    if (visiting.has(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
    else if (!done.has(next)) visit(next, [...path, next]);
  }
  visiting.delete(file);
  done.add(file);
};
for (const file of chunks) if (!done.has(file)) visit(file, [file]);
for (const cycle of cycles) console.error(`Chunks that import each other: ${cycle}`);
if (over || cycles.length > 0) process.exit(1);
