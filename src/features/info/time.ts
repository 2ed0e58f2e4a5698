/**
 * Times on info cards, always in Europe/Amsterdam whatever the tablet's own time zone: a card
 * says "as of 14:05" for today and adds the day for older cards (an outage lasts days, and
 * "as of 14:05" on a card from the day before would mislead).
 */
import { TIME_ZONE, formatDateTime, formatTime, type Language } from '../../i18n/core';

/** The day in Amsterdam, yyyy-mm-dd. */
export const amsterdamDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

export function formatCardTime(ms: number, language: Language, now: number = Date.now()): string {
  return amsterdamDay(ms) === amsterdamDay(now) ? formatTime(ms, language) : formatDateTime(ms, language);
}

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
