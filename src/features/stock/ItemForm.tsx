/** Add an item to the point's catalogue, or change one (minimum, fair-share rule). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { navigate } from '../../app/router';
import { STOCK_UNITS, type StockItem } from '../../domain/lead';
import { db, defineStockItem } from '../../db/lead';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { checkItemForm, itemFormFrom, type ItemFormErrors, type ItemFormState } from './itemForm';
import { useUnitLabel } from './useStock';
import './texts';
import './stock.css';

export function ItemForm({ item, onSaved }: { item?: StockItem; onSaved?: (item: StockItem) => void }) {
  const { t } = useTranslation();
  const unitLabel = useUnitLabel();
  const { error, run } = useActionError();
  const [form, setForm] = useState<ItemFormState>(() => itemFormFrom(item));
  const [errors, setErrors] = useState<ItemFormErrors>({});
  const update = (patch: Partial<ItemFormState>) => setForm((current) => ({ ...current, ...patch }));
  const errorText = (key: keyof ItemFormState) => (errors[key] ? t(errors[key]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkItemForm(form);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const saved = await run(() => defineStockItem(db, { ...checked.item, id: item?.id }));
    if (saved) onSaved?.(saved);
  }

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="item-form-title">
      <h3 id="item-form-title">{item ? t('stock.editItem') : t('stock.addItem')}</h3>
      <div className="field-row">
        <TextField name="nameNl" label={t('stock.nameNl')} value={form.nameNl} onChange={(nameNl) => update({ nameNl })} error={errorText('nameNl')} />
        <TextField name="nameDe" label={t('stock.nameDe')} value={form.nameDe} onChange={(nameDe) => update({ nameDe })} />
      </div>
      <fieldset className={errors.unit ? 'has-error' : ''}>
        <legend>{t('stock.unit')}</legend>
        <div className="chips-list">
          {STOCK_UNITS.map((unit) => (
            <button key={unit} type="button" className={form.unit === unit ? 'chip is-active' : 'chip'} aria-pressed={form.unit === unit} onClick={() => update({ unit })}>
              {unitLabel(unit)}
            </button>
          ))}
          <input
            className="chip-input"
            aria-label={t('stock.otherUnit')}
            placeholder={t('stock.otherUnit')}
            value={(STOCK_UNITS as readonly string[]).includes(form.unit) ? '' : form.unit}
            onChange={(event) => update({ unit: event.target.value })}
          />
        </div>
        {errors.unit ? <p className="field-error">{errorText('unit')}</p> : null}
      </fieldset>
      <div className="field-row">
        <TextField name="minimum" label={t('stock.minimum')} value={form.minimum} onChange={(minimum) => update({ minimum })} error={errorText('minimum')} inputMode="decimal" />
        <TextField name="perPerson" label={t('stock.perPerson')} value={form.perPerson} onChange={(perPerson) => update({ perPerson })} error={errorText('perPerson')} inputMode="decimal" />
        <TextField name="perHousehold" label={t('stock.perHousehold')} value={form.perHousehold} onChange={(perHousehold) => update({ perHousehold })} error={errorText('perHousehold')} inputMode="decimal" />
      </div>
      <p className="muted">{t('stock.shareHint')}</p>
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="item-submit">
          {t('stock.saveItem')}
        </button>
      </div>
    </form>
  );
}

/** /lead/stock/new */
export default function NewItemPage() {
  return <ItemForm onSaved={(item) => navigate(`/lead/stock/item/${item.id}`)} />;
}
