import { useTranslation } from '../../i18n/useTranslation';
import type { HouseholdMatch } from '../../db';
import { NEEDS } from '../../domain/needs';
import { formatDateTime, formatTime, startOfTodayIso } from '../../i18n';
import { useSession } from '../../state/session';
import { useLiveDb } from '../common/useLiveDb';
import { useNow } from '../common/useNow';
import { householdLine } from './householdLine';
import './texts'; // this area's texts travel with its chunk

/**
 * The household a returning visit is for: what it received today (the stock ledger's issues to
 * it, read-only: handing out belongs to the distribution table) and what it asked for today, so
 * the desk does not hand out twice or miss an open question.
 */
export function ReturningHousehold({ match, onCancel }: { match: HouseholdMatch; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const now = useNow();
  const { household, lastVisit } = match;
  const today = useLiveDb(async ({ db, Dexie }) => {
    const since = startOfTodayIso(new Date(now));
    const issued = (await db.stockMovements.where('householdId').equals(household.id).toArray()).filter((movement) => movement.kind === 'issued' && movement.at >= since);
    const items = await db.stockItems.bulkGet([...new Set(issued.map((movement) => movement.itemId))]);
    const visits = await db.visits.where('[householdId+arrivedAt]').between([household.id, since], [household.id, Dexie.maxKey]).toArray();
    return {
      received: issued.map((movement) => ({ movement, item: items.find((item) => item?.id === movement.itemId) })),
      needs: NEEDS.filter((need) => visits.some((visit) => visit.needs.includes(need))),
      needOther: visits.map((visit) => visit.needOther).filter(Boolean),
      visited: visits.length > 0,
    };
  }, [household.id, now]);

  return (
    <section className="returning" aria-labelledby="returning-title" data-testid="returning-household">
      <div className="returning-head">
        <div>
          <h3 id="returning-title">{t('visitors.returning.title')}</h3>
          <p className="returning-line">
            <strong>{householdLine(household, t)}</strong>
            {household.name ? ` · ${household.name}` : ''} · {t('desk.persons', { adults: household.adults, children: household.children })}
          </p>
        </div>
        <button type="button" className="button" onClick={onCancel}>
          {t('visitors.returning.cancel')}
        </button>
      </div>
      {lastVisit ? <p className="muted">{t('visitors.returning.prefilled', { time: formatDateTime(lastVisit.arrivedAt, language) })}</p> : null}
      {today ? (
        <div className="returning-today">
          <div>
            <h4>{t('visitors.returning.receivedToday')}</h4>
            {today.received.length === 0 ? (
              <p className="muted">{t('visitors.returning.nothingReceived')}</p>
            ) : (
              <ul data-testid="received-today">
                {today.received.map(({ movement, item }) => (
                  <li key={movement.id}>
                    {formatTime(movement.at, language)} · {Math.abs(movement.delta)} {item?.unit ?? ''} {item ? item.name[language] : '?'}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h4>{t('visitors.returning.openNeeds')}</h4>
            {today.visited ? (
              <p data-testid="open-needs">{[...today.needs.map((need) => t(`needs.${need}`)), ...today.needOther].join(', ')}</p>
            ) : (
              <p className="muted">{t('visitors.returning.noVisitToday')}</p>
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}
