/**
 * The lead's areas register their texts with their lazy chunk (src/i18n/texts.ts,
 * registerLazyTexts), so tests/i18n.test.ts does not see them: the same checks here.
 */
import { describe, expect, it } from 'vitest';
import { leadTexts } from '../../src/features/lead/texts';
import { rosterTexts } from '../../src/features/roster/texts';
import { sitrepTexts } from '../../src/features/sitrep/texts';
import { stockTexts } from '../../src/features/stock/texts';
import { resources } from '../../src/i18n';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();

describe.each([
  ['lead', leadTexts],
  ['roster', rosterTexts],
  ['sitrep', sitrepTexts],
  ['stock', stockTexts],
])('texts of %s', (area, texts) => {
  const nl = flatten(texts.nl);
  const de = flatten(texts.de);
  it('German has exactly the Dutch keys, no empty text, the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of Object.entries(nl)) {
      expect(text.trim(), key).not.toBe('');
      expect(de[key].trim(), key).not.toBe('');
      expect(placeholders(de[key]), key).toEqual(placeholders(text));
    }
  });

  it('does not overwrite a key of the base texts', () => {
    const base = flatten((resources.nl.translation as Record<string, unknown>)[area] ?? {});
    expect(Object.keys(base).filter((key) => key in nl)).toEqual([]);
  });
});
