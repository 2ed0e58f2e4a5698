import { useLiveQuery } from 'dexie-react-hooks';
import type { SiteSetting } from '../../domain/lead';
import { db } from '../../db/lead';

/** A site setting shared by the point's tablets, with the default while none was set; undefined while loading. */
export function useSiteSetting<T extends SiteSetting['value']>(key: SiteSetting['key'], fallback: T): T | undefined {
  return useLiveQuery(async () => ((await db.settings.get(key))?.value as T | undefined) ?? fallback, [key, fallback]);
}
