/**
 * The incident time as the volunteer types it (14:05, 1405, 14.05), read as a time of today in
 * Europe/Amsterdam, whatever the tablet's own time zone. A time more than a few minutes ahead
 * of now was yesterday (23:50, typed at 00:10).
 */
import { TIME_ZONE } from '../../i18n';

const TIME = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/;
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The ISO instant of `text` (hh:mm) today in Amsterdam, or undefined when it is no time. */
export function incidentTimeIso(text: string, now: Date): string | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const hhmm = `${match[1].padStart(2, '0')}:${match[2]}`;
  for (const dayOffset of [0, -1]) {
    const date = day.format(new Date(now.getTime() + dayOffset * 86_400_000));
    // Amsterdam is UTC+1 in winter and UTC+2 in summer: take the offset that gives this wall time.
    for (const offset of ['+01:00', '+02:00']) {
      const candidate = new Date(`${date}T${hhmm}:00${offset}`);
      if (clock.format(candidate) !== hhmm) continue;
      if (candidate.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS) return candidate.toISOString();
    }
  }
  return undefined;
}
