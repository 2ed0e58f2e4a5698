/** Step times of the evaluation as people read them ("45 s", "12 min", "2 u 05 min"); `evaluation.duration.*` texts. */
import type { TFunction } from 'i18next';

const MINUTE = 60_000;

export function formatDuration(ms: number, t: TFunction): string {
  if (ms < MINUTE) return t('evaluation.duration.seconds', { count: Math.round(ms / 1000) });
  if (ms < 60 * MINUTE) return t('evaluation.duration.minutes', { count: Math.round(ms / MINUTE) });
  const minutes = Math.round(ms / MINUTE);
  return t('evaluation.duration.hours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}
