// Renders the PWA icons (the civil protection sign) to PNG with Debian's Chromium.
// Run once when the sign changes: node scripts/make-icons.mjs. The PNGs are committed.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const plain = `<rect width="100" height="100" fill="#0b3d91"/><polygon points="50,14 91.6,86 8.4,86" fill="#f28c00"/>`;
// Maskable icons may be cropped to a circle: keep the triangle inside the central 80 %.
const maskable = `<rect width="100" height="100" fill="#0b3d91"/><polygon points="50,27 79.4,78 20.6,78" fill="#f28c00"/>`;
// The favicon: the plain sign with rounded corners. A PNG, not an SVG: Chromium builds a whole
// SVG document on the page's main thread to decode an SVG favicon (15 ms of a kiosk's start at
// 4x CPU throttling, in the middle of it; BENCHMARKS.md section 1).
const favicon = plain.replace('<rect ', '<rect rx="8" ');
const targets = [
  ['public/icons/icon-48.png', 48, favicon],
  ['public/icons/icon-192.png', 192, plain],
  ['public/icons/icon-512.png', 512, plain],
  ['public/icons/icon-maskable-512.png', 512, maskable],
  ['public/icons/apple-touch-icon.png', 180, plain],
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [file, size, body] of targets) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">${body}</svg></body></html>`);
  await page.screenshot({ path: file, omitBackground: true });
  console.log('wrote', file);
}
await browser.close();
