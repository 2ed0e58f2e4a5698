import { useTranslation } from '../../i18n/useTranslation';
import type { PointView, PointsResponse } from '../../domain/coordinatorApi';
import { pointLinkState } from '../../domain/coordinatorInbox';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { ErrorMessage } from './ErrorMessage';
import { formatAge, formatWhen } from './format';
import { useResource } from './useResource';

/** Every point at a glance; a silent one stands out and sorts first. */
export function PointsScreen() {
  const { t } = useTranslation();
  const { data, error } = useResource<PointsResponse>('/points', 10_000);
  const now = useNow(5000);
  const points = (data?.points ?? [])
    .map((point) => ({ point, link: pointLinkState(point.lastContactAt, now, point.silentAfterMinutes) }))
    .sort((a, b) => Number(b.link === 'silent') - Number(a.link === 'silent') || a.point.name.localeCompare(b.point.name, 'nl'));
  const silent = points.filter((entry) => entry.link === 'silent').length;

  return (
    <section className="cp-screen" aria-labelledby="cp-points-title">
      <div className="cp-screen-head">
        <h1 id="cp-points-title">{t('coordination.points.title')}</h1>
        {data ? (
          <p className="cp-summary">
            {t('coordination.points.summary', { count: points.length })}
            {silent > 0 ? <span className="cp-badge is-silent"> {t('coordination.points.silentCount', { count: silent })}</span> : null}
          </p>
        ) : null}
      </div>
      <ErrorMessage error={error} />
      {data && points.length === 0 ? <p className="cp-empty">{t('coordination.points.empty')}</p> : null}
      <div className="cp-points" data-testid="cp-points">
        {points.map(({ point, link }) => (
          <PointCard key={point.siteId} point={point} link={link} now={now} />
        ))}
      </div>
    </section>
  );
}

function PointCard({ point, link, now }: { point: PointView; link: ReturnType<typeof pointLinkState>; now: number }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const since = point.lastContactAt ? formatAge(now - Date.parse(point.lastContactAt), t) : null;

  return (
    <article className={`cp-point link-${link}`} data-testid="cp-point" data-site={point.name} data-link={link} aria-labelledby={`point-${point.siteId}`}>
      <header className="cp-point-head">
        <h2 id={`point-${point.siteId}`}>{point.name}</h2>
        <span className="muted">{point.municipality}</span>
        <span className={`cp-link-state link-${link}`}>
          <span className="link-dot" aria-hidden="true" /> {t(`coordination.points.link.${link}`)}
        </span>
      </header>
      {link === 'silent' && since ? (
        <p className="cp-silent" role="status">
          {t('coordination.points.silentFor', { age: since, minutes: point.silentAfterMinutes })}
        </p>
      ) : null}
      {point.lifeThreateningOpen > 0 ? (
        <p className="cp-point-alarm" data-testid="cp-point-life-threatening">
          {t('coordination.points.lifeThreatening', { count: point.lifeThreateningOpen })}
        </p>
      ) : null}
      <p className="cp-point-contact">
        {t('coordination.points.lastContact')}: {since ? t('coordination.points.ago', { age: since }) : t('coordination.points.never')} ·{' '}
        {t('coordination.points.tablets', { count: point.activeDevices })}
      </p>
      <dl className="cp-figures">
        <Figure label={t('coordination.points.visitorsToday')} value={point.visitorsToday} />
        <Figure label={t('coordination.points.visitorsOnSite')} value={point.visitorsOnSite} />
        <Figure label={t('coordination.points.staffOnSite')} value={point.staffOnSite} />
        <Figure label={t('coordination.points.openReports')} value={point.openReports} alarm={point.lifeThreateningOpen > 0} />
        <Figure label={t('coordination.points.signals')} value={point.signalsLast24h} />
        <Figure label={t('coordination.points.supply')} value={point.openSupplyRequests} />
      </dl>
      <div className="cp-point-stock">
        <h3>{t('coordination.points.belowMinimum')}</h3>
        {point.itemsBelowMinimum.length === 0 ? (
          <p className="muted">{t('coordination.points.noShortages')}</p>
        ) : (
          <ul>
            {point.itemsBelowMinimum.map((item) => (
              <li key={item.itemId}>
                {t('coordination.points.belowMinimumItem', { name: item.name[language], balance: item.balance, minimum: item.minimum, unit: item.unit })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="cp-point-sitrep">
        {point.latestSitrep ? (
          <>
            <h3>{t('coordination.points.sitrep', { time: formatWhen(point.latestSitrep.sitrep.at, language, now) })}</h3>
            <p>{point.latestSitrep.sitrep.summary}</p>
            {point.latestSitrep.sitrep.needs ? <p className="muted">{point.latestSitrep.sitrep.needs}</p> : null}
          </>
        ) : (
          <p className="muted">{t('coordination.points.noSitrep')}</p>
        )}
      </div>
    </article>
  );
}

function Figure({ label, value, alarm = false }: { label: string; value: number; alarm?: boolean }) {
  return (
    <div className={alarm ? 'cp-figure is-alarm' : 'cp-figure'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
