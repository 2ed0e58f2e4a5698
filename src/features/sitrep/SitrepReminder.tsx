/** A banner on the lead's screen when a situation report is due (interval set by the lead). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { usePath } from '../../app/router';
import { DEFAULT_SITREP_INTERVAL_MINUTES, sitrepDue } from '../../domain/lead';
import { db } from '../../db/lead';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { useSiteSetting } from '../lead/useSiteSetting';
import './texts';

/** With no sitrep sent yet, the first reminder comes one interval after the lead screen opened. */
const openedAt = Date.now();

export function SitrepReminder() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const path = usePath();
  const now = useNow(30_000);
  const interval = useSiteSetting('sitrepIntervalMinutes', DEFAULT_SITREP_INTERVAL_MINUTES);
  const last = useLiveQuery(async () => (await db.sitreps.orderBy('at').last())?.at ?? null, []);
  if (interval === undefined || last === undefined || path === '/lead/sitrep') return null;
  if (!sitrepDue(last ?? undefined, Number(interval), now, openedAt)) return null;
  return (
    <div className="banner reminder" role="status" data-testid="sitrep-reminder">
      <strong>{last ? t('sitrep.reminder', { time: formatTime(last, language) }) : t('sitrep.reminderFirst')}</strong>
      <Link href="/lead/sitrep" className="button button-primary">
        {t('sitrep.composeNow')}
      </Link>
    </div>
  );
}
