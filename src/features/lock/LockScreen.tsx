// Registers this area's texts before its screen renders (src/i18n/texts.ts).
import './texts';
import { Suspense, lazy, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../../i18n/useTranslation';
import { EmergencyButton } from '../reports/EmergencyButton';
import './lock.css';

const OperatorSignIn = lazy(() => import('../roster/OperatorSignIn').then((module) => ({ default: module.OperatorSignIn })));

/**
 * Covers the screen (the forms underneath stay mounted, so nothing typed is lost) until a
 * volunteer signs in with name and PIN. The emergency button stays reachable.
 */
export default function LockScreen({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const [signingIn, setSigningIn] = useState(false);
  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title" data-testid="lock-screen">
      <div className="lock-panel">
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p>{t('lock.body', { minutes })}</p>
        <button type="button" className="button button-primary button-large" onClick={() => setSigningIn(true)} data-testid="lock-sign-in">
          {t('lock.signIn')}
        </button>
        <p className="muted">{t('lock.emergencyHint')}</p>
        <EmergencyButton />
      </div>
      {signingIn
        ? createPortal(
            <Suspense fallback={null}>
              <OperatorSignIn onClose={() => setSigningIn(false)} />
            </Suspense>,
            document.body,
          )
        : null}
    </div>
  );
}
