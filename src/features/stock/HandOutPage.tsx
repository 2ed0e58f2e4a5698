/**
 * /lead/stock/handout?household=<id>: the hand-out panel for one household. The desk links
 * here from a household; without one, today's households are listed to pick from.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { useSearchParam } from '../../app/router';
import { db } from '../../db/lead';
import { formatTime, startOfTodayIso } from '../../i18n';
import { useSession } from '../../state/session';
import { HandOutPanel } from './HandOutPanel';
import './texts';

export default function HandOutPage() {
  const { t } = useTranslation();
  const householdId = useSearchParam('household');
  const household = useLiveQuery(async () => (householdId ? ((await db.households.get(householdId)) ?? null) : null), [householdId]);
  if (household === undefined) return null;
  return (
    <div className="handout-page">
      <div className="handout-top">
        <Link href="/lead/stock" className="button">
          ← {t('stock.title')}
        </Link>
        {household ? (
          <p className="handout-household" data-testid="handout-household">
            <strong>{household.postcode ? `${household.postcode} ${household.houseNumber ?? ''}` : (household.village ?? t('stock.handout.passingThrough'))}</strong>
            <span className="muted">· {t('stock.handout.persons', { count: household.adults + household.children })}</span>
            <Link href="/lead/stock/handout" className="button">
              {t('stock.handout.otherHousehold')}
            </Link>
          </p>
        ) : null}
      </div>
      {household ? <HandOutPanel householdId={household.id} householdSize={household.adults + household.children} /> : <TodaysHouseholds unknown={Boolean(householdId)} />}
    </div>
  );
}

function TodaysHouseholds({ unknown }: { unknown: boolean }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const visits = useLiveQuery(async () => {
    const today = await db.visits.where('arrivedAt').aboveOrEqual(startOfTodayIso()).reverse().sortBy('arrivedAt');
    const households = await db.households.bulkGet(today.map((visit) => visit.householdId));
    const seen = new Set<string>();
    return today.flatMap((visit, index) => {
      const household = households[index];
      if (!household || seen.has(household.id)) return [];
      seen.add(household.id);
      return [{ visit, household }];
    });
  }, []);
  if (!visits) return null;
  return (
    <section className="card" aria-labelledby="pick-household">
      <h2 id="pick-household">{t('stock.handout.pickHousehold')}</h2>
      {unknown ? <p className="alert alert-error">{t('stock.handout.unknownHousehold')}</p> : null}
      {visits.length === 0 ? <p className="muted">{t('stock.handout.noHouseholds')}</p> : null}
      <ul className="pick-list">
        {visits.map(({ visit, household }) => (
          <li key={household.id}>
            <Link href={`/lead/stock/handout?household=${household.id}`} className="button pick-button" data-testid="pick-household">
              <strong>{household.postcode ? `${household.postcode} ${household.houseNumber ?? ''}` : (household.village ?? t('stock.handout.passingThrough'))}</strong>
              <span className="muted">
                {t('stock.handout.persons', { count: household.adults + household.children })} · {formatTime(visit.arrivedAt, language)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
