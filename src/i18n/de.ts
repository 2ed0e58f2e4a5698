import type { Translation } from './nl';

export const de: Translation = {
  app: {
    name: 'Noodsteunpunt',
    skipToContent: 'Zum Inhalt',
  },
  language: { nl: 'Nederlands', de: 'Deutsch', en: 'English', choose: 'Sprache' },
  update: {
    available: 'Neue Version verfügbar',
    reload: 'Neu laden',
    later: 'Später',
    unsaved: 'Ein Formular enthält noch ungespeicherte Eingaben. Bitte zuerst speichern oder löschen, dann neu laden.',
    reloadAnyway: 'Trotzdem neu laden (Eingaben gehen verloren)',
  },
  roster: { operator: { nobody: 'Wer sind Sie?' } },
};
