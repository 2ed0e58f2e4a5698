import { useTranslation } from '../../i18n/useTranslation';
import { navigate } from '../../app/router';
import { isEscalatedAtCoordination } from '../../domain/coordinatorInbox';
import { useNow } from '../common/useNow';
import { formatAge } from './format';
import { useDashboard } from './store';

/**
 * Above every screen: each new report as an alert until someone has seen it, the number still
 * waiting for acknowledgement, and in red when a life-threatening one waits too long.
 */
export function ReportAlerts() {
  const { t } = useTranslation();
  const now = useNow(1000);
  const alerts = useDashboard((state) => state.alerts);
  const waiting = useDashboard((state) => state.unacknowledged);
  const oldest = useDashboard((state) => state.oldestUnacknowledgedLifeThreatening);
  const escalated = oldest !== null && isEscalatedAtCoordination({ id: '', status: 'new', waitingSince: oldest, report: { urgency: 'lifeThreatening' } }, now);

  const dismiss = (id: string) => useDashboard.setState((state) => ({ alerts: state.alerts.filter((alert) => alert.id !== id) }));
  const show = (id: string) => {
    dismiss(id);
    navigate('/cp');
    // The inbox renders the card; scroll once it is there.
    requestAnimationFrame(() => document.getElementById(`report-${id}`)?.scrollIntoView({ block: 'center' }));
  };

  if (alerts.length === 0 && waiting === 0) return null;
  return (
    <div className="cp-alerts">
      {escalated ? (
        <div className="cp-alert cp-alert-escalated" role="alert" data-testid="cp-escalation-banner">
          <strong>{t('coordination.alert.escalated', { age: formatAge(now - Date.parse(oldest), t) })}</strong>
        </div>
      ) : null}
      {alerts.map((alert) => (
        <div
          key={alert.id}
          className={`cp-alert cp-alert-new urgency-${alert.urgency}`}
          role="alert"
          data-testid="cp-new-report-alert"
          data-report-id={alert.id}
        >
          <strong>{t('coordination.alert.newReport', { site: alert.siteName })}</strong>
          <span className={`cp-urgency urgency-${alert.urgency}`}>{t(`coordination.urgency.${alert.urgency}`)}</span>
          <span className="cp-alert-actions">
            <button type="button" className="button button-primary" onClick={() => show(alert.id)}>
              {t('coordination.alert.show')}
            </button>
            <button type="button" className="button" onClick={() => dismiss(alert.id)}>
              {t('coordination.alert.dismiss')}
            </button>
          </span>
        </div>
      ))}
      {waiting > 0 && !escalated ? (
        <p className="cp-waiting" role="status">
          {t('coordination.alert.unacknowledged', { count: waiting })}
        </p>
      ) : null}
    </div>
  );
}
