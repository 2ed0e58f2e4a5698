import { useTranslation } from '../../i18n/useTranslation';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { useDashboard } from './store';

/** The dashboard needs the server: when it does not answer, say so plainly on every screen. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const reachable = useDashboard((state) => state.reachable);
  const lastContactAt = useDashboard((state) => state.lastContactAt);
  if (reachable) return null;
  return (
    <div className="cp-unreachable" role="alert" data-testid="cp-unreachable">
      <strong>{t('coordination.connection.unreachable')}</strong>
      <span>
        {lastContactAt ? t('coordination.connection.lastContact', { time: formatTime(lastContactAt, language) }) : null}{' '}
        {t('coordination.connection.retrying')}
      </span>
    </div>
  );
}
