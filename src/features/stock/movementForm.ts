/** The stock movement form's check: errors as i18n keys by field, like the desk's forms. */
export type MovementKindChoice = 'received' | 'issued' | 'counted' | 'transferred' | 'writtenOff';
export const MOVEMENT_CHOICES: MovementKindChoice[] = ['received', 'issued', 'counted', 'transferred', 'writtenOff'];

export interface MovementFormState {
  kind: MovementKindChoice;
  quantity: string;
  source: 'coordination' | 'donation' | 'other';
  destination: string;
  reason: string;
}

export type MovementFormErrors = Partial<Record<'quantity' | 'destination' | 'reason', string>>;

/** Accepts "12", "1,5" and "1.5" (a Dutch or German keyboard gives a comma). */
export function parseQuantity(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) ? value : undefined;
}

export function checkMovementForm(form: MovementFormState): { quantity: number } | { errors: MovementFormErrors } {
  const errors: MovementFormErrors = {};
  const quantity = parseQuantity(form.quantity);
  if (form.kind === 'counted') {
    if (quantity === undefined || quantity < 0) errors.quantity = 'stock.errors.counted';
  } else if (quantity === undefined || quantity <= 0) {
    errors.quantity = 'stock.errors.quantity';
  }
  if (form.kind === 'transferred' && !form.destination.trim()) errors.destination = 'stock.errors.destination';
  if (form.kind === 'writtenOff' && !form.reason.trim()) errors.reason = 'stock.errors.reason';
  return Object.keys(errors).length || quantity === undefined ? { errors } : { quantity };
}
