import { useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { CivilProtectionSign } from '../../../app/CivilProtectionSign';
import type { InfoCard } from '../../../domain';
import { CARD_LANGUAGES, lastTextUpdate } from '../../../domain/infoCards';
import { formatDateTime } from '../../../i18n';
import { useFitText } from '../kiosk/useFitText';

const BOTH = ['nl', 'de'] as const;

/**
 * What goes on paper (src/styles/print.css lays it out): one card as an A4 poster, or all
 * current cards as an information board. Always Dutch and German, whatever the tablet's language.
 * Rendered into <body> so that print.css can hide the app around it.
 */
export function PrintSheet({ kind, cards, siteName, now }: { kind: 'poster' | 'board'; cards: InfoCard[]; siteName: string; now: number }) {
  return createPortal(
    <div className="print-root" data-testid="print-root" data-kind={kind}>
      {kind === 'poster' ? cards.slice(0, 1).map((card) => <Poster key={card.id} card={card} siteName={siteName} now={now} />) : <Board cards={cards} siteName={siteName} now={now} />}
    </div>,
    document.body,
  );
}

/** A fixed text in Dutch and German; `options` may depend on the language (dates). */
function Bilingual({ k, options }: { k: string; options?: (lng: 'nl' | 'de') => Record<string, unknown> }) {
  const { t } = useTranslation();
  return (
    <>
      {BOTH.map((lng) => (
        <span key={lng} lang={lng}>
          {t(k, { ...options?.(lng), lng })}
        </span>
      ))}
    </>
  );
}

function PrintHeader({ siteName, title }: { siteName: string; title: React.ReactNode }) {
  return (
    <header className="print-header">
      <CivilProtectionSign size={72} />
      <div>
        <p className="print-site">{siteName}</p>
        <p className="print-point">
          <Bilingual k="info.kiosk.pointLabel" />
        </p>
      </div>
      <p className="print-title">{title}</p>
    </header>
  );
}

function Poster({ card, siteName, now }: { card: InfoCard; siteName: string; now: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // A short card grows to fill the sheet; a long one shrinks to stay on one sheet.
  useFitText(ref, `${card.id}:${card.updatedAt}`, 1.5);
  const updated = lastTextUpdate(card);
  return (
    <section ref={ref} className="print-page poster">
      <PrintHeader siteName={siteName} title={<Bilingual k={`info.categories.${card.category}`} />} />
      <div className="poster-texts">
        {CARD_LANGUAGES.filter((language) => card[language]?.title.trim()).map((language) => (
          <article key={language} lang={language} className="poster-text">
            <p className="poster-language">{t(`language.${language}`)}</p>
            <h1>{card[language]!.title}</h1>
            <p className="poster-body">{card[language]!.body}</p>
          </article>
        ))}
      </div>
      <footer className="print-footer">
        <p>
          <Bilingual k="info.asOf" options={(lng) => ({ time: formatDateTime(updated, lng) })} />
        </p>
        <p>
          <Bilingual k="info.print.passOn" />
        </p>
        <p className="print-small">
          <Bilingual k="info.print.printedAt" options={(lng) => ({ time: formatDateTime(now, lng) })} />
        </p>
      </footer>
    </section>
  );
}

function Board({ cards, siteName, now }: { cards: InfoCard[]; siteName: string; now: number }) {
  const { t } = useTranslation();
  return (
    <section className="print-page board">
      <PrintHeader siteName={siteName} title={<Bilingual k="info.print.boardTitle" />} />
      <p className="print-small">
        <Bilingual k="info.print.printedAt" options={(lng) => ({ time: formatDateTime(now, lng) })} />
      </p>
      {cards.map((card) => (
        <article key={card.id} className="board-card">
          {BOTH.filter((language) => card[language]?.title.trim()).map((language) => (
            <div key={language} lang={language} className="board-text">
              <h2>{card[language]!.title}</h2>
              <p className="board-body">{card[language]!.body}</p>
              <p className="print-small">{t('info.asOf', { lng: language, time: formatDateTime(lastTextUpdate(card), language) })}</p>
            </div>
          ))}
        </article>
      ))}
      <footer className="print-footer">
        <p>
          <Bilingual k="info.print.passOn" />
        </p>
      </footer>
    </section>
  );
}
