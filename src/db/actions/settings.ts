import { SiteSettingSchema, type SiteSetting, type SiteSettingKey } from '../../domain';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { StorageError } from '../errors';
import { nextHlc } from '../identity';
import { enqueue } from '../outbox';

/**
 * The type each setting's value must have. The message schema accepts any of boolean, number
 * or string for every key; a wrong type for a key would silently switch a feature off on all
 * tablets of the point, so it is refused here, before it is stored or sent.
 */
const VALUE_TYPE: Record<SiteSettingKey, 'boolean' | 'number' | 'string'> = {
  collectNames: 'boolean',
  kioskPinHash: 'string',
  silentAfterMinutes: 'number',
  escalateAfterMinutes: 'number',
  closedAt: 'string',
  retentionDays: 'number',
  sitrepIntervalMinutes: 'number',
  dutyLimitHours: 'number',
  lockAfterMinutes: 'number',
};

/** The site lead changes a setting every tablet of the point shares; the later edit wins (HLC). */
export function setSiteSetting(db: NoodsteunpuntDb, key: SiteSettingKey, value: SiteSetting['value']): Promise<SiteSetting> {
  return runAction(db, [db.settings], async () => {
    if (typeof value !== VALUE_TYPE[key] || (typeof value === 'number' && !(Number.isFinite(value) && value >= 0))) {
      throw new StorageError('invalid', key);
    }
    const setting = SiteSettingSchema.parse({ key, value, updatedAt: await nextHlc(db) });
    await db.settings.put(setting);
    await enqueue(db, 'site.settingChanged', setting);
    return setting;
  });
}
