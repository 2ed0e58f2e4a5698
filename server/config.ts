/** The server's settings, from the environment (see README: PORT, HOST, DATA_DIR, ...). */
import path from 'node:path';
import { DEFAULT_DIST_DIR } from './app';
import { WARM_UP_MESSAGES } from './warmUp';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  distDir: string;
  logLevel: string;
  /** Enrollments per minute per address (ENROLL_RATE_LIMIT, default 10). */
  enrollRateLimit: number;
  /** Messages pushed through a scratch copy of the push path before listening (WARM_UP_MESSAGES; 0: none). */
  warmUpMessages: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    distDir: path.resolve(env.DIST_DIR || DEFAULT_DIST_DIR),
    logLevel,
    enrollRateLimit: wholeNumber(env.ENROLL_RATE_LIMIT, 10, 'ENROLL_RATE_LIMIT', 1),
    warmUpMessages: wholeNumber(env.WARM_UP_MESSAGES, WARM_UP_MESSAGES, 'WARM_UP_MESSAGES'),
  };
}

function wholeNumber(text: string | undefined, fallback: number, name: string, least = 0): number {
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) throw new ConfigError(`${name} must be a whole number of at least ${least}, not "${text}"`);
  return value;
}
