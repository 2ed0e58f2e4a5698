/**
 * Texts of the desk's visitor screens (`visitors` area): returning households, names, today's
 * needs. They load with the desk's chunk (src/i18n/texts.ts).
 */

import { defineTexts, registerTexts } from '../../i18n/texts';

export const visitorTexts = defineTexts(
  {
    search: {
      title: 'Terugkerend huishouden',
      label: 'Zoek een bekend huishouden',
      hint: 'Typ postcode + huisnummer, bijv. 7091 AB 12 of 46399 3.',
      hintWithName: 'Typ postcode + huisnummer (bijv. 7091 AB 12) of het begin van de naam.',
      placeholder: '7091 AB 12',
      none: 'Geen huishouden gevonden. Schrijf het hieronder in als nieuw.',
      newVisit: 'Nieuw bezoek',
      lastVisit: 'laatste bezoek {{time}}',
    },
    returning: {
      title: 'Nieuw bezoek van een bekend huishouden',
      prefilled: 'Ingevuld met het vorige bezoek ({{time}}). Pas aan wat anders is en schrijf in.',
      cancel: 'Ander huishouden',
      receivedToday: 'Vandaag ontvangen',
      nothingReceived: 'Vandaag nog niets ontvangen.',
      openNeeds: 'Vragen van vandaag',
      noVisitToday: 'Vandaag nog niet geweest.',
    },
    today: {
      needsCounted: 'Vragen vandaag',
    },
    personal: {
      privacy: 'Alleen als de bezoeker dat wil: zo min mogelijk persoonsgegevens.',
      phoneError: 'Een telefoonnummer bestaat uit cijfers, spaties en + - ( ). Laat het leeg als de bezoeker het niet wil geven.',
    },
  },
  {
    search: {
      title: 'Wiederkehrender Haushalt',
      label: 'Bekannten Haushalt suchen',
      hint: 'Postleitzahl + Hausnummer eingeben, z. B. 46399 3 oder 7091 AB 12.',
      hintWithName: 'Postleitzahl + Hausnummer (z. B. 46399 3) oder den Anfang des Namens eingeben.',
      placeholder: '46399 3',
      none: 'Kein Haushalt gefunden. Unten als neuen Haushalt erfassen.',
      newVisit: 'Neuer Besuch',
      lastVisit: 'letzter Besuch {{time}}',
    },
    returning: {
      title: 'Neuer Besuch eines bekannten Haushalts',
      prefilled: 'Vom letzten Besuch ({{time}}) übernommen. Ändern Sie, was anders ist, und erfassen Sie.',
      cancel: 'Anderer Haushalt',
      receivedToday: 'Heute erhalten',
      nothingReceived: 'Heute noch nichts erhalten.',
      openNeeds: 'Anliegen von heute',
      noVisitToday: 'Heute noch nicht da gewesen.',
    },
    today: {
      needsCounted: 'Anliegen heute',
    },
    personal: {
      privacy: 'Nur wenn der Besucher es möchte: so wenig persönliche Daten wie möglich.',
      phoneError: 'Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + - ( ). Leer lassen, wenn der Besucher sie nicht angeben möchte.',
    },
  },
);

registerTexts('visitors', visitorTexts);
