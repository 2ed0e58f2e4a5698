/** The registration form's state, and its check: errors say what to fix, by field. */
import type { Household, Visit } from '../../domain';
import { NEEDS, type Need } from '../../domain/needs';
import { normalisePostcode } from '../../domain/postcode';
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
  /** Only asked when the site lead switched on `collectNames`. */
  name: string;
  phone: string;
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
  name: '',
  phone: '',
  needs: [],
  needOther: '',
  flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false },
};

export type VisitFormErrors = Partial<Record<'postcode' | 'houseNumber' | 'village' | 'household' | 'needs' | 'needOther' | 'phone', string>>;

const POSTCODE_ERROR = { empty: 'postcodeEmpty', format: 'postcodeFormat', forbiddenLetters: 'postcodeForbiddenLetters' } as const;
const PHONE = /^\+?[\d\s()-]{6,20}$/;

/** A blank form; the visitor's language starts as the volunteer's screen language. */
export function emptyVisitForm(language: 'nl' | 'de'): VisitFormState {
  return { ...EMPTY_VISIT_FORM, language };
}

/** The form for the next visit of a known household: its details and the needs of its last visit. */
export function visitFormFor(household: Household, lastVisit: Visit | undefined): VisitFormState {
  return {
    adults: household.adults,
    children: household.children,
    residence: household.residence,
    postcode: household.postcode ?? '',
    houseNumber: household.houseNumber ?? '',
    street: household.street ?? '',
    village: household.village ?? '',
    language: household.language,
    name: household.name ?? '',
    phone: household.phone ?? '',
    needs: lastVisit ? [...lastVisit.needs] : [],
    needOther: lastVisit?.needOther ?? '',
    flags: { ...household.flags },
  };
}

export function isVisitFormDirty(form: VisitFormState, language: 'nl' | 'de'): boolean {
  return JSON.stringify(form) !== JSON.stringify(emptyVisitForm(language));
}

export interface VisitFormOptions {
  /** The site setting: name and phone are asked and stored only when it is on. */
  collectNames?: boolean;
  /** A returning household: the visit is added to it and its details updated. */
  returning?: Household;
}

/** Returns the action input, or the errors as i18n keys. */
export function checkVisitForm(form: VisitFormState, options: VisitFormOptions = {}): { input: VisitInput } | { errors: VisitFormErrors } {
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
  if (options.collectNames && form.phone.trim() && !PHONE.test(form.phone.trim())) errors.phone = 'visitors.personal.phoneError';
  if (Object.keys(errors).length > 0) return { errors };
  // With names off the form does not show them; a returning household keeps what it had.
  const name = options.collectNames ? form.name.trim() || undefined : options.returning?.name;
  const phone = options.collectNames ? form.phone.trim() || undefined : options.returning?.phone;
  return {
    input: {
      householdId: options.returning?.id,
      household: {
        adults: form.adults,
        children: form.children,
        residence: form.residence,
        postcode,
        houseNumber: form.residence === 'address' ? form.houseNumber.trim().toUpperCase() : undefined,
        street: form.residence === 'street' ? form.street.trim() || undefined : undefined,
        village: form.residence === 'street' ? form.village.trim() : undefined,
        language: form.language,
        name,
        phone,
        flags: form.flags,
      },
      needs: NEEDS.filter((need) => form.needs.includes(need)),
      needOther: form.needOther.trim() || undefined,
    },
  };
}
