/**
 * Areas whose texts load with their screen's chunk (src/i18n/lazyTexts.ts) are not in
 * `resources` at start-up, so tests/i18n.test.ts does not see them: the same checks, for them.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { helperTexts } from '../src/features/helpers/texts';
import { reportTexts } from '../src/features/reports/texts';
import { signalTexts } from '../src/features/signals/texts';
import { visitorTexts } from '../src/features/visitors/texts';
import { initI18n } from '../src/i18n';
import type { AreaTexts } from '../src/i18n/texts';

const AREAS: Record<string, AreaTexts<object>> = { visitors: visitorTexts, reports: reportTexts, signals: signalTexts, helpers: helperTexts };

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}
const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();

beforeAll(() => initI18n('nl'));

describe.each(Object.entries(AREAS))('texts of the lazily loaded area %s', (area, texts) => {
  const nl = new Map(entries(texts.nl));
  const de = new Map(entries(texts.de));

  it('has the same keys, no empty texts and the same placeholders in Dutch and German', () => {
    expect([...de.keys()].sort()).toEqual([...nl.keys()].sort());
    for (const [key, text] of nl) {
      expect(text.trim(), key).not.toBe('');
      expect(de.get(key)!.trim(), key).not.toBe('');
      expect(placeholders(de.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('is in i18next once its module is loaded', () => {
    const [key, text] = [...nl.entries()].find(([, value]) => !value.includes('{{'))!;
    expect(i18next.t(`${area}.${key}`, { lng: 'nl' })).toBe(text);
    expect(i18next.t(`${area}.${key}`, { lng: 'de' })).toBe(de.get(key));
  });
});
