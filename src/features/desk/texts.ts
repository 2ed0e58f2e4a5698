/**
 * Texts of the volunteer shell, part of the first load: the desk tabs, the red emergency button
 * and the escalation banner (on every volunteer screen). Registered as the `volunteer` area in
 * src/i18n/index.ts. The desk's screens bring their own texts with their chunks (src/i18n/texts.ts).
 */
import { defineTexts, registerTexts } from '../../i18n/texts';

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
  },
);

registerTexts('volunteer', volunteerTexts);
