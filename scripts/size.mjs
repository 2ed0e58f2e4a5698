// Size report: the JS and CSS a first visit must load before the app is usable, gzipped.
// Budget (issue 2): initial JS <= 150 KB gzipped. Exits 1 when over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const BUDGET_KB = 150;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const rows = initial.map((file) => ({ file, kb: gz(file) }));
const js = rows.filter((row) => row.file.endsWith('.js')).reduce((sum, row) => sum + row.kb, 0);
const css = rows.filter((row) => row.file.endsWith('.css')).reduce((sum, row) => sum + row.kb, 0);
const lazy = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js') && !initial.includes(`assets/${file}`));

for (const row of rows) console.log(`  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
console.log(`initial JS ${js.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB), CSS ${css.toFixed(1)} KB`);
for (const file of lazy) console.log(`  lazy ${gz(`assets/${file}`).toFixed(1).padStart(6)} KB  ${file}`);
if (js > BUDGET_KB) {
  console.error(`Initial JS is over budget by ${(js - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
