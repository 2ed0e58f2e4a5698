import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { db, setUpSite } from '../../db';
import { useSession } from '../../state/session';
import { InstallHint } from '../settings/InstallHint';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { EnrollForm } from '../sync/EnrollForm';

/** First run: the point's name and municipality (until enrollment at the coordination point). */
export function SetupScreen() {
  const { t } = useTranslation();
  const setSite = useSession((state) => state.setSite);
  const [siteName, setSiteName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [touched, setTouched] = useState(false);
  const { error, run } = useActionError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!siteName.trim() || !municipality.trim()) return;
    const identity = await run(() => setUpSite(db, { siteName: siteName.trim(), municipality: municipality.trim() }));
    if (identity) setSite({ id: identity.siteId, name: identity.siteName, municipality: identity.municipality });
  }

  return (
    <section className="panel narrow">
      <h1>{t('setup.title')}</h1>
      <EnrollForm />
      <p className="lead-text">{t('enroll.orLocal')}</p>
      <p className="muted">{t('setup.intro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t('setup.siteName')}
          placeholder={t('setup.siteNamePlaceholder')}
          value={siteName}
          onChange={setSiteName}
          error={touched && !siteName.trim() ? t('setup.required') : undefined}
          name="siteName"
        />
        <TextField
          label={t('setup.municipality')}
          placeholder={t('setup.municipalityPlaceholder')}
          value={municipality}
          onChange={setMunicipality}
          error={touched && !municipality.trim() ? t('setup.required') : undefined}
          name="municipality"
        />
        <StorageErrorMessage error={error} />
        <button type="submit" className="button button-primary button-large">
          {t('setup.submit')}
        </button>
      </form>
      <InstallHint />
    </section>
  );
}
