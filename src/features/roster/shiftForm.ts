import { SHIFT_ROLES } from '../../domain/lead';
import type { ShiftInput } from '../../db/lead';

export type ShiftRoleChoice = (typeof SHIFT_ROLES)[number];

export interface ShiftFormState {
  date: string; // YYYY-MM-DD, the tablet's local day
  start: string; // HH:MM
  end: string; // HH:MM; before the start means the next morning
  role: ShiftRoleChoice;
  needed: number;
}

export type ShiftFormErrors = Partial<Record<'date' | 'start' | 'end', string>>;

const pad = (value: number) => String(value).padStart(2, '0');

/** Starts at the next full hour, four hours long. */
export function emptyShiftForm(now = new Date()): ShiftFormState {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  const end = new Date(start.getTime() + 4 * 3600_000);
  return {
    date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
    start: `${pad(start.getHours())}:00`,
    end: `${pad(end.getHours())}:00`,
    role: 'desk',
    needed: 2,
  };
}

export function checkShiftForm(form: ShiftFormState): { input: ShiftInput } | { errors: ShiftFormErrors } {
  const errors: ShiftFormErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = 'roster.errors.date';
  if (!/^\d{2}:\d{2}$/.test(form.start)) errors.start = 'roster.errors.time';
  if (!/^\d{2}:\d{2}$/.test(form.end)) errors.end = 'roster.errors.time';
  else if (form.end === form.start) errors.end = 'roster.errors.endSame';
  if (Object.keys(errors).length) return { errors };
  // Local time of the tablet (the point's own clock); an end before the start is past midnight.
  const start = new Date(`${form.date}T${form.start}`);
  const end = new Date(`${form.date}T${form.end}`);
  if (end <= start) end.setDate(end.getDate() + 1);
  if (Number.isNaN(start.getTime())) return { errors: { date: 'roster.errors.date' } };
  return { input: { start: start.toISOString(), end: end.toISOString(), role: form.role, needed: form.needed, volunteerIds: [] } };
}
