import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/useTranslation';
import { db, queuedRecordIds } from '../../db';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { SignalForm } from './SignalForm';
import './texts'; // this area's texts travel with its chunk

const SHOWN = 100;

/** /desk/signals: the form, and the point's signals, newest first. */
export default function SignalsScreen() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const list = useLiveQuery(async () => {
    const [signals, queued] = await Promise.all([db.signals.orderBy('at').reverse().limit(SHOWN).toArray(), queuedRecordIds(db, 'signal.created')]);
    return signals.map((signal) => ({ signal, queued: queued.has(signal.id) }));
  }, []);

  return (
    <div className="desk">
      <SignalForm />
      <section aria-labelledby="signal-list-title">
        <h2 id="signal-list-title">{t('signals.list')}</h2>
        {list?.length === 0 ? <p className="muted">{t('signals.none')}</p> : null}
        <ul className="record-list" data-testid="signal-list">
          {list?.map(({ signal, queued }) => (
            <li key={signal.id} className="record-item">
              <div className="record-head">
                <strong>{t(`signals.categories.${signal.category}`)}</strong>
                {signal.location ? <span> · {signal.location}</span> : null}
              </div>
              <p className="record-text">{signal.text}</p>
              <div className="muted">
                {formatDateTime(signal.at, language)}
                {queued ? <span className="queued-badge"> · {t('signals.waiting')}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
