import { defineConfig } from 'vitest/config';

// Chaos suite: real server process, fault proxy, simulated tablets (+ one Chromium tablet).
export default defineConfig({
  test: {
    include: ['tests/chaos/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
