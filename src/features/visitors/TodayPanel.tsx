import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { NEEDS } from '../../domain/needs';
import { formatTime, startOfTodayIso } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { useLiveDb } from '../common/useLiveDb';
import { useNow } from '../common/useNow';
import { householdLine } from './householdLine';
import { loadVisitActions } from './visitActions';
import './texts'; // this area's texts travel with its chunk

async function checkOut(visitId: string) {
  const { checkOutVisit, db } = await loadVisitActions();
  return checkOutVisit(db, visitId);
}

/** Today at a glance: who is on site now, visits today and in the last hour, needs counted. */
export function TodayPanel() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const { error, run } = useActionError();
  const now = useNow();
  const today = useLiveDb(async ({ db }) => {
    const visits = await db.visits.where('arrivedAt').aboveOrEqual(startOfTodayIso(new Date(now))).reverse().sortBy('arrivedAt');
    const households = await db.households.bulkGet(visits.map((visit) => visit.householdId));
    const hourAgo = new Date(now - 3600_000).toISOString();
    return {
      visits: visits.map((visit, index) => ({ visit, household: households[index] })),
      lastHour: visits.filter((visit) => visit.arrivedAt >= hourAgo).length,
      needs: NEEDS.map((need) => ({ need, count: visits.filter((visit) => visit.needs.includes(need)).length })).filter(({ count }) => count > 0),
    };
  }, [now]);
  if (!today) return null;
  const onSite = today.visits.filter(({ visit }) => !visit.leftAt);

  return (
    <section className="today" aria-labelledby="today-title">
      <h2 id="today-title">{t('desk.today')}</h2>
      <dl className="counters">
        <div>
          <dt>{t('desk.onSite')}</dt>
          <dd data-testid="count-on-site">{onSite.length}</dd>
        </div>
        <div>
          <dt>{t('desk.visitsToday')}</dt>
          <dd data-testid="count-today">{today.visits.length}</dd>
        </div>
        <div>
          <dt>{t('desk.lastHour')}</dt>
          <dd>{today.lastHour}</dd>
        </div>
      </dl>
      {today.needs.length > 0 ? (
        <section className="need-counts" aria-labelledby="need-counts-title">
          <h3 id="need-counts-title">{t('visitors.today.needsCounted')}</h3>
          <ul data-testid="need-counts">
            {today.needs.map(({ need, count }) => (
              <li key={need} data-need={need}>
                {t(`needs.${need}`)} <strong>{count}</strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <StorageErrorMessage error={error} />
      {onSite.length === 0 ? <p className="muted">{t('desk.noVisits')}</p> : null}
      <ul className="visit-list" data-testid="visits-on-site">
        {onSite.map(({ visit, household }) => (
          <li key={visit.id} className="visit-item">
            <div>
              <strong>{householdLine(household, t)}</strong>
              <span className="muted"> · {t('desk.persons', { adults: household?.adults ?? 0, children: household?.children ?? 0 })}</span>
              <div className="muted">
                {t('desk.arrived', { time: formatTime(visit.arrivedAt, language) })} · {visit.needs.map((need) => t(`needs.${need}`)).join(', ')}
              </div>
            </div>
            <div className="visit-actions">
              {/* Goods for this household: the distribution screen with its fair-share check. */}
              <Link href={`/lead/stock/handout?household=${visit.householdId}`} className="button" data-testid="hand-out">
                {t('desk.handOut')}
              </Link>
              <button type="button" className="button" onClick={() => void run(() => checkOut(visit.id))}>
                {t('desk.checkOut')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
