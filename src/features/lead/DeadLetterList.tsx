import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { db, discardRejected, resendRejected, type OutboxEntry } from '../../db';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';

/** Messages the coordination point refused: fix and resend, or discard with a reason. */
export function DeadLetterList() {
  const { t } = useTranslation();
  const rejected = useLiveQuery(() => db.outbox.where('state').equals('rejected').toArray(), []);
  if (!rejected) return null;
  return (
    <section className="card" data-testid="dead-letters">
      <h2>
        {t('deadLetters.title')} ({rejected.length})
      </h2>
      {rejected.length === 0 ? <p className="muted">{t('deadLetters.none')}</p> : <p>{t('deadLetters.intro')}</p>}
      <ul className="dead-letter-list">
        {rejected.map((entry) => (
          <DeadLetter key={entry.seq} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

function DeadLetter({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const [mode, setMode] = useState<'view' | 'edit' | 'discard'>('view');
  const [payload, setPayload] = useState(() => JSON.stringify(entry.envelope.payload, null, 2));
  const [reason, setReason] = useState('');
  const { error, run } = useActionError();

  return (
    <li className="dead-letter" data-testid="dead-letter">
      <p>
        <strong>{t(`sync.kinds.${entry.type}`)}</strong> · {formatDateTime(entry.createdAt, language)}
      </p>
      <p className="field-error">{t('deadLetters.error', { error: entry.lastError })}</p>
      {mode === 'edit' ? (
        <textarea className="json-editor" value={payload} onChange={(event) => setPayload(event.target.value)} rows={10} aria-label={t('deadLetters.edit')} />
      ) : null}
      {mode === 'discard' ? (
        <div className="field">
          <label>
            {t('deadLetters.discardReason')}
            <input value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
        </div>
      ) : null}
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        {mode === 'view' ? (
          <>
            <button type="button" className="button" onClick={() => setMode('edit')}>
              {t('deadLetters.edit')}
            </button>
            <button type="button" className="button" onClick={() => setMode('discard')}>
              {t('deadLetters.discard')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className={mode === 'edit' ? 'button button-primary' : 'button button-danger'}
              disabled={mode === 'discard' && !reason.trim()}
              onClick={() => void run(() => (mode === 'edit' ? resendRejected(db, entry.seq!, payload) : discardRejected(db, entry.seq!, reason)))}
            >
              {mode === 'edit' ? t('deadLetters.resend') : t('deadLetters.discard')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('deadLetters.cancel')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
