/**
 * First start: a demo site with an enrollment code, so one `npm start` is enough to enroll a
 * tablet and try the whole flow. Only when there are no sites at all, so it never touches a
 * coordination point that is set up for real.
 */
import { issueEnrollmentCode, type IssuedEnrollmentCode } from './auth';
import type { Site, Storage } from './storage';

export const DEMO_SITE = { name: 'Dinxperlo', municipality: 'Aalten' };
export const DEMO_CODE_VALID_HOURS = 7 * 24;

export async function seedDemoSite(storage: Storage): Promise<{ site: Site; enrollment: IssuedEnrollmentCode } | null> {
  if ((await storage.listSites()).length > 0) return null;
  const site = await storage.createSite(DEMO_SITE);
  const enrollment = await issueEnrollmentCode(storage, site.id, { validHours: DEMO_CODE_VALID_HOURS });
  return { site, enrollment };
}
