/**
 * i18next set-up and the Dutch/German formatting helpers, without any area's texts: the lean
 * kiosk entry (src/kiosk.tsx) starts from this; the tablet app from ./index.ts, which adds the
 * volunteer shell's texts.
 */
import i18next from 'i18next';
import { de } from './de';
import { nl } from './nl';
import { addRegisteredTexts } from './texts';

export const LANGUAGES = ['nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * Both languages are bundled, not fetched: a point may be offline from its first minute, so
 * nothing may depend on a request after install. The shell's texts are here; feature areas
 * register theirs from their own chunks (./texts.ts), which the service worker precaches.
 */
export const resources = { nl: { translation: nl }, de: { translation: de } } as const;

export function initI18n(language: Language = 'nl') {
  if (!i18next.isInitialized) {
    void i18next.init({
      resources,
      lng: language,
      fallbackLng: 'nl',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      // The default, said explicitly: then i18next skips, on every t() call, its check for keys
      // written as sentences (a pattern test, 1.9 ms of the desk's cold start at 4x CPU;
      // BENCHMARKS.md section 1). Our keys are paths and never hold the namespace separator ':'.
      keySeparator: '.',
    });
    addRegisteredTexts();
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  return i18next;
}

const locales: Record<Language, string> = { nl: 'nl-NL', de: 'de-DE' };

/**
 * Formatters made once per language and use: making an Intl formatter costs far more than
 * formatting with it (on the kiosk's cold start, new formatters per card took 5–8 ms at 4x).
 */
function formatter(cache: Map<Language, Intl.DateTimeFormat>, language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { timeZone: TIME_ZONE, ...options });
    cache.set(language, format);
  }
  return format;
}
const timeFormats = new Map<Language, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatTime(iso: string | number | Date, language: Language): string {
  return formatter(timeFormats, language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDateTime(iso: string | number | Date, language: Language): string {
  return formatter(dateTimeFormats, language, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatBytes(bytes: number, language: Language): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locales[language], { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(value);
}

/** Start of "today" in Europe/Amsterdam, as an ISO instant, for "visits today" counters. */
export function startOfTodayIso(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  // Midnight in Amsterdam is 22:00 or 23:00 UTC of the day before; find it by probing offsets.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${parts}T00:00:00+0${offset}:00`);
    const back = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (back.endsWith('00')) return candidate.toISOString();
  }
  return new Date(`${parts}T00:00:00Z`).toISOString();
}
