import { useRef } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { InfoCard } from '../../../domain';
import { lastTextUpdate, type CardLanguage } from '../../../domain/infoCards';
import { formatCardTime } from '../time';
import { useFitText } from './useFitText';

/** One card, in one language or side by side; the type shrinks only as far as the text needs. */
export function KioskCard({ card, languages, now }: { card: InfoCard; languages: CardLanguage[]; now: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useFitText(ref, `${card.id}:${card.updatedAt}:${languages.join()}`);
  const updated = lastTextUpdate(card);
  return (
    <div ref={ref} className={`kiosk-card ${languages.length > 1 ? 'is-split' : 'is-single'}`} data-testid="kiosk-card" data-card-id={card.id}>
      {languages.map((language) => {
        const text = card[language]!;
        // Texts for the kiosk chrome exist in nl and de; English cards use the Dutch labels.
        const lng = language === 'en' ? 'nl' : language;
        return (
          <article key={language} lang={language} className="kiosk-card-text" data-language={language}>
            <p className="kiosk-card-meta">
              <span className="kiosk-language-tag">{t(`language.${language}`)}</span>
              <span>{t(`info.categories.${card.category}`, { lng })}</span>
            </p>
            <h2>{text.title}</h2>
            <p className="kiosk-card-body">{text.body}</p>
            <p className="kiosk-card-asof">{t('info.asOf', { lng, time: formatCardTime(updated, lng, now) })}</p>
          </article>
        );
      })}
    </div>
  );
}
