import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useSession } from '../state/session';
import { applyUpdate, useUpdate } from './serviceWorker';

export function UpdateBanner() {
  const { t } = useTranslation();
  const { available, reloadPending } = useUpdate();
  const unsaved = useSession((state) => Object.keys(state.unsavedForms).length > 0);
  const [dismissed, setDismissed] = useState(false);
  const [warned, setWarned] = useState(false);
  if ((!available && !reloadPending) || dismissed) return null;

  function reload() {
    if (unsaved && !warned) {
      setWarned(true);
      return;
    }
    applyUpdate();
  }

  return (
    <div className="banner banner-update" role="status" data-testid="update-banner">
      <strong>{t('update.available')}</strong>
      {unsaved && warned ? <span>{t('update.unsaved')}</span> : null}
      <button type="button" className="button button-primary" onClick={reload}>
        {unsaved && warned ? t('update.reloadAnyway') : t('update.reload')}
      </button>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
