/**
 * The desk's writes (register a visit, check out) with their schemas and the outbox, as their
 * own chunk: the registration form shows without them, and they are fetched as soon as the
 * screen is idle (precached, so also offline), before the first tap on "register".
 */
import { afterFirstScreen } from '../../app/firstScreen';

export const loadVisitActions = () => import('../../db/actions/visits');

afterFirstScreen(() => void loadVisitActions());
