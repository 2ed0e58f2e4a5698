/** Texts of the signals screen (`signals` area): what goes on in the neighbourhood. */

import { defineTexts, registerTexts } from '../../i18n/texts';

export const signalTexts = defineTexts(
  {
    title: 'Signalen uit de buurt',
    intro: 'Wat speelt er in de buurt dat het coördinatiepunt moet weten? Niet voor spoed: daarvoor is de noodmelding.',
    category: 'Soort',
    place: 'Waar? (optioneel)',
    placePlaceholder: 'Bijv. flat Kerkstraat 10-40',
    text: 'Wat is er aan de hand?',
    textPlaceholder: 'Bijv. geen waterdruk boven de 3e verdieping',
    save: 'Signaal opslaan',
    saved: 'Signaal opgeslagen om {{time}}',
    list: 'Signalen',
    none: 'Nog geen signalen.',
    waiting: 'wacht op verbinding',
    categories: {
      water: 'Water',
      power: 'Stroom',
      care: 'Zorg / kwetsbare mensen',
      safety: 'Veiligheid',
      initiative: 'Initiatief uit de buurt',
      other: 'Anders / gerucht',
    },
    errors: {
      category: 'Kies een soort.',
      text: 'Beschrijf kort wat er aan de hand is.',
    },
  },
  {
    title: 'Hinweise aus der Nachbarschaft',
    intro: 'Was ist in der Nachbarschaft los, das der Koordinationspunkt wissen muss? Nicht für Eiliges: dafür gibt es den Notruf.',
    category: 'Art',
    place: 'Wo? (optional)',
    placePlaceholder: 'Z. B. Wohnblock Kerkstraat 10-40',
    text: 'Was ist los?',
    textPlaceholder: 'Z. B. kein Wasserdruck ab dem 3. Stock',
    save: 'Hinweis speichern',
    saved: 'Hinweis gespeichert um {{time}}',
    list: 'Hinweise',
    none: 'Noch keine Hinweise.',
    waiting: 'wartet auf Verbindung',
    categories: {
      water: 'Wasser',
      power: 'Strom',
      care: 'Pflege / gefährdete Menschen',
      safety: 'Sicherheit',
      initiative: 'Initiative aus der Nachbarschaft',
      other: 'Sonstiges / Gerücht',
    },
    errors: {
      category: 'Bitte eine Art wählen.',
      text: 'Bitte kurz beschreiben, was los ist.',
    },
  },
);

registerTexts('signals', signalTexts);
