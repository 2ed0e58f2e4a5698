import { useTranslation } from '../../i18n/useTranslation';

function isInstalled(): boolean {
  return (
    window.matchMedia?.('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

function isIos(): boolean {
  return /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
}

/**
 * Safari deletes the storage of sites not added to the home screen after 7 days without use:
 * on a browser tab, tell the person how to install the app.
 */
export function InstallHint() {
  const { t } = useTranslation();
  if (isInstalled()) return <p className="muted">{t('storage.installed')}</p>;
  return (
    <aside className="hint" data-testid="install-hint">
      <h2>{t('storage.installTitle')}</h2>
      <p>{isIos() ? t('storage.installIos') : t('storage.installOther')}</p>
    </aside>
  );
}
