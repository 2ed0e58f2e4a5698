/**
 * A household edited on two tablets that worked apart: the later edit wins per field
 * (DESIGN.md, guarantee 5), so a phone number corrected at one desk and the number of children
 * corrected at the other both survive the sync.
 *
 * A `visit.registered` message says which fields its form changed (`changed`); a tablet keeps,
 * per household, the HLC of the edit each field came from (`fieldTimes`). The field's value is
 * that of the edit with the latest HLC among those that changed it, whatever order the edits
 * arrive in. A message without `changed` (a new household, or one made before this rule)
 * changes every field: for such messages this is the record-wide last write wins of before.
 *
 * The address is one field: a residence, postcode, house number, street and village come as a
 * whole, and mixing the street of one edit with the house number of another makes a wrong one.
 */
import type { Household } from './records';

export const HOUSEHOLD_FIELDS = [
  'adults',
  'children',
  'address',
  'language',
  'name',
  'phone',
  'medicalDevice',
  'reducedMobility',
  'livesAlone',
  'needsFollowUp',
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

const ADDRESS_PARTS = ['residence', 'postcode', 'houseNumber', 'street', 'village'] as const;
const FLAGS = ['medicalDevice', 'reducedMobility', 'livesAlone', 'needsFollowUp'] as const;
type Flag = (typeof FLAGS)[number];
const isFlag = (field: HouseholdField): field is Flag => (FLAGS as readonly string[]).includes(field);

/** The HLC of the edit each field's value came from, for the fields whose time is not `updatedAt`. */
export type HouseholdFieldTimes = Partial<Record<HouseholdField, string>>;

/** A household as a tablet keeps it: its values and, where they differ, each field's time. */
export type KnownHousehold = Household & { fieldTimes?: HouseholdFieldTimes };

/** What a household's details are, without its identity and time. */
export type HouseholdDetails = Omit<Household, 'id' | 'updatedAt'>;

function valueOf(household: HouseholdDetails, field: HouseholdField): unknown {
  if (field === 'address') return ADDRESS_PARTS.map((part) => household[part] ?? '');
  if (isFlag(field)) return household.flags[field];
  return household[field] ?? '';
}

function copyField(target: Household, source: Household, field: HouseholdField): void {
  if (field === 'address') {
    for (const part of ADDRESS_PARTS) {
      if (source[part] === undefined) delete target[part];
      else (target as Record<string, unknown>)[part] = source[part];
    }
  } else if (isFlag(field)) {
    target.flags = { ...target.flags, [field]: source.flags[field] };
  } else if (source[field] === undefined) {
    delete target[field];
  } else {
    (target as Record<string, unknown>)[field] = source[field];
  }
}

/** The fields whose value differs between what the tablet had and what the form now says. */
export function changedHouseholdFields(before: HouseholdDetails, after: HouseholdDetails): HouseholdField[] {
  return HOUSEHOLD_FIELDS.filter((field) => JSON.stringify(valueOf(before, field)) !== JSON.stringify(valueOf(after, field)));
}

export function householdFieldTime(household: KnownHousehold, field: HouseholdField): string {
  return household.fieldTimes?.[field] ?? household.updatedAt;
}

/** `updatedAt` is the latest field time; `fieldTimes` lists only the fields of another time. */
function normalised(values: Household, times: Record<HouseholdField, string>, placeholderTime: string): KnownHousehold {
  const latest = HOUSEHOLD_FIELDS.reduce((max, field) => (times[field] > max ? times[field] : max), '');
  const updatedAt = latest || placeholderTime;
  const fieldTimes: HouseholdFieldTimes = {};
  for (const field of HOUSEHOLD_FIELDS) if (times[field] !== updatedAt) fieldTimes[field] = times[field];
  const { fieldTimes: _previous, ...rest } = values as KnownHousehold;
  return Object.keys(fieldTimes).length > 0 ? { ...rest, updatedAt, fieldTimes } : { ...rest, updatedAt };
}

/**
 * `current` after the edit `edit` (made at `edit.updatedAt`) that changed `fields`. Returns
 * `current` itself when the edit changes nothing, so a caller knows there is nothing to write.
 *
 * An edit of a household the tablet does not know yet (the message that made it comes later,
 * e.g. in a relay file) keeps the other fields' values with no time, so that any real edit of
 * them, the first one included, replaces them.
 */
export function mergeHouseholdEdit(current: KnownHousehold | undefined, edit: Household, fields: readonly HouseholdField[] = HOUSEHOLD_FIELDS): KnownHousehold {
  const editTime = edit.updatedAt;
  if (!current) {
    const times = Object.fromEntries(HOUSEHOLD_FIELDS.map((field) => [field, fields.includes(field) ? editTime : ''])) as Record<HouseholdField, string>;
    return normalised(edit, times, editTime);
  }
  const winning = fields.filter((field) => editTime > householdFieldTime(current, field));
  if (winning.length === 0) return current;
  const values: Household = { ...current, flags: { ...current.flags } };
  const times = Object.fromEntries(HOUSEHOLD_FIELDS.map((field) => [field, householdFieldTime(current, field)])) as Record<HouseholdField, string>;
  for (const field of winning) {
    copyField(values, edit, field);
    times[field] = editTime;
  }
  return normalised(values, times, editTime);
}
