/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two pages: the app, and the public info screen's lean entry (served for /kiosk; offline
    // the service worker finds kiosk.html for /kiosk through its clean-URL lookup).
    rollupOptions: { input: { app: 'index.html', kiosk: 'kiosk.html' } },
  },
  plugins: [
    react(),
    VitePWA({
      // We register through workbox-window ourselves (src/app/serviceWorker.ts) for the update flow.
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
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
