/**
 * The default stock catalogue for a long power outage. Every entry has a fixed id, and its
 * records a fixed "beginning of time" clock value: two tablets that seed the catalogue write
 * the very same records, and any later edit by the lead (a newer clock) wins over the seed.
 */
import { formatHlc } from './hlc';
import type { StockItem } from './records';

/** Units the screens translate (`stock.units.<unit>`); a unit the lead types is shown as typed. */
export const STOCK_UNITS = ['litre', 'piece', 'package', 'kit'] as const;

export const CATALOGUE_HLC = formatHlc({ wallMs: 0, counter: 0, node: 'catalogue' });

export const CATALOGUE_IDS = {
  drinkingWater: '6c1e0000-5e0d-4000-8000-000000000001',
  waterBottles: '6c1e0000-5e0d-4000-8000-000000000002',
  foodPackages: '6c1e0000-5e0d-4000-8000-000000000003',
  babyFood: '6c1e0000-5e0d-4000-8000-000000000004',
  basicMedicines: '6c1e0000-5e0d-4000-8000-000000000005',
  firstAidKits: '6c1e0000-5e0d-4000-8000-000000000006',
  blankets: '6c1e0000-5e0d-4000-8000-000000000007',
  hygieneKits: '6c1e0000-5e0d-4000-8000-000000000008',
  batteries: '6c1e0000-5e0d-4000-8000-000000000009',
  generatorFuel: '6c1e0000-5e0d-4000-8000-00000000000a',
} as const;

type Entry = Omit<StockItem, 'id' | 'updatedAt'>;

const ENTRIES: Record<keyof typeof CATALOGUE_IDS, Entry> = {
  // 3 litres per person per day: the national advice for drinking and basic cooking.
  drinkingWater: { name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'litre', minimum: 300, fairShare: { perPersonPerDay: 3 } },
  waterBottles: { name: { nl: 'Waterflessen 1,5 L', de: 'Wasserflaschen 1,5 L' }, unit: 'piece', minimum: 100, fairShare: { perPersonPerDay: 2 } },
  foodPackages: { name: { nl: 'Voedselpakketten', de: 'Lebensmittelpakete' }, unit: 'package', minimum: 40, fairShare: { perHouseholdPerDay: 1 } },
  babyFood: { name: { nl: 'Babyvoeding', de: 'Babynahrung' }, unit: 'piece', minimum: 20, fairShare: { perHouseholdPerDay: 6 } },
  basicMedicines: { name: { nl: 'Basismedicijnen (paracetamol e.d.)', de: 'Basismedikamente (Paracetamol u. ä.)' }, unit: 'package', minimum: 20, fairShare: { perHouseholdPerDay: 1 } },
  firstAidKits: { name: { nl: 'EHBO-koffers', de: 'Erste-Hilfe-Kästen' }, unit: 'kit', minimum: 3 },
  blankets: { name: { nl: 'Dekens', de: 'Decken' }, unit: 'piece', minimum: 30, fairShare: { perPersonPerDay: 1 } },
  hygieneKits: { name: { nl: 'Hygiënepakketten', de: 'Hygienesets' }, unit: 'kit', minimum: 20, fairShare: { perHouseholdPerDay: 1 } },
  batteries: { name: { nl: 'Batterijen (AA)', de: 'Batterien (AA)' }, unit: 'piece', minimum: 100, fairShare: { perHouseholdPerDay: 4 } },
  generatorFuel: { name: { nl: 'Brandstof aggregaat', de: 'Kraftstoff Stromaggregat' }, unit: 'litre', minimum: 60 },
};

export const DEFAULT_CATALOGUE: readonly StockItem[] = (Object.keys(CATALOGUE_IDS) as (keyof typeof CATALOGUE_IDS)[]).map((key) => ({
  id: CATALOGUE_IDS[key],
  ...ENTRIES[key],
  updatedAt: CATALOGUE_HLC,
}));

/** The item whose balance the sitrep reports as "generator fuel left". */
export const GENERATOR_FUEL_ID = CATALOGUE_IDS.generatorFuel;
