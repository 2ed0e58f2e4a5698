import { defineTexts, registerTexts } from '../../i18n/texts';

export const lockTexts = defineTexts(
  {
    title: 'Tablet vergrendeld',
    body: 'Deze tablet is vergrendeld na {{minutes}} minuten zonder gebruik. Kies uw naam en typ uw pincode om verder te gaan. Wat in een formulier stond, staat er nog.',
    signIn: 'Aanmelden met naam en pincode',
    emergencyHint: 'Een noodmelding kan altijd, ook zonder aanmelden.',
  },
  {
    title: 'Tablet gesperrt',
    body: 'Dieses Tablet wurde nach {{minutes}} Minuten ohne Nutzung gesperrt. Wählen Sie Ihren Namen und geben Sie Ihre PIN ein. Eingaben in Formularen bleiben erhalten.',
    signIn: 'Mit Name und PIN anmelden',
    emergencyHint: 'Ein Notruf ist immer möglich, auch ohne Anmeldung.',
  },
);

registerTexts('lock', lockTexts);
