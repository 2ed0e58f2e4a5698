/** /lead/stock: every item with its balance, low stock standing out, supply requests below. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { consumptionPerDay, isBelowMinimum, lastDays } from '../../domain/lead';
import { db, seedCatalogue } from '../../db/lead';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { useNow } from '../common/useNow';
import { useSession } from '../../state/session';
import { SupplyRequestList } from './SupplyRequestList';
import { useItemName, useQuantity, useStockOverview } from './useStock';
import './texts';
import './stock.css';

const CONSUMPTION_DAYS = 3;

export default function StockScreen() {
  const { t } = useTranslation();
  const itemName = useItemName();
  const quantity = useQuantity();
  const language = useSession((state) => state.language);
  const { error, run } = useActionError();
  const overview = useStockOverview();
  const now = useNow();
  const days = lastDays(now, CONSUMPTION_DAYS);
  const since = new Date(now - (CONSUMPTION_DAYS + 1) * 86_400_000).toISOString();
  const consumption = useLiveQuery(async () => consumptionPerDay(await db.stockMovements.where('at').aboveOrEqual(since).toArray(), days), [since, days.join()]);

  useEffect(() => {
    void run(() => seedCatalogue(db));
  }, [run]);

  if (!overview) return null;
  const below = overview.items.filter((item) => isBelowMinimum(item, overview.balances.get(item.id) ?? 0));
  const weekday = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'nl-NL', { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  const dayLabel = (day: string, index: number) => (index === days.length - 1 ? t('stock.today') : weekday.format(new Date(day)));

  return (
    <div className="stock">
      <div className="toolbar">
        <h2>{t('stock.title')}</h2>
        <Link href="/lead/stock/handout" className="button button-primary button-large">
          {t('stock.handOut')}
        </Link>
        <Link href="/lead/stock/new" className="button">
          + {t('stock.addItem')}
        </Link>
      </div>
      <StorageErrorMessage error={error} />
      {below.length > 0 ? (
        <div className="alert alert-warn low-stock" role="status" data-testid="low-stock">
          <span>
            <strong>{t('stock.belowMinimum', { count: below.length })}</strong> {below.map(itemName).join(', ')}
          </span>
          <Link href="/lead/stock/request" className="button button-primary" data-testid="draft-request">
            {t('stock.draftRequest')}
          </Link>
        </div>
      ) : null}
      <table className="stock-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('stock.item')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('stock.balance')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('stock.minimum')}
            </th>
            <th scope="colgroup" colSpan={days.length} className="consumption-col center">
              {t('stock.consumption')}
            </th>
          </tr>
          <tr>
            {days.map((day, index) => (
              <th key={day} scope="col" className="num consumption-col">
                {dayLabel(day, index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.items.map((item) => {
            const balance = overview.balances.get(item.id) ?? 0;
            const low = isBelowMinimum(item, balance);
            const used = consumption?.get(item.id) ?? days.map(() => 0);
            return (
              <tr key={item.id} className={low ? 'is-low' : undefined} data-testid="stock-row" data-item-id={item.id} data-balance={balance}>
                <th scope="row">
                  <Link href={`/lead/stock/item/${item.id}`} className="item-link">
                    {itemName(item)}
                  </Link>
                  {low ? <span className="badge badge-low">{t('stock.low')}</span> : null}
                </th>
                <td className="num balance">{quantity(balance, item.unit)}</td>
                <td className="num muted">{quantity(item.minimum, item.unit)}</td>
                {used.map((value, index) => (
                  <td key={days[index]} className="num muted consumption-col">
                    {value ? quantity(value, item.unit) : '–'}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <SupplyRequestList />
    </div>
  );
}
