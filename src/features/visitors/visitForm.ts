/** The registration form's state, and its check: errors say what to fix, by field. */
import { NEEDS, normalisePostcode, type Need } from '../../domain';
import type { VisitInput } from '../../db';

export type Residence = 'address' | 'street' | 'passingThrough';
export type FlagName = 'medicalDevice' | 'reducedMobility' | 'livesAlone' | 'needsFollowUp';

export interface VisitFormState {
  adults: number;
  children: number;
  residence: Residence;
  postcode: string;
  houseNumber: string;
  street: string;
  village: string;
  language: 'nl' | 'de' | 'other';
  needs: Need[];
  needOther: string;
  flags: Record<FlagName, boolean>;
}

const EMPTY_VISIT_FORM: VisitFormState = {
  adults: 1,
  children: 0,
  residence: 'address',
  postcode: '',
  houseNumber: '',
  street: '',
  village: '',
  language: 'nl',
  needs: [],
  needOther: '',
  flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false },
};

export type VisitFormErrors = Partial<Record<'postcode' | 'houseNumber' | 'village' | 'household' | 'needs' | 'needOther', string>>;

const POSTCODE_ERROR = { empty: 'postcodeEmpty', format: 'postcodeFormat', forbiddenLetters: 'postcodeForbiddenLetters' } as const;

/** A blank form; the visitor's language starts as the volunteer's screen language. */
export function emptyVisitForm(language: 'nl' | 'de'): VisitFormState {
  return { ...EMPTY_VISIT_FORM, language };
}

export function isVisitFormDirty(form: VisitFormState, language: 'nl' | 'de'): boolean {
  return JSON.stringify(form) !== JSON.stringify(emptyVisitForm(language));
}

/** Returns the action input, or the errors as i18n keys under `desk.errors`. */
export function checkVisitForm(form: VisitFormState): { input: VisitInput } | { errors: VisitFormErrors } {
  const errors: VisitFormErrors = {};
  let postcode: string | undefined;
  if (form.residence === 'address') {
    const result = normalisePostcode(form.postcode);
    if (result.ok) postcode = result.postcode;
    else errors.postcode = `desk.errors.${POSTCODE_ERROR[result.reason]}`;
    if (!form.houseNumber.trim()) errors.houseNumber = 'desk.errors.houseNumber';
  }
  if (form.residence === 'street' && !form.village.trim()) errors.village = 'desk.errors.village';
  if (form.adults + form.children < 1) errors.household = 'desk.errors.household';
  if (form.needs.length === 0) errors.needs = 'desk.errors.needs';
  if (form.needs.includes('other') && !form.needOther.trim()) errors.needOther = 'desk.errors.needOther';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      household: {
        adults: form.adults,
        children: form.children,
        residence: form.residence,
        postcode,
        houseNumber: form.residence === 'address' ? form.houseNumber.trim().toUpperCase() : undefined,
        street: form.residence === 'street' ? form.street.trim() || undefined : undefined,
        village: form.residence === 'street' ? form.village.trim() : undefined,
        language: form.language,
        flags: form.flags,
      },
      needs: NEEDS.filter((need) => form.needs.includes(need)),
      needOther: form.needOther.trim() || undefined,
    },
  };
}
