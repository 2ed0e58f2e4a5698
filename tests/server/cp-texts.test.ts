/**
 * The dashboard's texts (src/features/coordination/texts.ts) are registered by its own chunk,
 * not in src/i18n's AREAS, so tests/i18n.test.ts does not see them: the same checks here.
 */
import { describe, expect, it } from 'vitest';
import { coordinationTexts, registerCoordinationTexts } from '../../src/features/coordination/texts';
import { initI18n } from '../../src/i18n';

function entries(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}

describe('coordinator dashboard texts', () => {
  const nl = new Map(entries(coordinationTexts.nl));
  const de = new Map(entries(coordinationTexts.de));

  it('have exactly the same keys in German and Dutch', () => {
    expect([...de.keys()].sort()).toEqual([...nl.keys()].sort());
  });

  it('have no empty text and the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    for (const [key, text] of nl) {
      expect(text.trim(), key).not.toBe('');
      expect(de.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(de.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('are registered in both languages when the dashboard loads, next to the tablet texts', () => {
    const i18n = initI18n('nl');
    registerCoordinationTexts();
    registerCoordinationTexts();
    expect(i18n.t('coordination.title', { lng: 'nl' })).toBe('Coördinatiepunt');
    expect(i18n.t('coordination.title', { lng: 'de' })).toBe('Koordinierungsstelle');
    expect(i18n.t('coordination.alert.unacknowledged', { lng: 'de', count: 2 })).toBe('2 Notrufmeldungen warten auf Bestätigung');
    // The tablet's own texts are still there, in both languages.
    expect(i18n.t('kiosk.title', { lng: 'nl' })).toBe('Informatie');
    expect(i18n.t('kiosk.title', { lng: 'de' })).not.toBe('Informatie');
  });
});
