/**
 * /lead/stock/request: a supply request drafted from low stock. Every item under its minimum
 * is on it with the quantity that brings it back to twice the minimum; the lead can change
 * quantities, add or drop lines, set the urgency and send (into the outbox).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { SUPPLY_URGENCIES, isBelowMinimum, resupplyQuantity } from '../../domain/lead';
import { db, requestSupply } from '../../db/lead';
import { operatorName } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { parseQuantity } from './movementForm';
import { useItemName, useStockOverview, useUnitLabel, type StockOverview } from './useStock';
import './texts';
import './stock.css';

type Urgency = (typeof SUPPLY_URGENCIES)[number];

/** Nothing left of something is critical; under half the minimum is urgent. */
function suggestedUrgency(overview: StockOverview): Urgency {
  const low = overview.items.map((item) => ({ item, balance: overview.balances.get(item.id) ?? 0 })).filter(({ item, balance }) => isBelowMinimum(item, balance));
  if (low.some(({ balance }) => balance <= 0)) return 'critical';
  if (low.some(({ item, balance }) => balance < item.minimum / 2)) return 'urgent';
  return 'normal';
}

export default function SupplyRequestDraft() {
  const overview = useStockOverview();
  if (!overview) return null;
  return <Draft overview={overview} />;
}

function Draft({ overview }: { overview: StockOverview }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const unitLabel = useUnitLabel();
  const { error, run } = useActionError();
  const [lines, setLines] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      overview.items.filter((item) => isBelowMinimum(item, overview.balances.get(item.id) ?? 0)).map((item) => [item.id, String(resupplyQuantity(item, overview.balances.get(item.id) ?? 0))]),
    ),
  );
  const [urgency, setUrgency] = useState<Urgency>(() => suggestedUrgency(overview));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const items = overview.items.flatMap((item) => {
      if (!(item.id in lines)) return [];
      const quantity = parseQuantity(lines[item.id]);
      return [{ itemId: item.id, name: item.name, unit: item.unit, quantity: quantity ?? NaN }];
    });
    if (items.length === 0) return setProblem('stock.errors.noLines');
    if (items.some((line) => !(line.quantity > 0))) return setProblem('stock.errors.quantity');
    setProblem(undefined);
    const sent = await run(() => requestSupply(db, { items, urgency, note: note.trim() || undefined, by: operatorName() }));
    if (sent) navigate('/lead/stock');
  }

  return (
    <form className="form card supply-draft" onSubmit={submit} noValidate aria-labelledby="draft-title">
      <p>
        <Link href="/lead/stock" className="button">
          ← {t('stock.title')}
        </Link>
      </p>
      <h2 id="draft-title">{t('stock.supply.draftTitle')}</h2>
      <p className="muted">{t('stock.supply.draftIntro')}</p>
      <table className="stock-table">
        <tbody>
          {overview.items.map((item) => {
            const balance = overview.balances.get(item.id) ?? 0;
            const included = item.id in lines;
            return (
              <tr key={item.id} className={isBelowMinimum(item, balance) ? 'is-low' : undefined} data-testid="draft-line" data-item-id={item.id}>
                <td>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={included}
                      onChange={() =>
                        setLines((current) => {
                          const next = { ...current };
                          if (included) delete next[item.id];
                          else next[item.id] = String(resupplyQuantity(item, balance) || item.minimum || 1);
                          return next;
                        })
                      }
                    />
                    {itemName(item)}
                  </label>
                </td>
                <td className="num muted">{t('stock.supply.have', { quantity: balance, unit: unitLabel(item.unit, balance) })}</td>
                <td className="num">
                  {included ? (
                    <input
                      className="quantity-input"
                      inputMode="decimal"
                      aria-label={t('stock.supply.quantityFor', { item: itemName(item) })}
                      value={lines[item.id]}
                      onChange={(event) => setLines((current) => ({ ...current, [item.id]: event.target.value }))}
                    />
                  ) : null}{' '}
                  {included ? unitLabel(item.unit) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <fieldset>
        <legend>{t('stock.supply.urgency')}</legend>
        <div className="chips-list">
          {SUPPLY_URGENCIES.map((option) => (
            <button key={option} type="button" className={urgency === option ? 'chip is-active' : 'chip'} aria-pressed={urgency === option} onClick={() => setUrgency(option)}>
              {t(`stock.supply.urgencies.${option}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <label className="field">
        {t('stock.supply.note')}
        <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      {problem ? (
        <p className="field-error" role="alert">
          {t(problem)}
        </p>
      ) : null}
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="send-request">
          {t('stock.supply.send')}
        </button>
      </div>
    </form>
  );
}
