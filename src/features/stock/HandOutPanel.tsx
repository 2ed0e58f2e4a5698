/**
 * Hand out goods to a registered household in two taps: tap an item (the quantity starts at
 * what is left of the household's fair share today), tap "hand out". When the household has
 * had its share, the panel says so and asks for a reason before it hands out more; the reason
 * is recorded with the movement.
 *
 * For the desk: mount it lazily, `lazy(() => import('../stock/HandOutPanel'))` (default export),
 * or link to /lead/stock/handout?household=<id>. A static import puts the panel, the catalogue
 * and the stock texts into the first load: about 7 KB, more than the budget has left.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
// Narrow imports (not the lead barrels): the desk mounts this panel too, and should bundle only what it uses.
import type { StockItem } from '../../domain';
import { checkFairShare, fairShareAllowance, issuedToHousehold } from '../../domain/ledger';
import { dayKey } from '../../domain/time';
import { db } from '../../db';
import { readBalances } from '../../db/stockTotals';
import { moveStock, seedCatalogue } from '../../db/actions/stockLedger';
import { operatorName } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { sortItems, useItemName, useNumber, useQuantity } from './useStock';
import './texts';
import './stock.css';

export interface HandOutPanelProps {
  householdId: string;
  /** Adults plus children: fair-share rules per person use it. */
  householdSize: number;
}

export function HandOutPanel({ householdId, householdSize }: HandOutPanelProps) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const quantity = useQuantity();
  const number = useNumber();
  const { error, run } = useActionError();
  const [selected, setSelected] = useState<string | undefined>();
  const [amount, setAmount] = useState(1);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  useEffect(() => {
    void seedCatalogue(db).catch(() => undefined); // a failure shows up on the first hand-out instead
  }, []);

  const data = useLiveQuery(async () => {
    // Running totals for the balances; only this household's movements for today's share.
    const [items, balances, movements] = await Promise.all([db.stockItems.toArray(), readBalances(db), db.stockMovements.where('householdId').equals(householdId).toArray()]);
    return { items: sortItems(items), balances, today: issuedToHousehold(movements, householdId, dayKey(Date.now())) };
  }, [householdId]);
  if (!data) return null;

  const item = data.items.find((candidate) => candidate.id === selected);
  const issuedToday = (id: string) => data.today.get(id) ?? 0;
  const check = item ? checkFairShare(item, householdSize, issuedToday(item.id), amount) : undefined;

  function select(next: StockItem) {
    const remaining = checkFairShare(next, householdSize, issuedToday(next.id), 0).remaining;
    setSelected(next.id);
    setAmount(Number.isFinite(remaining) && remaining > 0 ? remaining : 1);
    setReason('');
    setReasonMissing(false);
    setDone(undefined);
  }

  async function handOut() {
    if (!item || !check) return;
    if (!check.withinShare && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const saved = await run(() =>
      moveStock(db, 'issued', { itemId: item.id, quantity: amount, householdId, reason: check.withinShare ? undefined : reason, by: operatorName() }),
    );
    if (saved) {
      setDone(t('stock.handout.done', { quantity: quantity(amount, item.unit), item: itemName(item) }));
      setSelected(undefined);
    }
  }

  return (
    <section className="handout" aria-labelledby="handout-title" data-testid="handout-panel">
      <h2 id="handout-title">{t('stock.handout.title', { count: householdSize })}</h2>
      <div className="handout-body">
        <ul className="handout-grid">
          {data.items.map((candidate) => {
            const allowance = fairShareAllowance(candidate, householdSize);
            const got = issuedToday(candidate.id);
            const full = Number.isFinite(allowance) && got >= allowance;
            return (
              <li key={candidate.id}>
                <button
                  type="button"
                  className={`handout-tile ${candidate.id === selected ? 'is-active' : ''} ${full ? 'is-full' : ''}`}
                  aria-pressed={candidate.id === selected}
                  data-item-id={candidate.id}
                  onClick={() => select(candidate)}
                >
                  <span className="handout-name">{itemName(candidate)}</span>
                  <span className="handout-today">
                    {Number.isFinite(allowance)
                      ? t('stock.handout.todayOfShare', { got: number(got), share: quantity(allowance, candidate.unit) })
                      : t('stock.handout.todayNoRule', { got: quantity(got, candidate.unit) })}
                  </span>
                  <span className="handout-stock muted">{t('stock.handout.inStock', { quantity: number(data.balances.get(candidate.id) ?? 0) })}</span>
                </button>
              </li>
            );
          })}
        </ul>

        <div className="handout-side">
          {item && check ? (
            <div className="handout-confirm" data-testid="handout-confirm">
              <strong className="handout-name">{itemName(item)}</strong>
              <div className="stepper" role="group" aria-label={t('stock.quantity')}>
                <button type="button" className="button stepper-button" aria-label={`${t('stock.quantity')} −`} disabled={amount <= 1} onClick={() => setAmount(amount - 1)}>
                  −
                </button>
                <output className="stepper-value" aria-live="polite" data-testid="handout-amount">
                  {quantity(amount, item.unit)}
                </output>
                <button type="button" className="button stepper-button" aria-label={`${t('stock.quantity')} +`} onClick={() => setAmount(amount + 1)}>
                  +
                </button>
              </div>
              {amount > (data.balances.get(item.id) ?? 0) ? (
                <p className="warn" data-testid="short-stock">
                  {t('stock.handout.shortStock', { quantity: quantity(Math.max(0, data.balances.get(item.id) ?? 0), item.unit) })}
                </p>
              ) : null}
              {!check.withinShare ? (
                <div className="alert alert-warn" role="alert" data-testid="fair-share-warning">
                  <strong>{t('stock.handout.overShare', { got: quantity(check.alreadyIssued, item.unit), share: quantity(check.allowance, item.unit) })}</strong>
                  <label className="field">
                    {t('stock.handout.overrideReason')}
                    <input value={reason} onChange={(event) => setReason(event.target.value)} aria-invalid={reasonMissing || undefined} />
                  </label>
                  {reasonMissing ? <p className="field-error">{t('stock.errors.overrideReason')}</p> : null}
                </div>
              ) : null}
              <button type="button" className={`button button-large ${check.withinShare ? 'button-primary' : 'button-danger'}`} data-testid="handout-submit" onClick={() => void handOut()}>
                {check.withinShare ? t('stock.handout.give', { quantity: quantity(amount, item.unit) }) : t('stock.handout.giveAnyway', { quantity: quantity(amount, item.unit) })}
              </button>
            </div>
          ) : (
            <p className="handout-hint muted">{t('stock.handout.pickItem')}</p>
          )}
          <StorageErrorMessage error={error} />
          {done ? (
            <p className="saved" role="status" data-testid="handout-done">
              ✓ {done}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}

export default HandOutPanel;
