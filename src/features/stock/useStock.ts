/** Live stock data for the screens: items in catalogue order with their balances. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/useTranslation';
import type { StockItem } from '../../domain';
import { DEFAULT_CATALOGUE, STOCK_UNITS } from '../../domain/catalogue';
import { db } from '../../db';
import { readBalances } from '../../db/stockTotals';
import { useSession } from '../../state/session';

const CATALOGUE_ORDER = new Map(DEFAULT_CATALOGUE.map((item, index) => [item.id, index]));

export function sortItems(items: StockItem[]): StockItem[] {
  const rank = (item: StockItem) => CATALOGUE_ORDER.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => rank(a) - rank(b) || a.name.nl.localeCompare(b.name.nl, 'nl'));
}

export interface StockOverview {
  items: StockItem[];
  balances: Map<string, number>;
}

export function useStockOverview(): StockOverview | undefined {
  return useLiveQuery(async () => {
    const [items, balances] = await Promise.all([db.stockItems.toArray(), readBalances(db)]);
    return { items: sortItems(items), balances };
  }, []);
}

/** An item's name in the screen language (the catalogue carries Dutch and German). */
export function useItemName(): (item: Pick<StockItem, 'name'>) => string {
  const language = useSession((state) => state.language);
  return (item) => (language === 'de' ? item.name.de || item.name.nl : item.name.nl);
}

/** A unit in the screen language: the catalogue's units are translated, one the lead typed is shown as typed. */
export function useUnitLabel(): (unit: string, value?: number) => string {
  const { t } = useTranslation();
  return (unit, value = 2) => ((STOCK_UNITS as readonly string[]).includes(unit) ? t(`stock.units.${unit}`, { count: Math.abs(value) === 1 ? 1 : 2 }) : unit);
}

/** A quantity without unit in the screen's locale ("3,5"). */
export function useNumber(): (value: number) => string {
  const language = useSession((state) => state.language);
  const format = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'nl-NL', { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/** "12 liter", "1 pakket", "3,5 liter": numbers in the screen's locale with their unit. */
export function useQuantity(): (value: number, unit: string) => string {
  const unitLabel = useUnitLabel();
  const number = useNumber();
  return (value, unit) => `${number(value)} ${unitLabel(unit, value)}`;
}
