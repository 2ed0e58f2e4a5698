/** /lead/stock/item/<id>: balance, a movement form, consumption per day and the item's history. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { consumptionPerDay, isBelowMinimum, lastDays, stockBalances } from '../../domain/lead';
import { db } from '../../db/lead';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import { ItemForm } from './ItemForm';
import { MovementForm } from './MovementForm';
import { useItemName, useQuantity } from './useStock';
import './texts';
import './stock.css';

const HISTORY_DAYS = 7;

export default function ItemDetail({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const itemName = useItemName();
  const quantity = useQuantity();
  const [editing, setEditing] = useState(false);
  const now = useNow();
  const data = useLiveQuery(async () => {
    const [item, movements] = await Promise.all([db.stockItems.get(itemId), db.stockMovements.where('itemId').equals(itemId).toArray()]);
    return { item, movements: movements.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)) };
  }, [itemId]);
  if (!data) return null;
  const { item, movements } = data;
  if (!item) {
    return (
      <p className="alert alert-error">
        {t('stock.unknownItem')} <Link href="/lead/stock">{t('stock.title')}</Link>
      </p>
    );
  }
  const balance = stockBalances(movements).get(item.id) ?? 0;
  const days = lastDays(now, HISTORY_DAYS);
  const perDay = consumptionPerDay(movements, days).get(item.id) ?? days.map(() => 0);
  const peak = Math.max(1, ...perDay);
  const rule = item.fairShare;

  return (
    <div className="item-detail">
      <p>
        <Link href="/lead/stock" className="button">
          ← {t('stock.title')}
        </Link>
      </p>
      <div className="item-head card">
        <div>
          <h2>{itemName(item)}</h2>
          <p className={`item-balance ${isBelowMinimum(item, balance) ? 'is-low' : ''}`} data-testid="item-balance" data-balance={balance}>
            {quantity(balance, item.unit)}
          </p>
          <p className="muted">
            {t('stock.minimumIs', { quantity: quantity(item.minimum, item.unit) })}
            {rule?.perPersonPerDay ? ` · ${t('stock.rulePerPerson', { quantity: quantity(rule.perPersonPerDay, item.unit) })}` : ''}
            {rule?.perHouseholdPerDay ? ` · ${t('stock.rulePerHousehold', { quantity: quantity(rule.perHouseholdPerDay, item.unit) })}` : ''}
          </p>
        </div>
        <button type="button" className="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {t('stock.editItem')}
        </button>
      </div>
      {editing ? <ItemForm item={item} onSaved={() => setEditing(false)} /> : null}
      <div className="item-columns">
        <MovementForm item={item} balance={balance} />
        <section className="card" aria-labelledby="consumption-title">
          <h3 id="consumption-title">{t('stock.consumptionTitle', { count: HISTORY_DAYS })}</h3>
          <ul className="bars" data-testid="consumption">
            {days.map((day, index) => (
              <li key={day}>
                <span className="bar-label">{new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'nl-NL', { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(day))}</span>
                <span className="bar" style={{ width: `${(perDay[index] / peak) * 100}%` }} />
                <span className="bar-value">{perDay[index] ? quantity(perDay[index], item.unit) : '–'}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card" aria-labelledby="history-title">
        <h3 id="history-title">{t('stock.history')}</h3>
        {movements.length === 0 ? <p className="muted">{t('stock.noMovements')}</p> : null}
        <table className="history-table" data-testid="history">
          <tbody>
            {movements.map((movement) => (
              <tr key={movement.id} data-kind={movement.kind}>
                <td>{formatDateTime(movement.at, language)}</td>
                <td>{t(`stock.kinds.${movement.kind}`)}</td>
                <td className={`num ${movement.delta < 0 ? 'minus' : 'plus'}`}>
                  {movement.delta > 0 ? '+' : ''}
                  {quantity(movement.delta, item.unit)}
                </td>
                <td>{movement.by}</td>
                <td className="muted">
                  {movement.householdId ? `${t('stock.toHousehold')}${movement.reason ? ' · ' : ''}` : ''}
                  {movement.reason?.startsWith('supply:') ? t('stock.fromSupplyRequest') : movement.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
