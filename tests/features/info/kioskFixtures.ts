/** The point and two cards the kiosk's component tests show (kiosk.test.tsx, kioskSnapshot.test.tsx). */
import { formatHlc, type InfoCard } from '../../../src/domain';

export const SITE = { id: '11111111-1111-4111-8111-111111111111', name: 'Dorpshuis Dinxperlo', municipality: 'Aalten' };
export const stamp = formatHlc({ wallMs: Date.now() - 60_000, counter: 0, node: 'tablet-a' });

export const WATER: InfoCard = {
  id: '00000000-0000-4000-8000-0000000000d1',
  category: 'drinkingWater',
  nl: { title: 'Water bij de kerk', body: 'Elke dag van 9 tot 17 uur.', updatedAt: stamp },
  de: { title: 'Wasser an der Kirche', body: 'Jeden Tag von 9 bis 17 Uhr.', updatedAt: stamp },
  source: 'site',
  version: 1,
  pinned: true,
  sample: false,
  deleted: false,
  updatedAt: stamp,
};
export const POWER: InfoCard = {
  ...WATER,
  id: '00000000-0000-4000-8000-0000000000d2',
  category: 'power',
  pinned: false,
  nl: { title: 'Stroom voor medische apparaten', body: 'Vraag het aan de balie.', updatedAt: stamp },
  de: { title: 'Strom für medizinische Geräte', body: 'Fragen Sie am Empfang.', updatedAt: stamp },
};
