import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/Link';
import { DESK_PATHS } from '../desk/deskPaths';
import { loadNewReportScreen } from '../desk/screens';
import '../desk/desk.css';

/** The red button in the header of every volunteer screen: a report must never be two screens away. */
export function EmergencyButton() {
  const { t } = useTranslation();
  useEffect(() => {
    // Load the form's chunk once the screen is idle, so the tap opens it without a wait.
    const prefetch = () => void loadNewReportScreen();
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 5000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 2000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Link href={DESK_PATHS.newReport} className="button button-emergency" title={t('volunteer.emergency.buttonHint')} data-testid="emergency-button">
      <span className="alarm-mark" aria-hidden="true" />
      {t('volunteer.emergency.button')}
    </Link>
  );
}
