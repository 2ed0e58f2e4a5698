/** Add a volunteer on the spot (name, phone, organisation, skills, PIN), or edit one. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { VOLUNTEER_SKILLS, type Volunteer } from '../../domain/lead';
import { db, saveVolunteer } from '../../db/lead';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { checkVolunteerForm, ORGANISATIONS, volunteerFormFrom, type VolunteerFormErrors, type VolunteerFormState } from './volunteerForm';
import './texts';

export function VolunteerForm({ volunteer, onDone }: { volunteer?: Volunteer; onDone: (saved?: Volunteer) => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [form, setForm] = useState<VolunteerFormState>(() => volunteerFormFrom(volunteer));
  const [errors, setErrors] = useState<VolunteerFormErrors>({});
  const update = (patch: Partial<VolunteerFormState>) => setForm((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkVolunteerForm(form, volunteer);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const saved = await run(() => saveVolunteer(db, checked.input));
    if (saved) onDone(saved);
  }

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="volunteer-form-title" data-testid="volunteer-form">
      <h3 id="volunteer-form-title">{volunteer ? t('roster.editVolunteer') : t('roster.addVolunteer')}</h3>
      <div className="field-row">
        <TextField name="name" label={t('roster.name')} value={form.name} onChange={(name) => update({ name })} error={errors.name ? t(errors.name) : undefined} autoComplete="off" />
        <TextField name="phone" label={t('roster.phone')} value={form.phone} onChange={(phone) => update({ phone })} inputMode="tel" autoComplete="off" />
      </div>
      <fieldset>
        <legend>{t('roster.organisation')}</legend>
        <div className="chips-list">
          {ORGANISATIONS.map((organisation) => (
            <button key={organisation} type="button" className={form.organisation === organisation ? 'chip is-active' : 'chip'} aria-pressed={form.organisation === organisation} onClick={() => update({ organisation })}>
              {t(`roster.organisations.${organisation}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('roster.skills')}</legend>
        <div className="chips-list">
          {VOLUNTEER_SKILLS.map((skill) => {
            const on = form.skills.includes(skill);
            return (
              <button
                key={skill}
                type="button"
                className={on ? 'chip is-active' : 'chip'}
                aria-pressed={on}
                onClick={() => update({ skills: on ? form.skills.filter((entry) => entry !== skill) : VOLUNTEER_SKILLS.filter((entry) => entry === skill || form.skills.includes(entry)) })}
              >
                {t(`roster.skillNames.${skill}`)}
              </button>
            );
          })}
        </div>
      </fieldset>
      <TextField
        name="pin"
        label={volunteer?.pinHash ? t('roster.pinChange') : t('roster.pin')}
        value={form.pin}
        onChange={(pin) => update({ pin: pin.replace(/\D/g, '').slice(0, 4) })}
        error={errors.pin ? t(errors.pin) : undefined}
        inputMode="numeric"
        type="password"
        autoComplete="off"
        className="field-pin"
      />
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="volunteer-submit">
          {t('roster.saveVolunteer')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('roster.cancel')}
        </button>
      </div>
    </form>
  );
}
