import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { afterFirstScreen } from '../../app/firstScreen';
import { Link } from '../../app/Link';
import { DESK_PATHS } from '../desk/deskPaths';
import { loadNewReportScreen } from '../desk/screens';
import '../desk/desk.css';

/** The red button in the header of every volunteer screen: a report must never be two screens away. */
export function EmergencyButton() {
  const { t } = useTranslation();
  useEffect(() => {
    // Load the form's chunk once the screen is up and idle, so the tap opens it without a wait.
    afterFirstScreen(() => void loadNewReportScreen());
  }, []);
  return (
    <Link href={DESK_PATHS.newReport} className="button button-emergency" title={t('volunteer.emergency.buttonHint')} data-testid="emergency-button">
      <span className="alarm-mark" aria-hidden="true" />
      {t('volunteer.emergency.button')}
    </Link>
  );
}
