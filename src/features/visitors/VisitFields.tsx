import { useTranslation } from '../../i18n/useTranslation';
import { NEEDS, type Need } from '../../domain/needs';
import { TextField } from '../common/TextField';
import { ChoiceChips } from './ChoiceChips';
import { Stepper } from './Stepper';
import type { FlagName, Residence, VisitFormErrors, VisitFormState } from './visitForm';

const RESIDENCES: Residence[] = ['address', 'street', 'passingThrough'];
const RESIDENCE_LABEL = { address: 'desk.residenceAddress', street: 'desk.residenceStreet', passingThrough: 'desk.residencePassing' } as const;
const VISITOR_LANGUAGES = ['nl', 'de', 'other'] as const;
const FLAGS: FlagName[] = ['medicalDevice', 'reducedMobility', 'livesAlone', 'needsFollowUp'];

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

/**
 * A visit's fields, in the order of the desk and of the paper form: household, where they live,
 * name and phone (only where the point asks for them), language, needs and what to know. One
 * component for the desk's registration and for typing in a paper form afterwards, so that both
 * always ask the same.
 */
export function VisitFields({
  form,
  errors,
  update,
  collectNames = false,
}: {
  form: VisitFormState;
  errors: VisitFormErrors;
  update: (patch: Partial<VisitFormState>) => void;
  /** The point asks visitors for name and phone (a site setting). */
  collectNames?: boolean;
}) {
  const { t } = useTranslation();
  const errorText = (key: keyof VisitFormErrors) => (errors[key] ? t(errors[key]) : undefined);

  return (
    <>
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
    </>
  );
}
