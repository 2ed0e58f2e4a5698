/**
 * The validity fields of the card editor: \`<input type="datetime-local">\` values read and written
 * as Amsterdam time whatever the tablet's own time zone. Only the editor needs them, so they
 * are not in the kiosk's first load (../time.ts is).
 */
import { TIME_ZONE } from '../../../i18n/core';

const inputParts = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);

/** An ISO instant as the value of an `<input type="datetime-local">` in Amsterdam time. */
export function toAmsterdamInput(iso: string | undefined): string {
  if (!iso) return '';
  const parts = Object.fromEntries(inputParts(Date.parse(iso)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The value of a datetime-local input, read as Amsterdam time, as an ISO instant ('' when empty or invalid). */
export function fromAmsterdamInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return '';
  // Amsterdam is UTC+1 or UTC+2: take the offset under which the instant reads back the same.
  for (const offset of ['+01:00', '+02:00']) {
    const ms = Date.parse(`${value}:00${offset}`);
    if (toAmsterdamInput(new Date(ms).toISOString()) === value) return new Date(ms).toISOString();
  }
  // A time skipped by the spring clock change: take it as winter time.
  return new Date(Date.parse(`${value}:00+01:00`)).toISOString();
}
