import { SiteSettingSchema, type SiteSetting } from '../../domain/lead';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { nextHlc } from '../identity';
import { enqueue } from '../outbox';

/** A setting the point's tablets share (set by the site lead); the later change wins everywhere. */
export function setSiteSetting(db: NoodsteunpuntDb, key: SiteSetting['key'], value: SiteSetting['value']): Promise<SiteSetting> {
  return runAction(db, [db.settings], async () => {
    const setting = SiteSettingSchema.parse({ key, value, updatedAt: await nextHlc(db) });
    await db.settings.put(setting);
    await enqueue(db, 'site.settingChanged', setting);
    return setting;
  });
}
