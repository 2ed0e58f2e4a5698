import { Suspense, lazy, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../state/session';
import { LanguageToggle } from './LanguageToggle';
import { Link } from './Link';
import { LinkIndicator } from './LinkIndicator';
import { CivilProtectionSign } from './CivilProtectionSign';
import { useAfterFirstScreen } from './firstScreen';
import { useLaterChrome } from './laterChrome';
import { EmergencyButton } from '../features/reports/EmergencyButton';
import { OperatorButtonPlaceholder } from '../features/roster/OperatorFace';

// Who is at the tablet (volunteer sign-in with PIN); lazy, so the roster code stays out of the first load.
const OperatorButton = lazy(() => import('../features/roster/OperatorButton'));

export function Header() {
  const { t } = useTranslation();
  const site = useSession((state) => state.site);
  const role = useSession((state) => state.role);
  const language = useSession((state) => state.language);
  // On a start, a frame after the screen's content (the registration form): src/app/laterChrome.ts.
  // Not on the first run, whose header has no point's name yet.
  const { later, ref, style } = useLaterChrome<HTMLElement>(`header ${language}`, { enabled: site !== null, measure: site !== null });
  // Who is at the tablet: its face at once, its button (roster code, a chunk) once the page is idle.
  const afterFirstScreen = useAfterFirstScreen();
  const [operatorTapped, setOperatorTapped] = useState(false);
  const openOperator = useCallback(() => setOperatorTapped(true), []);
  if (later) return <header ref={ref} className="header" style={style} />;
  return (
    <header ref={ref} className="header">
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
