/** Ages and times as the dashboard shows them. */
import type { TFunction } from 'i18next';
import { formatDateTime, formatTime, type Language } from '../../i18n';

/** "45 s", "12 min", "2 u 5 min", "3 d": short enough for a badge, exact enough to act on. */
export function formatAge(ms: number, t: TFunction): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return t('coordination.time.seconds', { count: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('coordination.time.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('coordination.time.hoursMinutes', { hours, minutes: minutes % 60 });
  return t('coordination.time.days', { count: Math.floor(hours / 24) });
}

/** Today's times as "14:05", older ones with their day. */
export function formatWhen(iso: string, language: Language, now = Date.now()): string {
  return now - Date.parse(iso) < 12 * 3600_000 && Date.parse(iso) <= now + 12 * 3600_000 ? formatTime(iso, language) : formatDateTime(iso, language);
}

/** The value of a datetime-local input for an instant, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The instant a datetime-local input means, or undefined when empty or not a time. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}
