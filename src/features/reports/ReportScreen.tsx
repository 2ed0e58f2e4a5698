import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { DESK_PATHS } from '../desk/deskPaths';
import { FallbackPanel } from './FallbackPanel';
import { ReportTimeline } from './ReportTimeline';
import { reportReference } from './summary';
import { useReportView } from './useReports';
import './texts'; // this area's texts travel with its chunk
import './reports.css';

/** /desk/reports/<id>: where the report stands, and the fallback when the link is down. */
export default function ReportScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const view = useReportView(id);
  if (view === undefined) return null;
  if (view === null) {
    return (
      <section className="panel">
        <p>{t('reports.detail.notFound')}</p>
        <Link href={DESK_PATHS.reports} className="button">
          ← {t('reports.detail.back')}
        </Link>
      </section>
    );
  }
  const { report } = view;
  return (
    <section className="panel report-detail" data-testid="report-detail" data-report={report.id}>
      <Link href={DESK_PATHS.reports} className="button back-link">
        ← {t('reports.detail.back')}
      </Link>
      <div className={`report-title urgency-${report.urgency}`}>
        <span className="urgency-badge">{t(`reports.urgency.${report.urgency}`)}</span>
        <h1>
          {t(`reports.service.${report.service}`)} · {reportReference(report.id)}
        </h1>
        <span className="muted">{formatDateTime(report.madeAt, language)}</span>
      </div>
      <div className="report-detail-grid">
        <ReportTimeline view={view} />
        <FallbackPanel view={view} />
      </div>
    </section>
  );
}
