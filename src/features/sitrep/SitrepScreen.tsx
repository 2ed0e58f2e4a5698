/** /lead/sitrep: one tap sends a situation report made from the live figures plus a note. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { createSitrep, db } from '../../db/lead';
import { formatDateTime } from '../../i18n';
import { operatorName, useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { useNow } from '../common/useNow';
import { useSitrepFigures } from './useSitrepFigures';
import './texts';
import './sitrep.css';

export default function SitrepScreen() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const now = useNow(30_000);
  const figures = useSitrepFigures(now);
  const history = useLiveQuery(() => db.sitreps.orderBy('at').reverse().limit(10).toArray(), []);
  const [note, setNote] = useState('');
  const [sentAt, setSentAt] = useState<string | undefined>();
  const { error, run } = useActionError();
  const itemName = (item: { name: { nl: string; de: string } }) => (language === 'de' ? item.name.de : item.name.nl);
  if (!figures) return null;

  async function send() {
    if (!figures) return;
    const sitrep = await run(() =>
      createSitrep(db, {
        // The numbers travel as numbers; the text is the lead's, or says there is nothing to add.
        summary: note.trim() || t('sitrep.nothingToAdd'),
        needs: figures.needCounts.map(({ need, count }) => `${t(`needs.${need}`)}: ${count}`).join(', ') || undefined,
        visitorsToday: figures.visitorsToday,
        visitorsLastHour: figures.visitorsLastHour,
        needCounts: figures.needCounts,
        onSite: figures.onSite,
        staffOnSite: figures.staffOnSite,
        itemsBelowMinimum: figures.itemsBelowMinimum.length,
        openReports: figures.openReports,
        generatorFuelLitres: figures.generatorFuelLitres,
        by: operatorName(),
      }),
    );
    if (sitrep) {
      setNote('');
      setSentAt(sitrep.at);
    }
  }

  const counters: [string, string | number, string][] = [
    [t('sitrep.visitorsToday'), figures.visitorsToday, 'visitors-today'],
    [t('sitrep.visitorsLastHour'), figures.visitorsLastHour, 'visitors-hour'],
    [t('sitrep.onSite'), figures.onSite, 'on-site'],
    [t('sitrep.openReports'), figures.openReports, 'open-reports'],
    [t('sitrep.staffOnSite'), figures.staffOnSite, 'staff'],
    [t('sitrep.fuel'), figures.generatorFuelLitres === undefined ? '–' : `${figures.generatorFuelLitres} L`, 'fuel'],
  ];

  return (
    <div className="sitrep">
      <section className="card" aria-labelledby="sitrep-title">
        <h2 id="sitrep-title">{t('sitrep.title')}</h2>
        <p className="muted">{t('sitrep.intro')}</p>
        <dl className="counters sitrep-counters">
          {counters.map(([label, value, id]) => (
            <div key={id}>
              <dt>{label}</dt>
              <dd data-testid={`sitrep-${id}`}>{value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <strong>{t('sitrep.needs')}:</strong> {figures.needCounts.length ? figures.needCounts.map(({ need, count }) => `${t(`needs.${need}`)} ${count}`).join(' · ') : t('sitrep.none')}
        </p>
        <p className={figures.itemsBelowMinimum.length ? 'warn' : undefined}>
          <strong>{t('sitrep.belowMinimum')}:</strong> {figures.itemsBelowMinimum.length ? figures.itemsBelowMinimum.map(itemName).join(', ') : t('sitrep.none')}
        </p>
        <label className="field">
          {t('sitrep.note')}
          <textarea rows={3} value={note} onChange={(event) => setNote(event.target.value)} placeholder={t('sitrep.notePlaceholder')} />
        </label>
        <StorageErrorMessage error={error} />
        <div className="form-actions">
          <button type="button" className="button button-primary button-large" data-testid="send-sitrep" onClick={() => void send()}>
            {t('sitrep.send')}
          </button>
          {sentAt ? (
            <p className="saved" role="status" data-testid="sitrep-sent">
              ✓ {t('sitrep.sent', { time: formatDateTime(sentAt, language) })}
            </p>
          ) : null}
        </div>
      </section>
      {history && history.length > 0 ? (
        <section className="card" aria-labelledby="sitrep-history">
          <h3 id="sitrep-history">{t('sitrep.history')}</h3>
          <ul className="sitrep-history">
            {history.map((sitrep) => (
              <li key={sitrep.id}>
                <strong>{formatDateTime(sitrep.at, language)}</strong> · {sitrep.by} · {t('sitrep.historyLine', { visitors: sitrep.visitorsToday ?? 0, staff: sitrep.staffOnSite ?? 0 })}
                <div className="muted">{sitrep.summary}</div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
