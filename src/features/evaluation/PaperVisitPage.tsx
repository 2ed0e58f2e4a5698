/**
 * /lead/evaluation/paper-visit: a visit written on paper while the tablet was down, typed in
 * afterwards. The same fields in the same order as the paper form and the desk, plus the time
 * on the paper, which becomes the visit's arrival: the evaluation's visitors per hour must
 * show when people came, not when the forms were typed in.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/Link';
import { dayKey, NEEDS, type Need } from '../../domain/lead';
import { db, registerVisit } from '../../db/lead';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { ChoiceChips } from '../visitors/ChoiceChips';
import { Stepper } from '../visitors/Stepper';
import { checkVisitForm, emptyVisitForm, type FlagName, type Residence, type VisitFormErrors, type VisitFormState } from '../visitors/visitForm';
import '../visitors/texts';
import { paperTimeIso } from './paperTime';
import './texts';

const RESIDENCES: Residence[] = ['address', 'street', 'passingThrough'];
const RESIDENCE_LABEL = { address: 'desk.residenceAddress', street: 'desk.residenceStreet', passingThrough: 'desk.residencePassing' } as const;
const VISITOR_LANGUAGES = ['nl', 'de', 'other'] as const;
const FLAGS: FlagName[] = ['medicalDevice', 'reducedMobility', 'livesAlone', 'needsFollowUp'];

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

export function PaperVisitPage() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const [date, setDate] = useState(() => dayKey(Date.now()));
  const [time, setTime] = useState('');
  const [form, setForm] = useState<VisitFormState>(() => emptyVisitForm(language));
  const [errors, setErrors] = useState<VisitFormErrors & { time?: string }>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const { error, run } = useActionError();
  const update = (patch: Partial<VisitFormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSavedAt(undefined);
  };
  const errorText = (key: keyof typeof errors) => (errors[key] ? t(errors[key]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const arrivedAt = paperTimeIso(date, time, new Date());
    const checked = checkVisitForm(form);
    const timeError = arrivedAt ? {} : { time: 'evaluation.fromPaper.timeError' };
    if ('errors' in checked || !arrivedAt) {
      setErrors({ ...('errors' in checked ? checked.errors : {}), ...timeError });
      return;
    }
    setErrors({});
    const visit = await run(() => registerVisit(db, checked.input, new Date(arrivedAt)));
    if (visit) {
      setForm(emptyVisitForm(language));
      setTime('');
      setSavedAt(visit.arrivedAt);
    }
  }

  return (
    <form className="card form paper-visit" onSubmit={submit} noValidate aria-labelledby="paper-visit-title">
      <h2 id="paper-visit-title">{t('evaluation.fromPaper.title')}</h2>
      <p className="muted">{t('evaluation.fromPaper.intro')}</p>
      <div className="field-row">
        <label className="field">
          {t('evaluation.fromPaper.date')}
          <input type="date" name="paperDate" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <TextField name="paperTime" label={t('evaluation.fromPaper.time')} value={time} onChange={setTime} error={errorText('time')} inputMode="numeric" autoComplete="off" />
      </div>
      <fieldset className={`household ${errors.household ? 'has-error' : ''}`}>
        <legend>{t('desk.household')}</legend>
        <Stepper label={t('desk.adults')} value={form.adults} onChange={(adults) => update({ adults })} />
        <Stepper label={t('desk.children')} value={form.children} onChange={(children) => update({ children })} />
        {errors.household ? <p className="field-error">{errorText('household')}</p> : null}
      </fieldset>
      <ChoiceChips name="residence" legend={t('desk.residence')} options={RESIDENCES} selected={[form.residence]} onToggle={(residence) => update({ residence })} label={(option) => t(RESIDENCE_LABEL[option])} />
      {form.residence === 'address' ? (
        <div className="field-row">
          <TextField name="postcode" label={t('desk.postcode')} value={form.postcode} onChange={(postcode) => update({ postcode })} error={errorText('postcode')} autoComplete="off" />
          <TextField name="houseNumber" label={t('desk.houseNumber')} value={form.houseNumber} onChange={(houseNumber) => update({ houseNumber })} error={errorText('houseNumber')} autoComplete="off" />
        </div>
      ) : null}
      {form.residence === 'street' ? (
        <div className="field-row">
          <TextField name="street" label={t('desk.street')} value={form.street} onChange={(street) => update({ street })} autoComplete="off" />
          <TextField name="village" label={t('desk.village')} value={form.village} onChange={(village) => update({ village })} error={errorText('village')} autoComplete="off" />
        </div>
      ) : null}
      <ChoiceChips
        name="language"
        legend={t('desk.visitorLanguage')}
        options={VISITOR_LANGUAGES}
        selected={[form.language]}
        onToggle={(visitorLanguage) => update({ language: visitorLanguage })}
        label={(option) => (option === 'other' ? t('desk.languageOther') : t(`language.${option}`))}
      />
      <ChoiceChips<Need> name="needs" legend={t('desk.needsTitle')} options={NEEDS} selected={form.needs} onToggle={(need) => update({ needs: toggle(form.needs, need) })} label={(need) => t(`needs.${need}`)} error={errorText('needs')} />
      {form.needs.includes('other') ? <TextField name="needOther" label={t('desk.needOtherText')} value={form.needOther} onChange={(needOther) => update({ needOther })} error={errorText('needOther')} /> : null}
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
        <button type="submit" className="button button-primary button-large" data-testid="paper-visit-submit">
          {t('evaluation.fromPaper.save')}
        </button>
        <Link href="/lead/evaluation" className="button">
          {t('evaluation.fromPaper.back')}
        </Link>
        {savedAt ? (
          <p className="saved" role="status" data-testid="paper-visit-saved">
            ✓ {t('evaluation.fromPaper.saved', { time: formatDateTime(savedAt, language) })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
