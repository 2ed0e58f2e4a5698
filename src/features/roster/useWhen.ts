import { dayKey } from '../../domain/lead';
import { formatDateTime, formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';

/** "14:00" today, "wo 26 nov 08:00" on another day. */
export function useWhen(): (iso: string) => string {
  const language = useSession((state) => state.language);
  const today = dayKey(useNow());
  return (iso) => (dayKey(iso) === today ? formatTime(iso, language) : formatDateTime(iso, language));
}
