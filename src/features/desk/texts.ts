/**
 * Texts of the volunteer screens that are part of the first load: the desk tabs, the red
 * emergency button and the escalation banner (on every volunteer screen), returning-household
 * search and today's figures. Registered as the `volunteer` area (src/i18n/index.ts).
 * The report, signal and helper screens load their own texts with their chunks.
 */
import { defineTexts } from '../../i18n/texts';

export const volunteerTexts = defineTexts(
  {
    nav: {
      label: 'Onderdelen van de balie',
      register: 'Inschrijven',
      reports: 'Noodmeldingen',
      signals: 'Signalen',
      helpers: 'Hulpaanbod',
    },
    emergency: {
      button: 'Noodmelding',
      buttonHint: 'Noodmelding opnemen als 112 niet bereikbaar is',
    },
    escalation: {
      title: 'Noodmelding niet aangekomen',
      text_one: '{{count}} dringende noodmelding is na {{minutes}} minuten nog niet bij het coördinatiepunt.',
      text_other: '{{count}} dringende noodmeldingen zijn na {{minutes}} minuten nog niet bij het coördinatiepunt.',
      action: 'Geef de melding nu door via portofoon of loper.',
      open: 'Samenvatting voor portofoon',
      mute: 'Geluid uit',
    },
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
    visitor: {
      privacy: 'Alleen als de bezoeker dat wil: zo min mogelijk persoonsgegevens.',
      phoneError: 'Een telefoonnummer bestaat uit cijfers, spaties en + - ( ). Laat het leeg als de bezoeker het niet wil geven.',
    },
  },
  {
    nav: {
      label: 'Bereiche am Empfang',
      register: 'Erfassen',
      reports: 'Notrufe',
      signals: 'Hinweise',
      helpers: 'Hilfsangebote',
    },
    emergency: {
      button: 'Notruf',
      buttonHint: 'Notruf aufnehmen, wenn 112 nicht erreichbar ist',
    },
    escalation: {
      title: 'Notruf nicht angekommen',
      text_one: '{{count}} dringender Notruf ist nach {{minutes}} Minuten noch nicht beim Koordinationspunkt.',
      text_other: '{{count}} dringende Notrufe sind nach {{minutes}} Minuten noch nicht beim Koordinationspunkt.',
      action: 'Geben Sie den Notruf jetzt per Funk oder Melder weiter.',
      open: 'Zusammenfassung für Funk',
      mute: 'Ton aus',
    },
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
    visitor: {
      privacy: 'Nur wenn der Besucher es möchte: so wenig persönliche Daten wie möglich.',
      phoneError: 'Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + - ( ). Leer lassen, wenn der Besucher sie nicht angeben möchte.',
    },
  },
);
