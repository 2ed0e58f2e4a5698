import { isValidPin, type Volunteer } from '../../domain/lead';
import type { VolunteerInput } from '../../db/lead';

export const ORGANISATIONS = ['municipality', 'redCross', 'salvationArmy', 'citizen', 'other'] as const;

export interface VolunteerFormState {
  name: string;
  phone: string;
  organisation: Volunteer['organisation'];
  skills: Volunteer['skills'];
  pin: string;
}

export type VolunteerFormErrors = Partial<Record<'name' | 'pin', string>>;

export function volunteerFormFrom(volunteer?: Volunteer): VolunteerFormState {
  return { name: volunteer?.name ?? '', phone: volunteer?.phone ?? '', organisation: volunteer?.organisation ?? 'citizen', skills: volunteer?.skills ?? [], pin: '' };
}

/**
 * A new volunteer needs a PIN (to sign in at a tablet); an edit keeps the old PIN when the
 * field is left empty. Errors are i18n keys.
 */
export function checkVolunteerForm(form: VolunteerFormState, existing?: Volunteer): { input: VolunteerInput } | { errors: VolunteerFormErrors } {
  const errors: VolunteerFormErrors = {};
  if (!form.name.trim()) errors.name = 'roster.errors.name';
  if (form.pin ? !isValidPin(form.pin) : !existing?.pinHash) errors.pin = 'roster.errors.pin';
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      id: existing?.id,
      name: form.name.trim(),
      phone: form.phone.trim() || undefined,
      organisation: form.organisation,
      skills: form.skills,
      pin: form.pin || undefined,
    },
  };
}
