/**
 * Times on info cards, always in Europe/Amsterdam whatever the tablet's own time zone: a card
 * says "as of 14:05" for today and adds the day for older cards (an outage lasts days, and
 * "as of 14:05" on a card from the day before would mislead).
 */
import { TIME_ZONE, formatDateTime, formatTime, type Language } from '../../i18n/core';

let dayFormat: Intl.DateTimeFormat | undefined;

/** The day in Amsterdam, yyyy-mm-dd (one formatter for all calls: making one costs more than using it). */
export const amsterdamDay = (ms: number) => (dayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })).format(ms);

export function formatCardTime(ms: number, language: Language, now: number = Date.now()): string {
  return amsterdamDay(ms) === amsterdamDay(now) ? formatTime(ms, language) : formatDateTime(ms, language);
}
