/**
 * Calendar days as the point lives them (Europe/Amsterdam), for "today" and per-day figures.
 * Intl exists in browsers and Node alike, so this stays pure.
 */
export const POINT_TIME_ZONE = 'Europe/Amsterdam';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in the point's time zone, as `YYYY-MM-DD`. */
export function dayKey(instant: string | number | Date, timeZone = POINT_TIME_ZONE): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** The last `count` calendar days up to and including the day of `now`, oldest first. */
export function lastDays(now: string | number | Date, count: number, timeZone = POINT_TIME_ZONE): string[] {
  // Calendar arithmetic on the date itself, not "minus 24 h": a DST night has 23 or 25 hours.
  const [year, month, day] = dayKey(now, timeZone).split('-').map(Number);
  const days: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    days.push(new Date(Date.UTC(year, month - 1, day - back)).toISOString().slice(0, 10));
  }
  return days;
}
