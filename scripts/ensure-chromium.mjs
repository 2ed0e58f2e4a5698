// Real-browser tests need Debian's Chromium, and the print tests Poppler's pdfinfo and
// pdftotext (they count and read the pages of the PDFs Chromium prints). As root we install
// what is missing; otherwise we say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const onPath = (command) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));
const missing = [];
if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
if (!onPath('pdfinfo') || !onPath('pdftotext')) missing.push('poppler-utils');

if (missing.length > 0) {
  if (process.getuid?.() === 0) {
    console.log(`Missing for the real-browser tests: installing Debian's ${missing.join(' and ')} (about 35 s)…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  } else {
    console.error(`Missing for the real-browser tests: ${missing.join(', ')}. Install with: sudo apt-get install -y ${missing.join(' ')}${missing.includes('chromium') ? ' (or set CHROMIUM_PATH)' : ''}.`);
    process.exit(1);
  }
}
