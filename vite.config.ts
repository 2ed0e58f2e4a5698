/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

/**
 * `/kiosk-snapshot.js`: the classic script added to kiosk.html that shows the kiosk's last screen
 * when the live one is slow to come (src/features/info/kiosk/snapshotScript.js). Not a module, so
 * not bundled: emitted minified as it is, precached with the rest; `async`, so the parser and the
 * modules never wait for it.
 */
function kioskSnapshotScript(): Plugin {
  // From this file's folder, not the working directory: the A/B benches build other checkouts.
  const SOURCE = fileURLToPath(new URL('./src/features/info/kiosk/snapshotScript.js', import.meta.url));
  const NAME = 'kiosk-snapshot.js';
  return {
    name: 'noodsteunpunt:kiosk-snapshot-script',
    configureServer(server) {
      server.middlewares.use(`/${NAME}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(SOURCE, 'utf8'));
      });
    },
    // Into kiosk.html after Vite's own script handling (which would try to bundle it).
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => (context.filename.endsWith('kiosk.html') ? [{ tag: 'script', attrs: { src: `/${NAME}`, async: true }, injectTo: 'body' }] : []),
    },
    generateBundle() {
      const { code, errors } = minifySync(NAME, readFileSync(SOURCE, 'utf8'), { compress: true, mangle: true });
      if (errors.length > 0) this.error(`${SOURCE}: ${errors.map((error) => error.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: NAME, source: code });
    },
  };
}

/**
 * Each page's first-screen CSS inlined into its HTML (index.html, kiosk.html) as a `<style>`:
 * a stylesheet link is a request through the service worker that the page's modules wait for
 * (Blink runs no script before the stylesheets above it have loaded), and each request costs a
 * slow tablet's main thread a few ms to issue. The CSS files stay in the build, and each keeps a
 * `disabled` link in the page, which the browser does not fetch: Vite's preload helper finds it
 * there when a lazy chunk lists that file, and does not load the same rules again. Our CSP
 * allows inline styles (style-src 'unsafe-inline'), not inline scripts.
 */
function inlineFirstScreenCss(): Plugin {
  const LINK = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g;
  return {
    name: 'noodsteunpunt:inline-first-screen-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        html.replace(LINK, (link, file: string) => {
          const asset = context.bundle?.[file];
          if (asset?.type !== 'asset') return link;
          return `<style>${String(asset.source).replaceAll('</style', '<\\/style')}</style><link rel="stylesheet" crossorigin href="/${file}" disabled>`;
        }),
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two pages: the app, and the public info screen's lean entry (served for /kiosk; offline
    // the service worker finds kiosk.html for /kiosk through its clean-URL lookup).
    rollupOptions: {
      input: { app: 'index.html', kiosk: 'kiosk.html' },
      // What every page runs before its first screen, in one chunk: React and react-dom,
      // i18next with our translation hook (src/i18n/useTranslation.ts), zustand with the
      // session, Vite's preload helper and the first-screen signal. Left to itself, rolldown cut
      // these into 7 files of 0.1-3 KB, because the lazy screens share different parts of them;
      // each file is a request and a module to link on a slow tablet's main thread. Desk 13 -> 7
      // files (108.2 -> 105.9 KB), kiosk 15 -> 9 (99.8 -> 97.5 KB); A/B in BENCHMARKS.md,
      // section 1. (i18next itself joins as a dependency of the i18n core, since the seventeenth
      // session, below.) The smallest shared domain modules of the
      // kiosk's first screen (the HLC, the info-card rules, the database's name: 1.5 KB) joined
      // the group later, and the kiosk screen's own modules are one file, not three: the kiosk
      // page 9 -> 5 files. Without their dependencies (the exit dialog and its database stay
      // lazy); `npm run size` fails if that ever makes two chunks import each other.
      // Measured in BENCHMARKS.md, section 1 (fifteenth session). Since the seventeenth session
      // the group also holds the rest of what both pages run first (the i18n core with the shell's
      // Dutch and German texts, the router, the service worker's registration and update banner,
      // the boot module) and the desk's small first-screen modules (the search query's parser,
      // the needs, the link's store; 0.7 KB the kiosk now loads too): desk 7 -> 3 JS files,
      // kiosk 5 -> 4. A/B: desk 443 -> 385 ms and 571 -> 523 ms, kiosk 500 -> 461 ms. Rolldown's
      // own helpers stay a 0.4 KB file of their own: rolldown 1.2 splits its runtime module out
      // before the groups apply (a test matching it changed nothing in the build).
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'start',
              test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]|preload-helper|modulepreload-polyfill|src[\\/]app[\\/](firstScreen|idle|router|boot|serviceWorker|UpdateBanner|CivilProtectionSign)\.tsx?$|src[\\/]i18n[\\/](core|texts|nl|de|useTranslation)\.ts|src[\\/]features[\\/]common[\\/]useNow\.ts|src[\\/]state[\\/]session\.ts|src[\\/]domain[\\/](hlc|infoCards|householdQuery|postcode|needs)\.ts|src[\\/]db[\\/]name\.ts|src[\\/]sync[\\/]linkStore\.ts/,
            },
            { name: 'KioskScreen', includeDependenciesRecursively: false, test: /src[\\/]features[\\/]info[\\/](KioskScreen\.tsx|kiosk[\\/](?!KioskExitDialog)|texts\.ts|time\.ts|starterIds\.ts|useStarterCards\.ts|useWakeLock\.ts)/ },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    kioskSnapshotScript(),
    inlineFirstScreenCss(),
    VitePWA({
      // We register through workbox-window ourselves (src/app/serviceWorker.ts) for the update flow.
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['icons/icon-48.png', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Noodsteunpunt',
        short_name: 'Noodsteunpunt',
        description: 'Noodsteunpunt: registratie, noodmeldingen, voorraad en informatie, ook zonder verbinding.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#0b3d91',
        theme_color: '#0b3d91',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every route's chunk and both languages are in the install-time precache: a point may
        // be offline from its first minute.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
