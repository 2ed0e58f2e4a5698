import { defineTexts, registerTexts } from '../../i18n/texts';

export const backupTexts = defineTexts(
  {
    title: 'Reservekopie van deze tablet',
    intro: 'Zonder verbinding: bewaar alles van deze tablet in een bestand (USB-stick). Valt de tablet uit, zet het bestand dan terug op een andere tablet van dit punt; wachtende berichten gaan mee.',
    download: 'Reservekopie downloaden',
    restore: 'Reservekopie terugzetten',
    confirm: 'De gegevens uit het bestand worden toegevoegd aan deze tablet. Doorgaan?',
    saved: 'Reservekopie opgeslagen. Bewaar het bestand veilig: er staan persoonsgegevens in.',
    failed: 'Reservekopie maken is mislukt ({{detail}}).',
    restored_one: 'Teruggezet van {{site}}: {{count}} wachtend bericht gaat met deze tablet mee.',
    restored_other: 'Teruggezet van {{site}}: {{count}} wachtende berichten gaan met deze tablet mee.',
    otherPoint: 'Dit bestand hoort bij een ander noodsteunpunt en is niet teruggezet. Er is niets veranderd.',
    notABackup: 'Dit is geen leesbare reservekopie van Noodsteunpunt. Er is niets veranderd.',
  },
  {
    title: 'Sicherung dieses Tablets',
    intro: 'Ohne Verbindung: alles von diesem Tablet in einer Datei sichern (USB-Stick). Fällt das Tablet aus, die Datei auf einem anderen Tablet dieser Anlaufstelle zurückspielen; wartende Nachrichten gehen mit.',
    download: 'Sicherung herunterladen',
    restore: 'Sicherung zurückspielen',
    confirm: 'Die Daten aus der Datei werden diesem Tablet hinzugefügt. Fortfahren?',
    saved: 'Sicherung gespeichert. Datei sicher aufbewahren: sie enthält personenbezogene Daten.',
    failed: 'Sicherung fehlgeschlagen ({{detail}}).',
    restored_one: 'Zurückgespielt von {{site}}: {{count}} wartende Nachricht geht mit diesem Tablet mit.',
    restored_other: 'Zurückgespielt von {{site}}: {{count}} wartende Nachrichten gehen mit diesem Tablet mit.',
    otherPoint: 'Diese Datei gehört zu einer anderen Anlaufstelle und wurde nicht zurückgespielt. Nichts wurde geändert.',
    notABackup: 'Dies ist keine lesbare Noodsteunpunt-Sicherung. Nichts wurde geändert.',
  },
);

registerTexts('backup', backupTexts);
