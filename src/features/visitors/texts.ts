/**
 * Texts of the desk's visitor screens (`visitors` area): returning households, names, today's
 * needs. They load with the desk's chunk (src/i18n/lazyTexts.ts).
 */
import { addAreaTexts } from '../../i18n/lazyTexts';
import { defineTexts } from '../../i18n/texts';

export const visitorTexts = defineTexts(
  {
    search: {
      title: 'Terugkerend huishouden',
      label: 'Zoek op postcode + huisnummer',
      labelWithName: 'Zoek op postcode + huisnummer of naam',
      placeholder: 'bijv. 7091 AB 12',
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
      label: 'Suche nach Postleitzahl + Hausnummer',
      labelWithName: 'Suche nach Postleitzahl + Hausnummer oder Name',
      placeholder: 'z. B. 7091 AB 12 oder 46399 3',
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

addAreaTexts('visitors', visitorTexts);
