/** What the server prints for the person who started it: where to point the tablets. */
import { networkInterfaces } from 'node:os';
import type { ServerConfig } from './config';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** The first IPv4 address of a real network card: what a tablet on the same Wi-Fi can reach. */
export function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return undefined;
}

export function serverUrls(config: Pick<ServerConfig, 'host'>, port: number): { local: string; lan: string } {
  const local = WILDCARD_HOSTS.has(config.host) || LOOPBACK_HOSTS.has(config.host) ? 'localhost' : config.host;
  const lan = WILDCARD_HOSTS.has(config.host) ? (lanAddress() ?? 'localhost') : local;
  return { local: `http://${local}:${port}/`, lan: `http://${lan}:${port}/` };
}

export function startupText(options: {
  config: ServerConfig;
  port: number;
  demo: { siteName: string; municipality: string; code: string; expiresAt: Date } | null;
  distBuilt: boolean;
}): string {
  const { local, lan } = serverUrls(options.config, options.port);
  const storage = options.config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${options.config.dataDir}`;
  const lines = [
    'Noodsteunpunt coordination point is running.',
    `  Local:      ${local}`,
    `  Tablets:    ${lan}`,
    `  Kiosk:      ${lan}kiosk`,
    `  Dashboard:  ${lan}cp`,
    `  Storage:    ${storage}`,
    '',
  ];
  if (!options.distBuilt) lines.push('The tablet app is not built yet: run `npm run build:app` (or `npm start`).', '');
  if (options.demo) {
    lines.push(
      `Demo site "${options.demo.siteName}" (${options.demo.municipality}) created.`,
      `Enrollment code for a tablet: ${options.demo.code}  (valid until ${options.demo.expiresAt.toISOString()})`,
    );
  } else {
    lines.push('Make an enrollment code for a tablet: npm run cp -- enroll-code "<site name>"   (list sites: npm run cp -- sites)');
  }
  return lines.join('\n');
}
