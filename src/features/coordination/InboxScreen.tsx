import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ReportsResponse } from '../../domain/coordinatorApi';
import { useNow } from '../common/useNow';
import { ErrorMessage } from './ErrorMessage';
import { ReportCard } from './ReportCard';
import { useResource } from './useResource';

/** Every point's emergency reports, most urgent and longest waiting first, ages counting live. */
export function InboxScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'open' | 'closed'>('open');
  const { data, error, reload } = useResource<ReportsResponse>(`/reports?status=${filter}`, 15_000);
  const now = useNow(1000);

  return (
    <section className="cp-screen" aria-labelledby="cp-inbox-title">
      <div className="cp-screen-head">
        <h1 id="cp-inbox-title">{t('coordination.inbox.title')}</h1>
        <div className="segmented" role="group">
          {(['open', 'closed'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className={`button button-toggle${filter === value ? ' is-active' : ''}`}
              aria-pressed={filter === value}
              onClick={() => setFilter(value)}
            >
              {t(value === 'open' ? 'coordination.inbox.filterOpen' : 'coordination.inbox.filterClosed')}
            </button>
          ))}
        </div>
      </div>
      <ErrorMessage error={error} />
      {!data ? <p className="muted">{t('coordination.inbox.loading')}</p> : null}
      {data && data.reports.length === 0 ? (
        <p className="cp-empty">{t(filter === 'open' ? 'coordination.inbox.empty' : 'coordination.inbox.emptyClosed')}</p>
      ) : null}
      <ol className="cp-reports" data-testid="cp-reports">
        {data?.reports.map((report) => (
          <li key={report.id}>
            <ReportCard report={report} now={now} onChanged={reload} />
          </li>
        ))}
      </ol>
    </section>
  );
}
