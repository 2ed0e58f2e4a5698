// The tablet app's shell texts and the volunteer shell's (emergency button, escalation banner,
// desk tabs) load at once; the lean kiosk entry imports ./core alone.
import '../app/texts';
import '../features/desk/texts';

export * from './core';
