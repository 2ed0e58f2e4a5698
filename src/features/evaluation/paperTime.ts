/**
 * The arrival time written on a paper form (a date and hh:mm on the point's clock) as an
 * instant, whatever the tablet's own time zone. A time later than now is a typing error.
 */
import { TIME_ZONE } from '../../i18n';

const TIME = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const clock = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function paperTimeIso(date: string, time: string, now: Date): string | undefined {
  const match = TIME.exec(time.trim());
  if (!match || !DATE.test(date)) return undefined;
  const hhmm = `${match[1].padStart(2, '0')}:${match[2]}`;
  // Amsterdam is UTC+1 in winter and UTC+2 in summer: take the offset that gives this wall time.
  for (const offset of ['+02:00', '+01:00']) {
    const candidate = new Date(`${date}T${hhmm}:00${offset}`);
    if (Number.isNaN(candidate.getTime()) || clock.format(candidate).replace(',', '') !== `${date} ${hhmm}`) continue;
    return candidate.getTime() <= now.getTime() ? candidate.toISOString() : undefined;
  }
  return undefined;
}
