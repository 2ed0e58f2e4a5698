/**
 * Ids of the starter cards share this prefix (see starterCards.ts), so a screen can tell
 * whether the starter set was ever seeded here without loading the texts.
 */
export const STARTER_ID_PREFIX = '5eed0000-0000-4000-8000-';

export const starterCardId = (n: number) => `${STARTER_ID_PREFIX}${String(n).padStart(12, '0')}`;
