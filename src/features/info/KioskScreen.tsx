import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { formatTime } from '../../i18n';
import { CivilProtectionSign } from '../../app/CivilProtectionSign';
import { useSession } from '../../state/session';

/**
 * The public info screen. Shows info cards only: no visitor, report or volunteer data is ever
 * queried here.
 */
export default function KioskScreen() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const site = useSession((state) => state.site);
  const cards = useLiveQuery(async () => {
    const now = new Date().toISOString();
    const all = await db.infoCards.toArray();
    return all
      .filter((card) => !card.deleted && (!card.validUntil || card.validUntil > now) && (!card.validFrom || card.validFrom <= now))
      .sort((a, b) => Number(b.pinned) - Number(a.pinned));
  }, []);

  return (
    <div className="kiosk" data-testid="kiosk">
      <header className="kiosk-header">
        <CivilProtectionSign size={64} />
        <div>
          <h1>{site?.name ?? t('app.name')}</h1>
          <p>{t('kiosk.askDesk')}</p>
        </div>
      </header>
      {cards && cards.length === 0 ? <p className="kiosk-empty">{t('kiosk.noCards')}</p> : null}
      <div className="kiosk-cards">
        {cards?.map((card) => {
          const text = card[language] ?? card.nl ?? card.de;
          if (!text) return null;
          return (
            <article key={card.id} className="kiosk-card">
              <h2>{text.title}</h2>
              <p>{text.body}</p>
              <p className="kiosk-asof">{t('kiosk.asOf', { time: formatTime(Number(text.updatedAt.slice(0, 15)), language) })}</p>
            </article>
          );
        })}
      </div>
    </div>
  );
}
