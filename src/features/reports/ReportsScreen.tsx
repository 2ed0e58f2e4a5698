import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { DESK_PATHS, reportPath } from '../desk/deskPaths';
import { useReportViews, type ReportView } from './useReports';
import './texts'; // this area's texts travel with its chunk
import './reports.css';

/** The point's open reports, most urgent first, then oldest; closed ones folded away below. */
export default function ReportsScreen() {
  const { t } = useTranslation();
  const views = useReportViews();
  const now = useNow(30_000);
  if (!views) return null;
  const open = views.filter((view) => view.open);
  const closed = views.filter((view) => !view.open);

  return (
    <section className="panel reports-screen">
      <div className="screen-head">
        <h1>{t('reports.title')}</h1>
        <Link href={DESK_PATHS.newReport} className="button button-danger button-large">
          <span className="alarm-mark" aria-hidden="true" />
          {t('reports.newReport')}
        </Link>
      </div>
      <h2>{t('reports.list.open')}</h2>
      {open.length === 0 ? <p className="muted">{t('reports.list.none')}</p> : null}
      <ol className="report-list" data-testid="open-reports">
        {open.map((view) => (
          <ReportRow key={view.report.id} view={view} now={now} />
        ))}
      </ol>
      {closed.length > 0 ? (
        <details className="closed-reports">
          <summary>{t('reports.list.closed', { count: closed.length })}</summary>
          <ol className="report-list">
            {closed.map((view) => (
              <ReportRow key={view.report.id} view={view} now={now} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function ReportRow({ view, now }: { view: ReportView; now: number }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const { report, stage } = view;
  const minutes = Math.max(0, Math.floor((now - Date.parse(report.madeAt)) / 60_000));
  const what = [...report.incident.map((incident) => t(`reports.incident.${incident}`)), report.description].filter(Boolean).join(' · ');
  return (
    <li className={`report-item urgency-${report.urgency}`} data-report={report.id} data-urgency={report.urgency}>
      <Link href={reportPath(report.id)} className="report-link">
        <span className="urgency-badge">{t(`reports.urgency.${report.urgency}`)}</span>
        <span className="report-main">
          <strong>{t(`reports.service.${report.service}`)}</strong>
          <span>{what}</span>
          <span className="report-where">{report.address ?? report.locationDescription}</span>
        </span>
        <span className="report-meta">
          <span>
            {formatTime(report.madeAt, language)} · {t('reports.list.ago', { minutes })}
          </span>
          <span className={`stage stage-${stage}`} data-stage={stage}>
            {t(`reports.step.${stage}`)}
          </span>
        </span>
      </Link>
    </li>
  );
}
