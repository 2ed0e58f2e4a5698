import type { Leaves } from './texts';

/** Dutch: the source language. `de` and `en` must have exactly these keys (typecheck + test). */
export const nl = {
  app: {
    name: 'Noodsteunpunt',
    skipToContent: 'Naar de inhoud',
  },
  language: { nl: 'Nederlands', de: 'Deutsch', en: 'English', choose: 'Taal' },
  update: {
    available: 'Nieuwe versie beschikbaar',
    reload: 'Herladen',
    later: 'Later',
    unsaved: 'Er staat nog niet-opgeslagen invoer in een formulier. Eerst opslaan of wissen; daarna herladen.',
    reloadAnyway: 'Toch herladen (invoer gaat verloren)',
  },
  // The header shows who is at the tablet before the roster's chunk (with its other texts) is there.
  roster: { operator: { nobody: 'Wie bent u?' } },
};

export type Translation = Leaves<typeof nl>;
