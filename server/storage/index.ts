/**
 * Picks the storage: PostgreSQL when a database URL is given, else the embedded SQLite file
 * `<dataDir>/coordination.sqlite` (its folder is created). Call `migrate()` before use.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PostgresStorage } from './postgres';
import { SqliteStorage } from './sqlite';
import type { Storage } from './types';

export * from './types';

export interface StorageConfig {
  databaseUrl?: string;
  dataDir: string;
  /** PostgreSQL only: keep the tables in this schema (tests use a fresh one per run). */
  schema?: string;
}

export const SQLITE_FILE_NAME = 'coordination.sqlite';

export function openStorage(config: StorageConfig): Storage {
  if (config.databaseUrl) return new PostgresStorage({ connectionString: config.databaseUrl, schema: config.schema });
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteStorage(path.join(path.resolve(config.dataDir), SQLITE_FILE_NAME));
}

/** Storage chosen by the same environment variables as the server (DATABASE_URL, DATA_DIR). */
export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './data' };
}
