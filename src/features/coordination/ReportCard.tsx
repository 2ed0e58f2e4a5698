import { useTranslation } from '../../i18n/useTranslation';
import type { ReportView } from '../../domain/coordinatorApi';
import { isEscalatedAtCoordination } from '../../domain/coordinatorInbox';
import { useSession } from '../../state/session';
import { reportReference } from '../reports/summary';
import { formatAge, formatWhen } from './format';
import { ReportActions } from './ReportActions';

/** One report with everything the dispatch centre will ask for, its timeline and its actions. */
export function ReportCard({ report, now, onChanged }: { report: ReportView; now: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const { report: details } = report;
  const age = formatAge(now - Date.parse(report.waitingSince), t);
  const escalated = isEscalatedAtCoordination(report, now);
  const when = (iso: string) => formatWhen(iso, language, now);

  return (
    <article
      id={`report-${report.id}`}
      className={`cp-report urgency-${details.urgency} status-${report.status}${escalated ? ' is-escalated' : ''}`}
      data-testid="cp-report"
      data-report-id={report.id}
      data-status={report.status}
      data-escalated={escalated}
      aria-labelledby={`report-${report.id}-title`}
    >
      <header className="cp-report-head">
        <span className={`cp-urgency urgency-${details.urgency}`}>{t(`coordination.urgency.${details.urgency}`)}</span>
        <h2 id={`report-${report.id}-title`}>
          {t(`coordination.service.${details.service}`)} — {report.siteName}
        </h2>
        {/* The same short reference the point reads out over the radio when the link is down. */}
        <span className="cp-reference" data-testid="cp-report-reference">
          {t('coordination.inbox.reference', { reference: reportReference(report.id) })}
        </span>
        <span className={`cp-status status-${report.status}`} data-testid="cp-report-status">
          {t(`coordination.status.${report.status}`)}
        </span>
        <span className="cp-age" data-testid="cp-report-age">
          {t(report.status === 'new' ? 'coordination.inbox.waiting' : 'coordination.inbox.reportedAgo', { age })}
        </span>
      </header>
      {escalated ? (
        <p className="cp-escalated" role="alert" data-testid="cp-report-escalated">
          {t('coordination.inbox.escalated', { age })}
        </p>
      ) : null}
      <p className="cp-description">{details.description}</p>
      {details.incident.length > 0 ? (
        <ul className="cp-tags">
          {details.incident.map((tag) => (
            <li key={tag}>{t(`reports.incident.${tag}`, { defaultValue: tag })}</li>
          ))}
        </ul>
      ) : null}
      <dl className="cp-facts">
        {details.address ? <Fact label={t('coordination.inbox.address')} value={details.address} /> : null}
        {details.locationDescription ? <Fact label={t('coordination.inbox.location')} value={details.locationDescription} /> : null}
        {details.position ? (
          <Fact label={t('coordination.inbox.position')} value={`${details.position.lat.toFixed(5)}, ${details.position.lon.toFixed(5)}`} />
        ) : null}
        <Fact label={t('coordination.inbox.people')} value={String(details.peopleInvolved)} />
        {details.reporterName ? <Fact label={t('coordination.inbox.reporter')} value={details.reporterName} /> : null}
        {details.reporterWaitsAt ? <Fact label={t('coordination.inbox.reporterWaitsAt')} value={details.reporterWaitsAt} /> : null}
        <Fact label={t('coordination.inbox.occurredAt')} value={when(details.occurredAt)} />
        <Fact label={t('coordination.inbox.madeAt')} value={when(details.madeAt)} />
        <Fact label={t('coordination.inbox.receivedAt')} value={`${when(report.receivedAt)}${report.deviceName ? ` · ${report.deviceName}` : ''}`} />
        {report.dispatchReference ? <Fact label={t('coordination.inbox.dispatchReference')} value={report.dispatchReference} strong /> : null}
      </dl>
      {report.events.length > 0 ? (
        <ol className="cp-timeline" aria-label={t('coordination.inbox.timeline')} data-testid="cp-report-timeline">
          {report.events.map((event) => (
            <li key={event.id}>
              <strong>{t(`coordination.status.${event.status}`)}</strong> {when(event.at)} {t('coordination.inbox.by', { name: event.by })}
              {event.dispatchReference ? ` · ${event.dispatchReference}` : ''}
              {event.note ? <span className="cp-note"> — {event.note}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <ReportActions report={report} onChanged={onChanged} />
    </article>
  );
}

function Fact({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={strong ? 'cp-fact is-strong' : 'cp-fact'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
