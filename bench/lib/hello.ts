/** The floor of the start-up benchmarks: the smallest React PWA with the same plugins and precache settings. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Builds the hello PWA in `dir` (inside the repository, so it resolves the same packages); returns its dist. */
export async function buildHello(dir: string): Promise<string> {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8" /><title>hello</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>');
  writeFileSync(
    path.join(dir, 'src/main.tsx'),
    `import { createRoot } from 'react-dom/client';\nimport { Workbox } from 'workbox-window';\ncreateRoot(document.getElementById('root')!).render(<button data-ready="1">hello</button>);\nvoid new Workbox('/sw.js').register();\n`,
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    build: { outDir: path.join(dir, 'dist'), target: 'es2022', emptyOutDir: true },
    plugins: [
      react(),
      VitePWA({
        injectRegister: false,
        registerType: 'prompt',
        manifest: { name: 'hello', short_name: 'hello', icons: [] },
        workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: '/index.html', clientsClaim: true, skipWaiting: false },
      }),
    ],
  });
  return path.join(dir, 'dist');
}
