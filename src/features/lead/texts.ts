import { defineTexts, registerTexts } from '../../i18n/texts';

/** Merged into `lead` (whose `title` lives in the base texts). */
export const leadTexts = defineTexts(
  {
    tabs: { stock: 'Voorraad', roster: 'Rooster', info: 'Infokaarten', sitrep: 'Situatierapport', evaluation: 'Evaluatie', sync: 'Verbinding en berichten', settings: 'Instellingen punt' },
    settings: {
      on: 'Aan',
      off: 'Uit',
      collectNames: 'Namen van bezoekers vragen',
      collectNamesHint: 'Alleen aanzetten als het nodig is (AVG: zo min mogelijk persoonsgegevens). Geldt voor alle tablets van dit punt.',
      sitrepInterval: 'Herinnering situatierapport',
      everyHours_one: 'Elk uur',
      everyHours_other: 'Elke {{count}} uur',
      dutyLimit: 'Langste dienst achter elkaar',
      dutyLimitHint: 'Het rooster waarschuwt als iemand langer aanwezig of ingeroosterd is.',
      hours_one: '{{count}} uur',
      hours_other: '{{count}} uur',
      kioskPin: 'PIN van het infoscherm',
      kioskPinSet: 'Er is een PIN ingesteld. Een nieuwe PIN vervangt de oude.',
      kioskPinNone: 'Nog geen PIN: iedereen kan het infoscherm verlaten.',
      newPin: 'Nieuwe PIN (4 cijfers)',
      savePin: 'PIN opslaan',
      pinSaved: 'PIN opgeslagen.',
      pinInvalid: 'Een PIN is precies 4 cijfers.',
    },
  },
  {
    tabs: { stock: 'Vorrat', roster: 'Dienstplan', info: 'Infokarten', sitrep: 'Lagebericht', evaluation: 'Auswertung', sync: 'Verbindung und Nachrichten', settings: 'Einstellungen Stelle' },
    settings: {
      on: 'An',
      off: 'Aus',
      collectNames: 'Namen der Besucher erfragen',
      collectNamesHint: 'Nur einschalten, wenn nötig (DSGVO: so wenig personenbezogene Daten wie möglich). Gilt für alle Tablets dieser Stelle.',
      sitrepInterval: 'Erinnerung Lagebericht',
      everyHours_one: 'Jede Stunde',
      everyHours_other: 'Alle {{count}} Stunden',
      dutyLimit: 'Längster Dienst am Stück',
      dutyLimitHint: 'Der Dienstplan warnt, wenn jemand länger anwesend oder eingeplant ist.',
      hours_one: '{{count}} Stunde',
      hours_other: '{{count}} Stunden',
      kioskPin: 'PIN des Infobildschirms',
      kioskPinSet: 'Eine PIN ist gesetzt. Eine neue PIN ersetzt die alte.',
      kioskPinNone: 'Noch keine PIN: jeder kann den Infobildschirm verlassen.',
      newPin: 'Neue PIN (4 Ziffern)',
      savePin: 'PIN speichern',
      pinSaved: 'PIN gespeichert.',
      pinInvalid: 'Eine PIN hat genau 4 Ziffern.',
    },
  },
);

registerTexts('lead', leadTexts);
