import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/useTranslation';
import { db, readIdentity } from '../../db';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { useLink } from '../../sync/linkStore';
import { syncNow } from '../../sync/runtime';
import { EnrollForm } from './EnrollForm';

/** Link state, last contact, what waits by kind, and the clock offset: for settings and the lead. */
export function SyncStatusCard() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const link = useLink();
  const identity = useLiveQuery(() => readIdentity(db), []);
  const refusedChanges = useLiveQuery(async () => ((await db.meta.get('invalidChanges'))?.value as unknown[] | undefined)?.length ?? 0, [], 0);
  const queued = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.outbox.where('state').equals('pending').each((entry) => counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1));
    return [...counts.entries()];
  }, []);
  if (identity === undefined && queued === undefined) return null;
  const offsetMinutes = link.clockOffsetMs === undefined ? 0 : Math.round(link.clockOffsetMs / 60_000);

  return (
    <section className="card" data-testid="sync-status">
      <h2>{t('sync.title')}</h2>
      <p>
        <strong>{t(`link.${link.state}`)}</strong> · {link.lastContact ? t('link.lastContact', { time: formatDateTime(link.lastContact, language) }) : t('link.never')}
      </p>
      {identity?.token && identity.enrolledAt ? <p className="ok">{t('enroll.enrolled', { time: formatDateTime(identity.enrolledAt, language) })}</p> : <p className="warn">{t('enroll.notEnrolled')}</p>}
      {link.lastReport?.failure === 'unauthorized' ? (
        <p className="alert alert-error" role="alert">
          {t('sync.unauthorized')}
        </p>
      ) : null}
      {refusedChanges > 0 ? (
        <p className="alert alert-error" data-testid="refused-changes">
          {t('sync.refusedChanges', { count: refusedChanges })}
        </p>
      ) : null}
      {Math.abs(offsetMinutes) >= 2 ? <p className="warn">{t('sync.clockOffset', { minutes: offsetMinutes })}</p> : null}
      {queued && queued.length > 0 ? (
        <>
          <h3>{t('sync.queuedByKind')}</h3>
          <ul data-testid="queued-by-kind">
            {queued.map(([type, count]) => (
              <li key={type}>
                {t(`sync.kinds.${type}`)}: {count}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('link.allSent')}</p>
      )}
      {identity?.token ? (
        <button type="button" className="button" onClick={syncNow}>
          {t('sync.syncNow')}
        </button>
      ) : (
        <EnrollForm />
      )}
    </section>
  );
}
