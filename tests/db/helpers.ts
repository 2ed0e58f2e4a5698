import { NoodsteunpuntDb, setUpSite } from '../../src/db';

let counter = 0;

/** A fresh, set-up database per test (fake-indexeddb), so tests never share state. */
export async function freshDb(): Promise<NoodsteunpuntDb> {
  counter += 1;
  const db = new NoodsteunpuntDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
  await setUpSite(db, { siteName: 'Dorpshuis Dinxperlo', municipality: 'Aalten' });
  return db;
}

export const SAMPLE_VISIT = {
  household: {
    adults: 2,
    children: 1,
    residence: 'address' as const,
    postcode: '7091 AB',
    houseNumber: '12',
    language: 'de' as const,
    flags: { medicalDevice: true, reducedMobility: false, livesAlone: false, needsFollowUp: false },
  },
  needs: ['drinkingWater' as const, 'devicePower' as const],
};
