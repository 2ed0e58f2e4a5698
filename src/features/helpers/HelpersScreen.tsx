import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/useTranslation';
import { db, queuedRecordIds } from '../../db';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { HelperOfferForm } from './HelperOfferForm';
import './texts'; // this area's texts travel with its chunk

const SHOWN = 200;

/** /desk/helpers: the form, and the offers of help at this point, newest first. */
export default function HelpersScreen() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const list = useLiveQuery(async () => {
    const [offers, queued] = await Promise.all([db.helperOffers.orderBy('at').reverse().limit(SHOWN).toArray(), queuedRecordIds(db, 'helper.offered')]);
    return offers.map((offer) => ({ offer, queued: queued.has(offer.id) }));
  }, []);

  return (
    <div className="desk">
      <HelperOfferForm />
      <section aria-labelledby="helper-list-title">
        <h2 id="helper-list-title">{t('helpers.list')}</h2>
        {list?.length === 0 ? <p className="muted">{t('helpers.none')}</p> : null}
        <ul className="record-list" data-testid="helper-list">
          {list?.map(({ offer, queued }) => (
            <li key={offer.id} className="record-item">
              <div className="record-head">
                <strong>{offer.name}</strong>
                {offer.availability ? <span> · {offer.availability}</span> : null}
              </div>
              <p className="record-text">{offer.offer}</p>
              <div className="muted">
                {offer.contact ? `${offer.contact} · ` : ''}
                {formatDateTime(offer.at, language)}
                {queued ? <span className="queued-badge"> · {t('helpers.waiting')}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
