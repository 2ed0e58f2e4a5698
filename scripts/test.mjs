// `npm test`: lint, typecheck, unit/component/server/sync tests, then the real-browser tests
// against a fresh production build, then the bundle size budget. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['unit, component, server and sync tests', 'npx', ['vitest', 'run']],
  ['chromium and poppler', 'node', ['scripts/ensure-chromium.mjs']],
  ['production build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['real-browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
  ['chaos suite (2,000 messages; npm run chaos for 10,000)', 'npx', ['vitest', 'run', '--config', 'vitest.chaos.config.ts']],
  ['bundle size', 'node', ['scripts/size.mjs']],
];

if (!process.env.TEST_DATABASE_URL) {
  console.log('Note: TEST_DATABASE_URL is not set, so the PostgreSQL storage tests are skipped (SQLite runs). See README.');
}

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
