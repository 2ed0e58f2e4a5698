import type { InfoCard } from '../../../domain';
import type { CardLanguage } from '../../../domain/infoCards';

/** What a resident chose to read: one language, or Dutch and German side by side. */
export type KioskMode = 'both' | 'nl' | 'de' | 'en';
export const DEFAULT_MODE: KioskMode = 'both';

/** The languages of `card` to show in `mode`; a missing translation falls back to what the card has. */
export function languagesFor(mode: KioskMode, card: Pick<InfoCard, 'nl' | 'de' | 'en'>): CardLanguage[] {
  const has = (language: CardLanguage) => Boolean(card[language]?.title.trim());
  const both = (['nl', 'de'] as const).filter(has);
  if (mode === 'both') return both;
  if (has(mode)) return [mode];
  return both.slice(0, 1);
}

/** The kiosk's own texts (header, footer) exist in Dutch and German. */
export function chromeLanguages(mode: KioskMode): ('nl' | 'de')[] {
  return mode === 'nl' || mode === 'de' ? [mode] : ['nl', 'de'];
}
