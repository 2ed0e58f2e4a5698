/**
 * What visitors come for. Its own module without zod, so the desk's registration form can show
 * the choices before the schemas (which it needs only to save) have loaded.
 */
export const NEEDS = [
  'information',
  'drinkingWater',
  'food',
  'medical',
  'warmth',
  'devicePower',
  'contactRelatives',
  'listeningEar',
  'shelterReferral',
  'other',
] as const;
export type Need = (typeof NEEDS)[number];
