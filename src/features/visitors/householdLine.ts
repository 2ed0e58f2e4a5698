import type { TFunction } from 'i18next';
import type { Household } from '../../domain';

/** How the desk names a household without personal data: its address, village, or "passing through". */
export function householdLine(household: Pick<Household, 'postcode' | 'houseNumber' | 'street' | 'village'> | undefined, t: TFunction): string {
  if (household?.postcode) return `${household.postcode} ${household.houseNumber ?? ''}`.trim();
  if (household?.village) return [household.street, household.village].filter(Boolean).join(', ');
  return t('desk.residencePassing');
}
