/**
 * What a volunteer types to find a returning household, read as an index query: postcode (+
 * house number) for the `[postcode+houseNumber]` index, or a name prefix for `nameKey`.
 * Stored postcodes are normalised (`7091 AB`, `46399`, see postcode.ts), so partial input is
 * turned into the same shape before it is used as a key prefix.
 */
export type HouseholdQuery =
  /** `postcode` is the whole postcode: the house number (prefix) narrows it down. */
  | { kind: 'address'; postcode: string; houseNumberPrefix: string }
  /** Only part of a postcode typed so far. */
  | { kind: 'postcodePrefix'; prefix: string }
  | { kind: 'name'; prefix: string }
  | { kind: 'none' };

const NL_FULL = /^([1-9]\d{3})\s*([a-z]{2})(?:[\s,-]*(\S.*))?$/i;
const NL_ONE_LETTER = /^([1-9]\d{3})\s*([a-z])$/i;
const DE_FULL = /^(\d{5})(?:[\s,-]+(\S.*))?$/;
const DIGITS = /^\d{2,4}$/;
const NAME = /^\p{L}/u;

export function parseHouseholdQuery(input: string): HouseholdQuery {
  const text = input.trim().replace(/\s+/g, ' ');
  // Every kind below needs two characters at least. The desk's search box is empty at start,
  // and this way the start compiles none of the patterns (about 2 ms at 4x CPU, the Unicode
  // letter class most of it).
  if (text.length < 2) return { kind: 'none' };
  const nl = NL_FULL.exec(text);
  if (nl) return { kind: 'address', postcode: `${nl[1]} ${nl[2].toUpperCase()}`, houseNumberPrefix: houseNumberOf(nl[3]) };
  const de = DE_FULL.exec(text);
  if (de) return { kind: 'address', postcode: de[1], houseNumberPrefix: houseNumberOf(de[2]) };
  const partial = NL_ONE_LETTER.exec(text);
  if (partial) return { kind: 'postcodePrefix', prefix: `${partial[1]} ${partial[2].toUpperCase()}` };
  if (DIGITS.test(text)) return { kind: 'postcodePrefix', prefix: text };
  if (NAME.test(text) && text.length >= 2) return { kind: 'name', prefix: text.toLocaleLowerCase('nl') };
  return { kind: 'none' };
}

/** House numbers are stored trimmed and in upper case (`12A`), as the desk form saves them. */
function houseNumberOf(text: string | undefined): string {
  return (text ?? '').trim().toUpperCase();
}
