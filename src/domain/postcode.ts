/**
 * Postcodes of the border area: a Dutch one is 4 digits (not starting with 0) and 2 letters,
 * written with or without a space and in any case; a German one is 5 digits (Suderwick/Bocholt).
 */
export type PostcodeCountry = 'NL' | 'DE';

export type PostcodeResult =
  | { ok: true; country: PostcodeCountry; postcode: string }
  | { ok: false; reason: 'empty' | 'format' | 'forbiddenLetters' };

const NL = /^([1-9]\d{3})\s*([a-zA-Z]{2})$/;
const DE = /^\d{5}$/;

export function normalisePostcode(input: string): PostcodeResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const nl = NL.exec(text);
  if (nl) {
    const letters = nl[2].toUpperCase();
    // SA, SD and SS are never issued as Dutch postcode letters.
    if (['SA', 'SD', 'SS'].includes(letters)) return { ok: false, reason: 'forbiddenLetters' };
    return { ok: true, country: 'NL', postcode: `${nl[1]} ${letters}` };
  }
  if (DE.test(text)) return { ok: true, country: 'DE', postcode: text };
  return { ok: false, reason: 'format' };
}

/** The 4 digits of a Dutch postcode: what anonymised exports keep. */
export function postcodeArea(postcode: string): string {
  return postcode.slice(0, 4);
}
