import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { db, registerHelperOffer } from '../../db';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import './texts'; // this area's texts travel with its chunk

interface HelperFormState {
  name: string;
  offer: string;
  availability: string;
  contact: string;
}
const EMPTY: HelperFormState = { name: '', offer: '', availability: '', contact: '' };
type Errors = Partial<Record<'name' | 'offer', string>>;

/** A spontaneous citizen helper or a local initiative offers help; the site lead matches it. */
export function HelperOfferForm() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const setUnsaved = useSession((state) => state.setUnsaved);
  const [form, setForm] = useState<HelperFormState>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const { error, run } = useActionError();
  const dirty = Object.values(form).some(Boolean);

  useEffect(() => {
    setUnsaved('helperOffer', dirty);
    return () => setUnsaved('helperOffer', false);
  }, [dirty, setUnsaved]);

  function update(patch: Partial<HelperFormState>) {
    setForm((current) => ({ ...current, ...patch }));
    setSavedAt(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!form.name.trim()) found.name = 'helpers.errors.name';
    if (!form.offer.trim()) found.offer = 'helpers.errors.offer';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const offer = await run(() =>
      registerHelperOffer(db, {
        name: form.name.trim(),
        offer: form.offer.trim(),
        availability: form.availability.trim() || undefined,
        contact: form.contact.trim() || undefined,
      }),
    );
    if (offer) {
      setForm(EMPTY);
      setSavedAt(offer.at);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="helper-form-title">
      <h1 id="helper-form-title">{t('helpers.title')}</h1>
      <p className="muted form-intro">{t('helpers.intro')}</p>
      <TextField name="name" label={t('helpers.name')} value={form.name} onChange={(name) => update({ name })} error={errors.name ? t(errors.name) : undefined} autoComplete="off" />
      <TextAreaField
        name="offer"
        label={t('helpers.offer')}
        placeholder={t('helpers.offerPlaceholder')}
        value={form.offer}
        onChange={(offerText) => update({ offer: offerText })}
        error={errors.offer ? t(errors.offer) : undefined}
      />
      <TextField
        name="availability"
        label={t('helpers.availability')}
        placeholder={t('helpers.availabilityPlaceholder')}
        value={form.availability}
        onChange={(availability) => update({ availability })}
        autoComplete="off"
      />
      <TextField name="contact" label={t('helpers.contact')} placeholder={t('helpers.contactPlaceholder')} value={form.contact} onChange={(contact) => update({ contact })} autoComplete="off" />
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="helper-submit">
          {t('helpers.save')}
        </button>
        {savedAt ? (
          <p className="saved" role="status" data-testid="helper-saved">
            ✓ {t('helpers.saved', { time: formatTime(savedAt, language) })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
