// `npm start`: build the PWA when it is missing or older than its sources, then run the
// coordination point. Plain Node ESM so it runs before anything is compiled.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_ARGS, serverNodeEnv } from './server-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const distIndex = path.join(process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(root, 'dist'), 'index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'];

/** Newest modification time under a file or folder (0 when it does not exist). */
function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildReason() {
  if (!existsSync(distIndex)) return 'the app is not built yet';
  const built = statSync(distIndex).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(path.join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

// `npm run serve` passes --no-build: start the server as it is.
const noBuild = process.argv.includes('--no-build');
const reason = noBuild ? null : buildReason();
if (reason) {
  console.log(`Building the tablet app (${reason})...`);
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.error('The build failed (see above). Starting the server anyway; it will ask for a build at /.');
  }
}

if (noBuild) console.log('Starting without a build check (npm run serve).');
const server = spawn(process.execPath, SERVER_NODE_ARGS, { cwd: root, env: serverNodeEnv(), stdio: 'inherit' });

// Pass Ctrl+C and service-manager stops on, so the server can close its database cleanly.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}

server.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, so whoever started us sees how the server ended.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
server.on('error', (error) => {
  console.error('Could not start the server:', error.message);
  process.exit(1);
});
