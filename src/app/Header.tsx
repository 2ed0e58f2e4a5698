import { Suspense, lazy, useCallback, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useSession } from '../state/session';
import { LanguageToggle } from './LanguageToggle';
import { Link } from './Link';
import { LinkIndicator } from './LinkIndicator';
import { CivilProtectionSign } from './CivilProtectionSign';
import { useAfterFirstScreen } from './firstScreen';
import { EmergencyButton } from '../features/reports/EmergencyButton';
import { OperatorButtonPlaceholder } from '../features/roster/OperatorFace';

// Who is at the tablet (volunteer sign-in with PIN); lazy, so the roster code stays out of the first load.
const OperatorButton = lazy(() => import('../features/roster/OperatorButton'));

export function Header() {
  const { t } = useTranslation();
  const site = useSession((state) => state.site);
  const role = useSession((state) => state.role);
  // Who is at the tablet: its face at once, its button (roster code, a chunk) once the page is idle.
  const afterFirstScreen = useAfterFirstScreen();
  const [operatorTapped, setOperatorTapped] = useState(false);
  const openOperator = useCallback(() => setOperatorTapped(true), []);
  return (
    <header className="header">
      <Link href="/" className="brand">
        <CivilProtectionSign size={36} />
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          {site ? <span className="brand-site">{site.name}</span> : null}
        </span>
      </Link>
      {site ? <LinkIndicator /> : null}
      <nav className="header-nav">
        {site ? <EmergencyButton /> : null}
        {site && (role === 'lead' || role === 'volunteer') ? (
          afterFirstScreen || operatorTapped ? (
            <Suspense fallback={<OperatorButtonPlaceholder onOpen={openOperator} />}>
              <OperatorButton openAtOnce={operatorTapped} />
            </Suspense>
          ) : (
            <OperatorButtonPlaceholder onOpen={openOperator} />
          )
        ) : null}
        <LanguageToggle />
        {site ? (
          <Link href="/settings" className="button" aria-label={t('nav.settings')}>
            ⚙ <span className="hide-narrow">{t('nav.settings')}</span>
          </Link>
        ) : null}
      </nav>
    </header>
  );
}
