import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { SIGNAL_CATEGORIES } from '../../domain/records';
import type { HelperOffersResponse, PointsResponse, SignalsResponse } from '../../domain/coordinatorApi';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { ErrorMessage } from './ErrorMessage';
import { formatWhen } from './format';
import { useResource } from './useResource';

const PERIODS = { day: 24 * 3600_000, week: 7 * 24 * 3600_000, all: 0 } as const;
type Period = keyof typeof PERIODS;

/** Signals and helper offers from every point, to pass on to partners; filtered on the server. */
export function FeedsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const language = useSession((state) => state.language);
  const points = useResource<PointsResponse>('/points');
  const [siteId, setSiteId] = useState('');
  const [category, setCategory] = useState('');
  const [period, setPeriod] = useState<Period>('day');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  // The period moves with the minute, so the query (and the fetch) does not change every render.
  const now = useNow(60_000);
  const since = PERIODS[period] ? new Date(Math.floor((now - PERIODS[period]) / 60_000) * 60_000).toISOString() : '';
  const query = (withCategory: boolean) => {
    const params = new URLSearchParams();
    if (siteId) params.set('siteId', siteId);
    if (withCategory && category) params.set('category', category);
    if (since) params.set('since', since);
    if (search) params.set('q', search.slice(0, 100));
    return params.size ? `?${params}` : '';
  };
  const signals = useResource<SignalsResponse>(`/signals${query(true)}`, 30_000);
  const offers = useResource<HelperOffersResponse>(`/helper-offers${query(false)}`, 30_000);

  return (
    <section className="cp-screen" aria-labelledby="cp-feeds-title">
      <h1 id="cp-feeds-title">{t('coordination.feeds.title')}</h1>
      <div className="cp-filters" role="search">
        <div className="field">
          <label htmlFor={`${id}-site`}>{t('coordination.feeds.point')}</label>
          <select id={`${id}-site`} value={siteId} onChange={(event) => setSiteId(event.target.value)} data-testid="cp-filter-site">
            <option value="">{t('coordination.feeds.allPoints')}</option>
            {points.data?.points.map((point) => (
              <option key={point.siteId} value={point.siteId}>
                {point.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('coordination.feeds.category')}</label>
          <select id={`${id}-category`} value={category} onChange={(event) => setCategory(event.target.value)} data-testid="cp-filter-category">
            <option value="">{t('coordination.feeds.allCategories')}</option>
            {SIGNAL_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`coordination.feeds.categories.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('coordination.feeds.period')}</label>
          <select id={`${id}-period`} value={period} onChange={(event) => setPeriod(event.target.value as Period)}>
            {(Object.keys(PERIODS) as Period[]).map((value) => (
              <option key={value} value={value}>
                {t(`coordination.feeds.periods.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('coordination.feeds.search')}</label>
          <input id={`${id}-search`} type="search" value={typed} maxLength={100} onChange={(event) => setTyped(event.target.value)} data-testid="cp-filter-search" />
        </div>
      </div>
      <ErrorMessage error={signals.error ?? offers.error} />
      <div className="cp-two-columns">
        <div>
          <h2>{t('coordination.feeds.signals')}</h2>
          {signals.data && signals.data.signals.length === 0 ? <p className="cp-empty">{t('coordination.feeds.noSignals')}</p> : null}
          <ul className="cp-feed" data-testid="cp-signals">
            {signals.data?.signals.map((entry) => (
              <li key={entry.id} className="cp-feed-item">
                <p className="cp-feed-meta">
                  <span className="cp-badge">{t(`coordination.feeds.categories.${entry.signal.category}`)}</span> {entry.siteName} ·{' '}
                  {formatWhen(entry.signal.at, language)}
                  {entry.signal.location ? ` · ${entry.signal.location}` : ''}
                </p>
                <p>{entry.signal.text}</p>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('coordination.feeds.helpers')}</h2>
          {offers.data && offers.data.offers.length === 0 ? <p className="cp-empty">{t('coordination.feeds.noHelpers')}</p> : null}
          <ul className="cp-feed" data-testid="cp-helpers">
            {offers.data?.offers.map((entry) => (
              <li key={entry.id} className="cp-feed-item">
                <p className="cp-feed-meta">
                  <strong>{entry.offer.name}</strong> · {entry.siteName} · {formatWhen(entry.offer.at, language)}
                </p>
                <p>{entry.offer.offer}</p>
                {entry.offer.contact ? <p className="muted">{t('coordination.feeds.contact', { contact: entry.offer.contact })}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
