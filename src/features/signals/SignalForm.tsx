import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { createSignal, db } from '../../db';
import { SIGNAL_CATEGORIES } from '../../domain';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { ChoiceChips } from '../visitors/ChoiceChips';
import './texts'; // this area's texts travel with its chunk

type Category = (typeof SIGNAL_CATEGORIES)[number];
interface SignalFormState {
  category?: Category;
  location: string;
  text: string;
}
const EMPTY: SignalFormState = { location: '', text: '' };
type Errors = Partial<Record<'category' | 'text', string>>;

/** A non-urgent observation from the neighbourhood, for the coordination point's picture. */
export function SignalForm() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const setUnsaved = useSession((state) => state.setUnsaved);
  const [form, setForm] = useState<SignalFormState>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const { error, run } = useActionError();
  const dirty = Boolean(form.category || form.location || form.text);

  useEffect(() => {
    setUnsaved('signal', dirty);
    return () => setUnsaved('signal', false);
  }, [dirty, setUnsaved]);

  function update(patch: Partial<SignalFormState>) {
    setForm((current) => ({ ...current, ...patch }));
    setSavedAt(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!form.category) found.category = 'signals.errors.category';
    if (!form.text.trim()) found.text = 'signals.errors.text';
    setErrors(found);
    if (!form.category || Object.keys(found).length > 0) return;
    const { category } = form;
    const signal = await run(() => createSignal(db, { category, text: form.text.trim(), location: form.location.trim() || undefined }));
    if (signal) {
      setForm(EMPTY);
      setSavedAt(signal.at);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="signal-form-title">
      <h1 id="signal-form-title">{t('signals.title')}</h1>
      <p className="muted form-intro">{t('signals.intro')}</p>
      <ChoiceChips<Category>
        name="category"
        legend={t('signals.category')}
        options={SIGNAL_CATEGORIES}
        selected={form.category ? [form.category] : []}
        onToggle={(category) => update({ category })}
        label={(category) => t(`signals.categories.${category}`)}
        error={errors.category ? t(errors.category) : undefined}
      />
      <TextField name="location" label={t('signals.place')} placeholder={t('signals.placePlaceholder')} value={form.location} onChange={(location) => update({ location })} autoComplete="off" />
      <TextAreaField
        name="text"
        label={t('signals.text')}
        placeholder={t('signals.textPlaceholder')}
        value={form.text}
        onChange={(text) => update({ text })}
        error={errors.text ? t(errors.text) : undefined}
      />
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="signal-submit">
          {t('signals.save')}
        </button>
        {savedAt ? (
          <p className="saved" role="status" data-testid="signal-saved">
            ✓ {t('signals.saved', { time: formatTime(savedAt, language) })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
