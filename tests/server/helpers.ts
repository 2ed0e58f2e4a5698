/**
 * Shared helpers for the server tests and for the end-to-end tests that spawn the real
 * coordination point. No test-runner imports here, so any test config can use it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import type { EnrollResponse, Envelope, MessageType, PayloadOf } from '../../src/domain';
import { issueEnrollmentCode } from '../../server/auth';
import { openStorage, type Storage } from '../../server/storage';
import { SERVER_NODE_ARGS, serverNodeEnv } from '../../scripts/server-node.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function makeTempDir(prefix = 'nsp-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------------------------
// Messages with valid payloads

export function envelope<T extends MessageType>(
  type: T,
  payload: PayloadOf<T>,
  where: { siteId: string; deviceId: string },
  id: string = randomUUID(),
): Envelope<T> {
  return { id, type, siteId: where.siteId, deviceId: where.deviceId, createdAt: new Date().toISOString(), payload };
}

export function signalPayload(text = 'No water pressure in Kerkstraat'): PayloadOf<'signal.created'> {
  return { id: randomUUID(), category: 'water', text, at: new Date().toISOString() };
}

export function stockMovedPayload(delta = -2): PayloadOf<'stock.moved'> {
  return { id: randomUUID(), itemId: randomUUID(), kind: 'issued', delta, by: 'Desk 1', at: new Date().toISOString() };
}

export function bulletinPayload(title = 'Drinking water at the church'): PayloadOf<'bulletin.published'> {
  const updatedAt = `${String(Date.now()).padStart(15, '0')}-00000-coordination`;
  return {
    id: randomUUID(),
    category: 'drinkingWater',
    nl: { title: 'Drinkwater bij de kerk', body: 'Haal water bij de kerk.', updatedAt },
    de: { title: 'Trinkwasser an der Kirche', body: 'Wasser gibt es an der Kirche.', updatedAt },
    en: { title, body: 'Get water at the church.', updatedAt },
    source: 'coordination',
    version: 1,
    pinned: true,
    sample: false,
    deleted: false,
    updatedAt,
  };
}

export function signalMessage(where: { siteId: string; deviceId: string }, text?: string): Envelope<'signal.created'> {
  return envelope('signal.created', signalPayload(text), where);
}

// ---------------------------------------------------------------------------------------------
// Storage for tests

/** A migrated SQLite storage in a fresh temp dir, or PostgreSQL in a fresh schema. */
export async function openTestStorage(databaseUrl?: string): Promise<{ storage: Storage; cleanup(): Promise<void> }> {
  if (databaseUrl) {
    const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const storage = openStorage({ databaseUrl, dataDir: '', schema });
    await storage.migrate();
    return {
      storage,
      cleanup: async () => {
        await storage.close();
        await dropSchema(databaseUrl, schema);
      },
    };
  }
  const temp = makeTempDir('nsp-storage-');
  const storage = openStorage({ dataDir: temp.dir });
  await storage.migrate();
  return {
    storage,
    cleanup: async () => {
      await storage.close();
      temp.remove();
    },
  };
}

export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty PostgreSQL database next to the one in `databaseUrl`, for tests that start the
 * real server (which uses the default schema): dropped again by `drop()`.
 */
export async function createTestDatabase(databaseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A fresh single-use enrollment code for a site in the server's storage (the site is created
 * when missing). Works while the server runs: SQLite in WAL mode takes a second connection.
 */
export async function makeEnrollmentCode(
  dataDir: string,
  siteName = 'Dinxperlo',
  options: { databaseUrl?: string; municipality?: string; validHours?: number } = {},
): Promise<{ code: string; siteId: string; siteName: string }> {
  const storage = openStorage({ dataDir, databaseUrl: options.databaseUrl });
  try {
    await storage.migrate();
    const site =
      (await storage.findSite(siteName)) ?? (await storage.createSite({ name: siteName, municipality: options.municipality ?? 'Aalten' }));
    const { code } = await issueEnrollmentCode(storage, site.id, { validHours: options.validHours });
    return { code, siteId: site.id, siteName: site.name };
  } finally {
    await storage.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The real server process

export interface ServerProcess {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: what a power cut looks like to the database. */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  dataDir: string;
  distDir?: string;
  /** 0 or omitted: the OS picks a free port; the helper reads it from the server's output. */
  port?: number;
  databaseUrl?: string;
  logLevel?: string;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
  /** The checkout whose server runs (default: this one); an A/B bench runs an earlier commit's. */
  root?: string;
}

/**
 * Starts `server/main.ts` as its own process. It runs under `node --import tsx` rather than the
 * tsx binary because the binary runs the server in a child process: a SIGKILL would hit only
 * the wrapper and leave the server running.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  // Another checkout's server starts with that checkout's flags too (scripts/server-node.mjs).
  const launcher = options.root
    ? ((await import(pathToFileURL(path.join(options.root, 'scripts', 'server-node.mjs')).href)) as { SERVER_NODE_ARGS: string[]; serverNodeEnv?: typeof serverNodeEnv })
    : { SERVER_NODE_ARGS, serverNodeEnv };
  const environment = {
    ...process.env,
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    DIST_DIR: options.distDir ?? path.join(REPO_ROOT, 'dist'),
    DATABASE_URL: options.databaseUrl ?? '',
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...options.env,
  };
  const child = spawn(process.execPath, launcher.SERVER_NODE_ARGS, {
    cwd: options.root ?? REPO_ROOT,
    // A checkout from before the twenty-fifth session has no serverNodeEnv: its server ran with the environment as it is.
    env: launcher.serverNodeEnv ? launcher.serverNodeEnv(environment) : environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Server did not start within ${options.startTimeoutMs ?? 30_000} ms:\n${output}`));
    }, options.startTimeoutMs ?? 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Local:\s+http:\/\/[^:/\s]+:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (more: Buffer) => (output += more.toString('utf8')));
      const port = Number(match[1]);
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        child,
        output: () => output,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

/** Enrolls a device over HTTP, as a tablet does. */
export async function enrollOverHttp(url: string, code: string, deviceName = 'Tablet 1'): Promise<EnrollResponse> {
  const response = await fetch(`${url}/api/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  if (!response.ok) throw new Error(`Enrollment failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as EnrollResponse;
}

/** Runs the admin CLI (`npm run cp -- ...`) against a data dir, as its own process. */
export function runCli(
  dataDir: string,
  args: string[],
  options: { databaseUrl?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: options.databaseUrl ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The first `ABCD-EFGH` code in a text (CLI or server output). */
export function findEnrollmentCode(text: string): string | undefined {
  return /\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b/.exec(text)?.[0];
}
