import { describe, expect, it } from 'vitest';
import { resources } from '../src/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(leaves);
}

describe('translations', () => {
  const nl = keys(resources.nl.translation).sort();
  it('German has exactly the Dutch keys', () => {
    const de = keys(resources.de.translation).sort();
    expect(de.filter((key) => !nl.includes(key))).toEqual([]);
    expect(nl.filter((key) => !de.includes(key))).toEqual([]);
  });

  it('has no empty texts and the same placeholders in both languages', () => {
    for (const language of ['nl', 'de'] as const) {
      expect(leaves(resources[language].translation).filter((text) => !text.trim())).toEqual([]);
    }
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const get = (tree: unknown, key: string) => key.split('.').reduce((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    for (const key of nl) {
      expect(placeholders(get(resources.de.translation, key)), key).toEqual(placeholders(get(resources.nl.translation, key)));
    }
  });
});
