/**
 * The coordination point's admin commands. Each takes the storage and its parsed arguments and
 * returns the text to print; a mistake the operator can fix is a CliError (exit code 1).
 */
import { issueEnrollmentCode } from './auth';
import { SiteNameTakenError, type Device, type Site, type Storage } from './storage';

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export const USAGE = `Usage: npm run cp -- <command>

Commands:
  site add "<name>" --municipality <municipality>   add a site (a noodsteunpunt)
  sites                                             list the sites
  enroll-code <site id or name> [--hours 24]        make a single-use code to enroll a tablet
  devices [site id or name]                         list enrolled tablets
  revoke <device id>                                stop a tablet from syncing (lost, stolen, retired)
  user add "<name>" --role coordinator|admin        add a dashboard account (the first admin is made here)
      [--password-env VAR]                          password from that variable, else asked for (hidden)
  user password "<name>" [--password-env VAR]       set a new password; signs that person out everywhere
  users                                             list dashboard accounts

Storage: DATABASE_URL (PostgreSQL) when set, else SQLite in DATA_DIR (default ./data).`;

export interface CommandInput {
  positionals: string[];
  municipality?: string;
  hours?: string;
}

async function requireSite(storage: Storage, idOrName: string | undefined, usage: string): Promise<Site> {
  if (!idOrName) throw new CliError(`Missing the site.\nUsage: ${usage}`);
  const site = await storage.findSite(idOrName);
  if (site) return site;
  const known = (await storage.listSites()).map((s) => `"${s.name}"`).join(', ');
  throw new CliError(`Unknown site "${idOrName}". ${known ? `Known sites: ${known}.` : 'There are no sites yet: add one with `site add`.'}`);
}

function describeDevice(device: Device, siteName: string): string {
  const status = device.revokedAt ? `revoked ${device.revokedAt}` : 'active';
  const seen = device.lastSeenAt ? `last seen ${device.lastSeenAt}` : 'never synced';
  const clock =
    device.clockOffsetMs === null ? '' : `, clock ${device.clockOffsetMs >= 0 ? '+' : ''}${Math.round(device.clockOffsetMs / 1000)} s`;
  return `${device.id}  ${siteName} / ${device.name}  (${status}, ${seen}${clock})`;
}

export async function addSite(storage: Storage, input: CommandInput): Promise<string> {
  const usage = 'site add "<name>" --municipality <municipality>';
  const name = input.positionals[0]?.trim();
  const municipality = input.municipality?.trim();
  if (!name || !municipality) throw new CliError(`Missing the site name or --municipality.\nUsage: ${usage}`);
  try {
    const site = await storage.createSite({ name, municipality });
    return `Site "${site.name}" (${site.municipality}) added: ${site.id}\nEnroll a tablet: npm run cp -- enroll-code "${site.name}"`;
  } catch (error) {
    if (error instanceof SiteNameTakenError) throw new CliError(error.message);
    throw error;
  }
}

export async function listSites(storage: Storage): Promise<string> {
  const sites = await storage.listSites();
  if (sites.length === 0) return 'No sites yet. Add one: npm run cp -- site add "<name>" --municipality <municipality>';
  return sites.map((site) => `${site.id}  ${site.name}  (${site.municipality})`).join('\n');
}

export async function makeEnrollmentCode(storage: Storage, input: CommandInput): Promise<string> {
  const site = await requireSite(storage, input.positionals[0], 'enroll-code <site id or name> [--hours 24]');
  const hours = input.hours === undefined ? 24 : Number(input.hours);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) throw new CliError('--hours must be a number of hours between 0 and 720.');
  const { code, expiresAt } = await issueEnrollmentCode(storage, site.id, { validHours: hours });
  return `Enrollment code for "${site.name}": ${code}\nValid until ${expiresAt.toISOString()}; it works for one tablet only.`;
}

export async function listDevices(storage: Storage, input: CommandInput): Promise<string> {
  const site = input.positionals[0] ? await requireSite(storage, input.positionals[0], 'devices [site id or name]') : null;
  const devices = await storage.listDevices(site?.id);
  if (devices.length === 0) return site ? `No tablets enrolled for "${site.name}".` : 'No tablets enrolled yet.';
  const names = new Map((await storage.listSites()).map((s) => [s.id, s.name]));
  return devices.map((device) => describeDevice(device, names.get(device.siteId) ?? device.siteId)).join('\n');
}

export async function revokeDevice(storage: Storage, input: CommandInput): Promise<string> {
  const id = input.positionals[0];
  if (!id) throw new CliError('Missing the device id (see `devices`).\nUsage: revoke <device id>');
  const device = await storage.findDevice(id);
  if (!device) throw new CliError(`Unknown device "${id}". List them with: npm run cp -- devices`);
  await storage.revokeDevice(id);
  return `Device ${device.id} ("${device.name}") is revoked: its token no longer works. Enroll it again with a new code if it comes back.`;
}
