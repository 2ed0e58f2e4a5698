/**
 * The desk's writes (register a visit, check out) with their schemas and the outbox, as their
 * own chunk: the registration form shows without them (and without the database), and they are fetched as soon as the
 * screen is idle (precached, so also offline), before the first tap on "register".
 */
import { afterFirstScreen } from '../../app/firstScreen';
import { loadLiveDb } from '../common/useLiveDb';

/** The desk's writes and the database they write to (neither is in the first load). */
export async function loadVisitActions() {
  const [actions, { db }] = await Promise.all([import('../../db/actions/visits'), loadLiveDb()]);
  return { ...actions, db };
}

afterFirstScreen(() => void loadVisitActions());
