/** Record one movement of an item: received, issued for general use, counted, moved, written off. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { stocktakeCorrection, type StockItem } from '../../domain/lead';
import { countStock, db, moveStock } from '../../db/lead';
import { operatorName } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { checkMovementForm, MOVEMENT_CHOICES, parseQuantity, type MovementFormErrors, type MovementFormState } from './movementForm';
import { useQuantity, useUnitLabel } from './useStock';
import './texts';

const SOURCES = ['coordination', 'donation', 'other'] as const;

export function MovementForm({ item, balance }: { item: StockItem; balance: number }) {
  const { t } = useTranslation();
  const quantity = useQuantity();
  const unitLabel = useUnitLabel();
  const { error, run } = useActionError();
  const [form, setForm] = useState<MovementFormState>({ kind: 'received', quantity: '', source: 'coordination', destination: '', reason: '' });
  const [errors, setErrors] = useState<MovementFormErrors>({});
  const [saved, setSaved] = useState<string | undefined>();
  const update = (patch: Partial<MovementFormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSaved(undefined);
  };
  const counted = form.kind === 'counted' ? parseQuantity(form.quantity) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkMovementForm(form);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const by = operatorName();
    const note = form.reason.trim();
    const result = await run(async () => {
      switch (form.kind) {
        case 'counted':
          return countStock(db, { itemId: item.id, counted: checked.quantity, reason: note, by });
        case 'received': {
          const source = t(`stock.sources.${form.source}`);
          return moveStock(db, 'received', { itemId: item.id, quantity: checked.quantity, reason: note ? `${source}: ${note}` : source, by });
        }
        case 'transferred':
          return moveStock(db, 'transferred', { itemId: item.id, quantity: checked.quantity, reason: `→ ${form.destination.trim()}${note ? `: ${note}` : ''}`, by });
        default:
          return moveStock(db, form.kind, { itemId: item.id, quantity: checked.quantity, reason: note, by });
      }
    });
    if (result) {
      setSaved(t(`stock.saved.${form.kind}`));
      setForm({ ...form, quantity: '', destination: '', reason: '' });
    }
  }

  return (
    <form className="form card movement-form" onSubmit={submit} noValidate aria-labelledby="movement-title">
      <h3 id="movement-title">{t('stock.newMovement')}</h3>
      <div className="segmented wrap" role="group" aria-label={t('stock.kindLabel')}>
        {MOVEMENT_CHOICES.map((kind) => (
          <button
            key={kind}
            type="button"
            className={kind === form.kind ? 'button button-toggle is-active' : 'button button-toggle'}
            aria-pressed={kind === form.kind}
            data-kind={kind}
            onClick={() => {
              update({ kind });
              setErrors({});
            }}
          >
            {t(`stock.kinds.${kind}`)}
          </button>
        ))}
      </div>
      <div className="field-row">
        <TextField
          name="quantity"
          label={t(form.kind === 'counted' ? 'stock.countedLabel' : 'stock.quantityLabel', { unit: unitLabel(item.unit) })}
          value={form.quantity}
          onChange={(value) => update({ quantity: value })}
          error={errors.quantity ? t(errors.quantity) : undefined}
          inputMode="decimal"
          autoComplete="off"
          className="field-quantity"
        />
        {form.kind === 'transferred' ? (
          <TextField name="destination" label={t('stock.destination')} value={form.destination} onChange={(destination) => update({ destination })} error={errors.destination ? t(errors.destination) : undefined} />
        ) : null}
      </div>
      {form.kind === 'counted' && counted !== undefined && counted >= 0 ? (
        <p className="muted" data-testid="count-difference">
          {t('stock.countDifference', { balance: quantity(balance, item.unit), difference: quantity(stocktakeCorrection(balance, counted), item.unit) })}
        </p>
      ) : null}
      {form.kind === 'received' ? (
        <div className="segmented wrap" role="group" aria-label={t('stock.source')}>
          {SOURCES.map((source) => (
            <button key={source} type="button" className={source === form.source ? 'chip is-active' : 'chip'} aria-pressed={source === form.source} onClick={() => update({ source })}>
              {t(`stock.sources.${source}`)}
            </button>
          ))}
        </div>
      ) : null}
      <TextField
        name="reason"
        label={form.kind === 'writtenOff' ? t('stock.reasonRequired') : t('stock.reasonOptional')}
        value={form.reason}
        onChange={(reason) => update({ reason })}
        error={errors.reason ? t(errors.reason) : undefined}
        autoComplete="off"
      />
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="movement-submit">
          {t(`stock.submit.${form.kind}`)}
        </button>
        {saved ? (
          <p className="saved" role="status" data-testid="movement-saved">
            ✓ {saved}
          </p>
        ) : null}
      </div>
    </form>
  );
}
