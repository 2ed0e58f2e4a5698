import { useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { InfoCard } from '../../../domain';
import { lastTextUpdate, translationStatus } from '../../../domain/infoCards';
import type { Language } from '../../../i18n';
import { formatCardTime } from '../time';
import { TranslationFlags } from './TranslationFlags';

interface Props {
  card: InfoCard;
  now: number;
  language: Language;
  onEdit: () => void;
  onDelete: () => void;
  onPrint: () => void;
}

/** One card in the editor's list: both languages side by side, its flags, what can be done with it. */
export function InfoCardItem({ card, now, language, onEdit, onDelete, onPrint }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const readOnly = card.source === 'coordination';
  const title = card.nl?.title || card.de?.title || '';
  return (
    <li className="info-item" data-testid="info-card-item" data-card-id={card.id}>
      <div className="info-item-tags">
        <span className="tag">{t(`info.categories.${card.category}`)}</span>
        {card.pinned ? <span className="tag tag-strong">{t('info.editor.pinned')}</span> : null}
        {card.sample ? <span className="tag tag-warn">{t('info.editor.sample')}</span> : null}
        {readOnly ? <span className="tag tag-strong">{t('info.editor.bulletin')}</span> : null}
      </div>
      <div className="info-item-texts">
        {(['nl', 'de'] as const).map((lang) => (
          <div key={lang} lang={lang} className="info-item-text">
            <h3>{card[lang]?.title || '—'}</h3>
            <p className="muted info-item-body">{card[lang]?.body}</p>
          </div>
        ))}
      </div>
      <TranslationFlags status={translationStatus(card)} />
      <p className="muted info-item-times">
        {t('info.asOf', { time: formatCardTime(lastTextUpdate(card), language, now) })}
        {card.validFrom && Date.parse(card.validFrom) > now ? ` · ${t('info.editor.validFromShort', { time: formatCardTime(Date.parse(card.validFrom), language, now) })}` : null}
        {card.validUntil ? ` · ${t('info.editor.validUntilShort', { time: formatCardTime(Date.parse(card.validUntil), language, now) })}` : null}
      </p>
      {confirming ? (
        <div className="form-actions" role="group" aria-label={t('info.editor.confirmDelete')}>
          <p className="info-confirm">{t('info.editor.confirmDelete')}</p>
          <button type="button" className="button button-danger" onClick={onDelete}>
            {t('info.editor.delete')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('info.editor.cancel')}
          </button>
        </div>
      ) : (
        <div className="form-actions">
          {readOnly ? null : (
            <button type="button" className="button button-primary" onClick={onEdit} aria-label={`${t('info.editor.edit')}: ${title}`}>
              {t('info.editor.edit')}
            </button>
          )}
          <button type="button" className="button" onClick={onPrint} aria-label={`${t('info.editor.printPoster')}: ${title}`}>
            {t('info.editor.printPoster')}
          </button>
          {readOnly ? null : (
            <button type="button" className="button" onClick={() => setConfirming(true)} aria-label={`${t('info.editor.delete')}: ${title}`}>
              {t('info.editor.delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
