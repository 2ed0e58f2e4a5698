/** Texts of the helper offers screen (`helpers` area): citizen helpers and local initiatives. */

import { defineTexts, registerTexts } from '../../i18n/texts';

export const helperTexts = defineTexts(
  {
    title: 'Hulpaanbod',
    intro: 'Inwoners en initiatieven die willen helpen. Het noodsteunpunt brengt vraag en aanbod bij elkaar; de locatieleider koppelt.',
    name: 'Naam (persoon of initiatief)',
    offer: 'Wat kan hij/zij doen of bieden?',
    offerPlaceholder: 'Bijv. EHBO-diploma; aggregaat; soep voor 50 mensen; spreekt Duits',
    availability: 'Wanneer beschikbaar? (optioneel)',
    availabilityPlaceholder: 'Bijv. elke avond na 18 uur; zaterdag de hele dag',
    contact: 'Bereikbaar via (optioneel)',
    contactPlaceholder: 'Adres, telefoon of "via de balie"',
    save: 'Aanbod opslaan',
    saved: 'Aanbod opgeslagen om {{time}}',
    list: 'Aangeboden hulp',
    none: 'Nog geen hulpaanbod.',
    waiting: 'wacht op verbinding',
    errors: {
      name: 'Vul een naam in (van de persoon of het initiatief).',
      offer: 'Beschrijf kort wat er wordt aangeboden.',
    },
  },
  {
    title: 'Hilfsangebote',
    intro: 'Einwohner und Initiativen, die helfen wollen. Die Anlaufstelle bringt Bedarf und Angebot zusammen; die Standortleitung vermittelt.',
    name: 'Name (Person oder Initiative)',
    offer: 'Was kann er/sie tun oder anbieten?',
    offerPlaceholder: 'Z. B. Erste-Hilfe-Kurs; Stromaggregat; Suppe für 50 Personen; spricht Niederländisch',
    availability: 'Wann verfügbar? (optional)',
    availabilityPlaceholder: 'Z. B. jeden Abend ab 18 Uhr; samstags ganztägig',
    contact: 'Erreichbar über (optional)',
    contactPlaceholder: 'Adresse, Telefon oder „über den Empfang“',
    save: 'Angebot speichern',
    saved: 'Angebot gespeichert um {{time}}',
    list: 'Angebotene Hilfe',
    none: 'Noch keine Hilfsangebote.',
    waiting: 'wartet auf Verbindung',
    errors: {
      name: 'Bitte einen Namen eingeben (Person oder Initiative).',
      offer: 'Bitte kurz beschreiben, was angeboten wird.',
    },
  },
);

registerTexts('helpers', helperTexts);
