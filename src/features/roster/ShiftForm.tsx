/** Plan a shift: day, start, end, role and how many people it needs. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { SHIFT_ROLES } from '../../domain/lead';
import { db, saveShift } from '../../db/lead';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { checkShiftForm, emptyShiftForm, type ShiftFormErrors, type ShiftFormState } from './shiftForm';
import './texts';

export function ShiftForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [form, setForm] = useState<ShiftFormState>(() => emptyShiftForm());
  const [errors, setErrors] = useState<ShiftFormErrors>({});
  const update = (patch: Partial<ShiftFormState>) => setForm((current) => ({ ...current, ...patch }));
  const errorText = (key: keyof ShiftFormErrors) => (errors[key] ? t(errors[key]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkShiftForm(form);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (await run(() => saveShift(db, checked.input))) onDone();
  }

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="shift-form-title" data-testid="shift-form">
      <h3 id="shift-form-title">{t('roster.addShift')}</h3>
      <div className="field-row">
        <TextField name="date" type="date" label={t('roster.date')} value={form.date} onChange={(date) => update({ date })} error={errorText('date')} />
        <TextField name="start" type="time" label={t('roster.start')} value={form.start} onChange={(start) => update({ start })} error={errorText('start')} />
        <TextField name="end" type="time" label={t('roster.end')} value={form.end} onChange={(end) => update({ end })} error={errorText('end')} />
      </div>
      <fieldset>
        <legend>{t('roster.role')}</legend>
        <div className="chips-list">
          {SHIFT_ROLES.map((role) => (
            <button key={role} type="button" className={form.role === role ? 'chip is-active' : 'chip'} aria-pressed={form.role === role} data-role={role} onClick={() => update({ role })}>
              {t(`roster.roles.${role}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="stepper" role="group" aria-labelledby="needed-label">
        <span id="needed-label" className="stepper-label">
          {t('roster.needed')}
        </span>
        <button type="button" className="button stepper-button" aria-label={`${t('roster.needed')} −`} disabled={form.needed <= 1} onClick={() => update({ needed: form.needed - 1 })}>
          −
        </button>
        <output className="stepper-value" aria-live="polite">
          {form.needed}
        </output>
        <button type="button" className="button stepper-button" aria-label={`${t('roster.needed')} +`} disabled={form.needed >= 50} onClick={() => update({ needed: form.needed + 1 })}>
          +
        </button>
      </div>
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="shift-submit">
          {t('roster.saveShift')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('roster.cancel')}
        </button>
      </div>
    </form>
  );
}
