import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdMatch } from '../../db';
import { NEEDS, type Need } from '../../domain/needs';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { useSiteSetting } from '../common/useSiteSetting';
import { ChoiceChips } from './ChoiceChips';
import { loadVisitActions } from './visitActions';
import { HouseholdSearch } from './HouseholdSearch';
import { ReturningHousehold } from './ReturningHousehold';
import { Stepper } from './Stepper';
import { checkVisitForm, emptyVisitForm, isVisitFormDirty, visitFormFor, type FlagName, type Residence, type VisitFormErrors, type VisitFormState } from './visitForm';
import './texts'; // this area's texts travel with its chunk

const RESIDENCES: Residence[] = ['address', 'street', 'passingThrough'];
const RESIDENCE_LABEL = { address: 'desk.residenceAddress', street: 'desk.residenceStreet', passingThrough: 'desk.residencePassing' } as const;
const VISITOR_LANGUAGES = ['nl', 'de', 'other'] as const;
const FLAGS: FlagName[] = ['medicalDevice', 'reducedMobility', 'livesAlone', 'needsFollowUp'];

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

/**
 * Registering a visit: a new household, or (after a search) a returning one whose details and
 * last needs prefill the form, so a return visit takes two taps.
 */
export function RegisterVisitForm() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const setUnsaved = useSession((state) => state.setUnsaved);
  const collectNames = useSiteSetting('collectNames', false) ?? false;
  const [form, setForm] = useState<VisitFormState>(() => emptyVisitForm(language));
  const [returning, setReturning] = useState<HouseholdMatch | undefined>();
  const [errors, setErrors] = useState<VisitFormErrors>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const { error, run } = useActionError();
  const dirty = isVisitFormDirty(form, language);

  useEffect(() => {
    setUnsaved('registerVisit', dirty);
    return () => setUnsaved('registerVisit', false);
  }, [dirty, setUnsaved]);

  function update(patch: Partial<VisitFormState>) {
    setForm((current) => ({ ...current, ...patch }));
    setSavedAt(undefined);
  }

  function selectReturning(match: HouseholdMatch) {
    setReturning(match);
    setForm(visitFormFor(match.household, match.lastVisit));
    setErrors({});
    setSavedAt(undefined);
  }

  function startOver() {
    setReturning(undefined);
    update(emptyVisitForm(language));
    setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkVisitForm(form, { collectNames, returning: returning?.household });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    // The write path (schemas, outbox) is its own chunk, fetched when the screen was idle.
    const visit = await run(async () => {
      const { registerVisit, db } = await loadVisitActions();
      return registerVisit(db, checked.input);
    });
    if (visit) {
      setForm(emptyVisitForm(language));
      setReturning(undefined);
      setSavedAt(visit.arrivedAt);
    }
  }

  const errorText = (key: keyof VisitFormErrors) => (errors[key] ? t(errors[key]) : undefined);

  return (
    <div className="register">
      <HouseholdSearch collectNames={collectNames} onSelect={selectReturning} />
      <form className="form register-form" onSubmit={submit} noValidate aria-labelledby="register-title">
        <h2 id="register-title">{t('desk.register')}</h2>
        {returning ? <ReturningHousehold match={returning} onCancel={startOver} /> : null}
        <fieldset className={`household ${errors.household ? 'has-error' : ''}`}>
          <legend>{t('desk.household')}</legend>
          <Stepper label={t('desk.adults')} value={form.adults} onChange={(adults) => update({ adults })} />
          <Stepper label={t('desk.children')} value={form.children} onChange={(children) => update({ children })} />
          {errors.household ? <p className="field-error">{errorText('household')}</p> : null}
        </fieldset>

        <ChoiceChips
          name="residence"
          legend={t('desk.residence')}
          options={RESIDENCES}
          selected={[form.residence]}
          onToggle={(residence) => update({ residence })}
          label={(option) => t(RESIDENCE_LABEL[option])}
        />
        {form.residence === 'address' ? (
          <div className="field-row">
            <TextField
              name="postcode"
              label={t('desk.postcode')}
              value={form.postcode}
              onChange={(postcode) => update({ postcode })}
              error={errorText('postcode')}
              autoComplete="off"
              autoCapitalize="characters"
              inputMode="text"
              className="field-postcode"
            />
            <TextField
              name="houseNumber"
              label={t('desk.houseNumber')}
              value={form.houseNumber}
              onChange={(houseNumber) => update({ houseNumber })}
              error={errorText('houseNumber')}
              autoComplete="off"
              className="field-house-number"
            />
          </div>
        ) : null}
        {form.residence === 'street' ? (
          <div className="field-row">
            <TextField name="street" label={t('desk.street')} value={form.street} onChange={(street) => update({ street })} autoComplete="off" />
            <TextField name="village" label={t('desk.village')} value={form.village} onChange={(village) => update({ village })} error={errorText('village')} autoComplete="off" />
          </div>
        ) : null}

        {collectNames ? (
          <fieldset className="personal">
            <p className="muted">{t('visitors.personal.privacy')}</p>
            <div className="field-row">
              <TextField name="name" label={t('desk.name')} value={form.name} onChange={(name) => update({ name })} autoComplete="off" />
              <TextField
                name="phone"
                label={t('desk.phone')}
                value={form.phone}
                onChange={(phone) => update({ phone })}
                error={errorText('phone')}
                autoComplete="off"
                inputMode="tel"
                type="tel"
              />
            </div>
          </fieldset>
        ) : null}

        <ChoiceChips
          name="language"
          legend={t('desk.visitorLanguage')}
          options={VISITOR_LANGUAGES}
          selected={[form.language]}
          onToggle={(visitorLanguage) => update({ language: visitorLanguage })}
          label={(option) => (option === 'other' ? t('desk.languageOther') : t(`language.${option}`))}
        />
        <ChoiceChips<Need>
          name="needs"
          legend={t('desk.needsTitle')}
          options={NEEDS}
          selected={form.needs}
          onToggle={(need) => update({ needs: toggle(form.needs, need) })}
          label={(need) => t(`needs.${need}`)}
          error={errorText('needs')}
        />
        {form.needs.includes('other') ? (
          <TextField name="needOther" label={t('desk.needOtherText')} value={form.needOther} onChange={(needOther) => update({ needOther })} error={errorText('needOther')} />
        ) : null}
        <ChoiceChips<FlagName>
          name="flags"
          legend={t('desk.flagsTitle')}
          options={FLAGS}
          selected={FLAGS.filter((flag) => form.flags[flag])}
          onToggle={(flag) => update({ flags: { ...form.flags, [flag]: !form.flags[flag] } })}
          label={(flag) => t(`flags.${flag}`)}
        />

        <StorageErrorMessage error={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" data-testid="register-submit">
            {t('desk.save')}
          </button>
          <button type="button" className="button" disabled={!dirty && !returning} onClick={startOver}>
            {t('desk.clear')}
          </button>
          {savedAt ? (
            <p className="saved" role="status" data-testid="register-saved">
              ✓ {t('desk.saved', { time: formatTime(savedAt, language) })}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  );
}
