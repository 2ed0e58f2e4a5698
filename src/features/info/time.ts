/**
 * Times on info cards, always in Europe/Amsterdam whatever the tablet's own time zone: a card
 * says "as of 14:05" for today and adds the day for older cards (an outage lasts days, and
 * "as of 14:05" on a card from the day before would mislead). What Intl said is kept across
 * starts (./kiosk/keptTimes.ts), so the kiosk's first screen needs no Intl formatter.
 */
import { TIME_ZONE, formatDateTime, formatTime, type Language } from '../../i18n/core';
import { keptClock, keptDay, keptText } from './kiosk/keptTimes';

let dayFormat: Intl.DateTimeFormat | undefined;

/** The day in Amsterdam, yyyy-mm-dd (one formatter for all calls: making one costs more than using it). */
export const amsterdamDay = (ms: number) =>
  keptDay(ms) ?? (dayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })).format(ms);

/** The time in Amsterdam, 14:05 (as formatTime says it in Dutch and German). */
export const amsterdamClock = (ms: number, language: Language) => keptClock(ms) ?? formatTime(ms, language);

export function formatCardTime(ms: number, language: Language, now: number = Date.now()): string {
  return amsterdamDay(ms) === amsterdamDay(now) ? amsterdamClock(ms, language) : keptText(`${language} ${ms}`, () => formatDateTime(ms, language));
}
