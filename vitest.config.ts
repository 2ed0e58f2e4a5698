import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, component and server tests. Real-browser tests live in tests/e2e and have their own
// config (vitest.e2e.config.ts) because they need a production build first.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/chaos/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
