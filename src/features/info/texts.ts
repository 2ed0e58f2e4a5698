import { defineTexts, registerTexts } from '../../i18n/texts';

/**
 * Texts of the info area: `t('info.<key>')`. The kiosk and the posters show their fixed texts
 * in Dutch and German at once, whatever the tablet's language (`t(key, { lng })`).
 */
export const infoTexts = defineTexts(
  {
    categories: {
      drinkingWater: 'Drinkwater',
      power: 'Stroom',
      medical: 'Medische hulp',
      shelter: 'Opvang en warmte',
      whatToDo: 'Wat kunt u doen',
      relatives: 'Contact met familie',
      officialNotice: 'Officieel bericht',
      openingHours: 'Openingstijden',
    },
    languageNames: { nl: 'Nederlands', de: 'Duits', en: 'Engels' },
    asOf: 'Stand {{time}}',
    kiosk: {
      pointLabel: 'Noodsteunpunt',
      askDesk: 'Hulp nodig? Kom naar de balie.',
      noCards: 'Er is nu geen informatie. Vraag het aan de balie.',
      languageChoice: 'Taal',
      both: 'Beide talen',
      previous: 'Vorige',
      next: 'Volgende',
      pause: 'Pauze',
      resume: 'Verder',
      position: 'Kaart {{index}} van {{count}}',
      exit: 'Infoscherm verlaten',
      exitIntro: 'Alleen voor medewerkers van het noodsteunpunt.',
      pinLabel: 'Pincode van het noodsteunpunt',
      pinWrong: 'Deze pincode klopt niet.',
      pinWait: 'Te veel pogingen. Probeer het over {{seconds}} seconden opnieuw.',
      noPin: 'Er is nog geen pincode ingesteld. Tot de locatieleider er een instelt, kan iedereen het infoscherm verlaten.',
      leave: 'Verlaten',
      cancel: 'Annuleren',
    },
    print: {
      boardTitle: 'Informatie voor inwoners',
      printedAt: 'Afgedrukt {{time}}',
      passOn: 'Vertel dit door aan uw familie en buren.',
    },
  },
  {
    categories: {
      drinkingWater: 'Trinkwasser',
      power: 'Strom',
      medical: 'Medizinische Hilfe',
      shelter: 'Unterkunft und Wärme',
      whatToDo: 'Was Sie tun können',
      relatives: 'Kontakt zu Angehörigen',
      officialNotice: 'Offizielle Mitteilung',
      openingHours: 'Öffnungszeiten',
    },
    languageNames: { nl: 'Niederländisch', de: 'Deutsch', en: 'Englisch' },
    asOf: 'Stand {{time}}',
    kiosk: {
      pointLabel: 'Notfall-Anlaufstelle',
      askDesk: 'Brauchen Sie Hilfe? Kommen Sie zum Empfang.',
      noCards: 'Zurzeit keine Informationen. Fragen Sie am Empfang.',
      languageChoice: 'Sprache',
      both: 'Beide Sprachen',
      previous: 'Zurück',
      next: 'Weiter',
      pause: 'Pause',
      resume: 'Weiter laufen',
      position: 'Karte {{index}} von {{count}}',
      exit: 'Infobildschirm verlassen',
      exitIntro: 'Nur für Mitarbeitende der Notfall-Anlaufstelle.',
      pinLabel: 'PIN der Notfall-Anlaufstelle',
      pinWrong: 'Diese PIN ist falsch.',
      pinWait: 'Zu viele Versuche. Versuchen Sie es in {{seconds}} Sekunden erneut.',
      noPin: 'Es ist noch keine PIN eingestellt. Bis die Standortleitung eine einstellt, kann jeder den Infobildschirm verlassen.',
      leave: 'Verlassen',
      cancel: 'Abbrechen',
    },
    print: {
      boardTitle: 'Informationen für Einwohner',
      printedAt: 'Gedruckt {{time}}',
      passOn: 'Sagen Sie es Ihrer Familie und Ihren Nachbarn weiter.',
    },
  },
);

registerTexts('info', infoTexts);
