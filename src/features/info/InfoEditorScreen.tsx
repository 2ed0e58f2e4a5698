// Registers this area's texts before its screens render (src/i18n/texts.ts).
import './texts';
import './editor/texts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { db } from '../../db';
import { deleteInfoCard } from '../../db/actions/infoCards';
import type { InfoCard } from '../../domain';
import { displayOrder, isCurrent, isExpired } from '../../domain/infoCards';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { useNow } from '../common/useNow';
import { InfoCardForm } from './editor/InfoCardForm';
import { InfoCardItem } from './editor/InfoCardItem';
import { PrintSheet } from './print/PrintSheet';
import { usePrintJob } from './print/usePrintJob';
import { useStarterCards } from './useStarterCards';
import './editor/editor.css';

type Editing = { kind: 'new' } | { kind: 'card'; id: string } | null;

/**
 * The site lead's info cards (route /lead/info): write and translate cards, see which need a
 * translation, print posters and the information board. Bulletins of the coordination point
 * are shown but cannot be changed here.
 */
export default function InfoEditorScreen() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const site = useSession((state) => state.site);
  const now = useNow(30_000);
  const all = useLiveQuery(() => db.infoCards.toArray(), []);
  const seeded = useStarterCards(all);
  const [editing, setEditing] = useState<Editing>(null);
  const [savedAt, setSavedAt] = useState<number>();
  const { error, run } = useActionError();
  const { job, print } = usePrintJob();

  const { current, planned, expired } = useMemo(() => {
    const live = (all ?? []).filter((card) => !card.deleted);
    return {
      current: displayOrder(live.filter((card) => isCurrent(card, now))),
      planned: live.filter((card) => !isCurrent(card, now) && !isExpired(card, now)).sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '')),
      expired: live.filter((card) => isExpired(card, now)).length,
    };
  }, [all, now]);

  const editedCard = editing?.kind === 'card' ? all?.find((card) => card.id === editing.id) : undefined;
  const printCards: InfoCard[] = job?.kind === 'poster' ? (all ?? []).filter((card) => card.id === job.cardId) : current;

  function done(card?: InfoCard) {
    setEditing(null);
    if (card) setSavedAt(Date.now());
  }

  const item = (card: InfoCard) => (
    <InfoCardItem
      key={card.id}
      card={card}
      now={now}
      language={language}
      onEdit={() => {
        setSavedAt(undefined);
        setEditing({ kind: 'card', id: card.id });
      }}
      onDelete={() => void run(() => deleteInfoCard(db, card.id))}
      onPrint={() => print({ kind: 'poster', cardId: card.id })}
    />
  );

  return (
    <section className="panel info-editor" data-testid="info-editor">
      <div className="info-editor-head">
        <h1>{t('info.editor.title')}</h1>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setSavedAt(undefined);
              setEditing({ kind: 'new' });
            }}
          >
            {t('info.editor.newCard')}
          </button>
          <button type="button" className="button" onClick={() => print({ kind: 'board' })} disabled={!current.length}>
            {t('info.editor.printBoard')}
          </button>
        </div>
      </div>
      <p className="muted">{t('info.editor.intro')}</p>
      {seeded ? (
        <p className="hint" role="status">
          {t('info.editor.seeded', { count: seeded })}
        </p>
      ) : null}
      {savedAt ? (
        <p className="saved" role="status">
          {t('info.editor.saved', { time: formatTime(savedAt, language) })}
        </p>
      ) : null}
      <StorageErrorMessage error={error} />

      {editing && (editing.kind === 'new' || editedCard) ? (
        <div className="card">
          <InfoCardForm key={editing.kind === 'new' ? 'new' : editing.id} saved={editedCard} onDone={done} />
        </div>
      ) : null}

      <h2>{t('info.editor.current')}</h2>
      {all && !current.length ? <p className="muted">{t('info.editor.none')}</p> : null}
      <ul className="info-list">{current.map(item)}</ul>
      {planned.length ? (
        <>
          <h2>{t('info.editor.planned')}</h2>
          <ul className="info-list">{planned.map(item)}</ul>
        </>
      ) : null}
      {expired ? <p className="muted">{t('info.editor.expiredHidden', { count: expired })}</p> : null}

      {job && printCards.length ? <PrintSheet kind={job.kind} cards={printCards} siteName={site?.name ?? t('app.name')} now={now} /> : null}
    </section>
  );
}
