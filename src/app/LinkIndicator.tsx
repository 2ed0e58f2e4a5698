import { useTranslation } from '../i18n/useTranslation';
import { formatTime } from '../i18n';
import { useLiveDb } from '../features/common/useLiveDb';
import { useSession } from '../state/session';
import { useLink } from '../sync/linkStore';

/** Link state and the number of queued messages, in the header of every volunteer screen. */
export function LinkIndicator() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const { state, lastContact, drain } = useLink();
  const queued = useLiveDb(({ db }) => db.outbox.where('state').equals('pending').count(), [], 0);
  const label = t(`link.${state}`);
  const title = lastContact ? t('link.lastContact', { time: formatTime(lastContact, language) }) : t('link.never');
  return (
    <div className={`link link-${state}`} title={title} data-testid="link-indicator" data-state={state}>
      <span className="link-dot" aria-hidden="true" />
      <span className="link-label">{label}</span>
      <span className="link-queue" data-testid="queue-count" data-count={queued}>
        {queued > 0 ? t('link.queued', { count: queued }) : t('link.allSent')}
      </span>
      {drain && drain.total > 0 ? (
        <progress className="link-progress" max={drain.total} value={drain.sent} aria-label={label} />
      ) : null}
    </div>
  );
}
