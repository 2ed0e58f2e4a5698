import type { SiteSetting, SiteSettingKey } from '../../domain';
import { useLiveDb } from './useLiveDb';

/**
 * A setting the site lead made for every tablet of the point, live: a change synced from
 * another tablet applies without a reload. `fallback` when unset or of the wrong type;
 * undefined only while the first read is running.
 */
export function useSiteSetting<T extends SiteSetting['value']>(key: SiteSettingKey, fallback: T): T | undefined {
  return useLiveDb(async ({ db }) => {
    const value = (await db.settings.get(key))?.value;
    return typeof value === typeof fallback ? (value as T) : fallback;
  }, [key, fallback]);
}
