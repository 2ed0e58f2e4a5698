/** What every dashboard route file gets from the dashboard plugin (server/cp/index.ts). */
import { ApiError } from '../errors';
import type { Site, Storage } from '../storage';
import type { LoginThrottle } from './login-throttle';
import type { RegionalPicture } from './picture';
import type { SessionPolicy } from './sessions';
import { directoryOf, type Directory } from './views';

export interface DashboardContext {
  storage: Storage;
  now: () => Date;
  picture: RegionalPicture;
  throttle: LoginThrottle;
  sessionPolicy: SessionPolicy;
  silentAfterMinutes: number;
}

/** The picture brought up to date, with the sites and devices to name things by. */
export async function freshDirectory(context: DashboardContext): Promise<Directory> {
  const [sites, devices] = await Promise.all([context.storage.listSites(), context.storage.listDevices(), context.picture.refresh()]);
  return directoryOf(sites, devices);
}

export async function requireSite(context: DashboardContext, siteId: string): Promise<Site> {
  const site = await context.storage.findSite(siteId);
  if (!site || site.id !== siteId) throw new ApiError(404, 'site_not_found', 'There is no point with this id. Reload the list of points.');
  return site;
}
