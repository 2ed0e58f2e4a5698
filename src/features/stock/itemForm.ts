import type { StockItem } from '../../domain/lead';
import { parseQuantity } from './movementForm';

export interface ItemFormState {
  nameNl: string;
  nameDe: string;
  unit: string;
  minimum: string;
  perPerson: string;
  perHousehold: string;
}

export type ItemFormErrors = Partial<Record<keyof ItemFormState, string>>;

export function itemFormFrom(item: StockItem | undefined): ItemFormState {
  const text = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    nameNl: item?.name.nl ?? '',
    nameDe: item?.name.de ?? '',
    unit: item?.unit ?? 'piece',
    minimum: text(item?.minimum),
    perPerson: text(item?.fairShare?.perPersonPerDay),
    perHousehold: text(item?.fairShare?.perHouseholdPerDay),
  };
}

/** The item as the action takes it, or errors as i18n keys. A German name left empty takes the Dutch one. */
export function checkItemForm(form: ItemFormState): { item: Omit<StockItem, 'id' | 'updatedAt'> } | { errors: ItemFormErrors } {
  const errors: ItemFormErrors = {};
  if (!form.nameNl.trim()) errors.nameNl = 'stock.errors.name';
  if (!form.unit.trim()) errors.unit = 'stock.errors.unit';
  const minimum = parseQuantity(form.minimum);
  if (minimum === undefined || minimum < 0) errors.minimum = 'stock.errors.minimum';
  const optionalPositive = (key: 'perPerson' | 'perHousehold') => {
    if (!form[key].trim()) return undefined;
    const value = parseQuantity(form[key]);
    if (value === undefined || value <= 0) errors[key] = 'stock.errors.share';
    return value;
  };
  const perPersonPerDay = optionalPositive('perPerson');
  const perHouseholdPerDay = optionalPositive('perHousehold');
  if (Object.keys(errors).length) return { errors };
  const fairShare = perPersonPerDay || perHouseholdPerDay ? { ...(perPersonPerDay ? { perPersonPerDay } : {}), ...(perHouseholdPerDay ? { perHouseholdPerDay } : {}) } : undefined;
  return { item: { name: { nl: form.nameNl.trim(), de: form.nameDe.trim() || form.nameNl.trim() }, unit: form.unit.trim(), minimum: minimum ?? 0, fairShare } };
}
