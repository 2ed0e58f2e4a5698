import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n, resources } from '../src/i18n';
import { translatorFor } from '../src/i18n/useTranslation';
import type { AreaTexts } from '../src/i18n/texts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(leaves);
}

// Every area's texts, found by file name, so a new area cannot slip past this test.
const areaModules = import.meta.glob<Record<string, unknown>>(['../src/features/**/texts.ts', '../src/app/texts.ts'], { eager: true });
const areaTexts = Object.entries(areaModules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([, value]) => typeof value === 'object' && value !== null && 'nl' in value && 'de' in value)
    .map(([name, value]): [string, AreaTexts<object>] => [`${file}#${name}`, value as AreaTexts<object>]),
);
const bundles: [string, { nl: object; de: object }][] = [['shell', { nl: resources.nl.translation, de: resources.de.translation }], ...areaTexts];

describe('translations', () => {
  it('finds the feature areas', () => {
    expect(areaTexts.length).toBeGreaterThan(0);
  });

  it.each(bundles)('%s: German has exactly the Dutch keys', (_name, texts) => {
    const nl = keys(texts.nl).sort();
    const de = keys(texts.de).sort();
    expect(de.filter((key) => !nl.includes(key))).toEqual([]);
    expect(nl.filter((key) => !de.includes(key))).toEqual([]);
  });

  it.each(bundles)('%s: no empty texts and the same placeholders in both languages', (_name, texts) => {
    for (const language of ['nl', 'de'] as const) {
      expect(leaves(texts[language]).filter((text) => !text.trim())).toEqual([]);
    }
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const get = (tree: unknown, key: string) => key.split('.').reduce((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    for (const key of keys(texts.nl)) {
      expect(placeholders(get(texts.de, key)), key).toEqual(placeholders(get(texts.nl, key)));
    }
  });

  it.each(bundles)("%s: keys are paths of names, never with i18next's namespace separator ':' or a space (src/i18n/core.ts sets keySeparator)", (_name, texts) => {
    expect(keys(texts.nl).filter((key) => !/^[\w-]+(\.[\w-]+)*$/.test(key))).toEqual([]);
  });
});

describe("the screens' t (src/i18n/useTranslation.ts)", () => {
  // Every key of every area in both languages: a text asked for without options comes straight
  // from i18next's store, without its translate and interpolation passes, which must change
  // nothing (no placeholder is filled without values; a text that nested another with $t(…)
  // would differ here).
  it.each(['nl', 'de'] as const)('gives every %s text exactly as i18next does', (language) => {
    initI18n('nl');
    const t = translatorFor(language);
    // The shell's texts and every area's, as registered (each under its area's name).
    const all = keys(i18next.getResourceBundle('nl', 'translation'));
    expect(all.length).toBeGreaterThan(500);
    const differing = all.filter((key) => t(key) !== i18next.t(key, { lng: language }));
    expect(differing).toEqual([]);
    expect(all.filter((key) => t(key) === key)).toEqual([]);
  });

  it('passes options, plurals and a default text on to i18next, in its own language', () => {
    initI18n('nl');
    const de = translatorFor('de');
    expect(de('desk.persons', { adults: 2, children: 1 })).toBe(i18next.t('desk.persons', { lng: 'de', adults: 2, children: 1 }));
    expect(de('desk.persons', { adults: 2, children: 1 })).toContain('2');
    expect(de('no.such.key', 'Ersatz')).toBe('Ersatz');
    expect(de('desk.today', { lng: 'nl' })).toBe(i18next.t('desk.today', { lng: 'nl' }));
  });
});
