/**
 * The site lead's rules (stock ledger, roster, sitrep, PINs), on top of everything in ./index.
 *
 * Screens that load lazily import from here; ./index is what the first load (desk, kiosk)
 * shares. A module re-exported from ./index is bundled with the first load even when only a
 * lazy screen uses it, so these stay out of it: the initial JS has a 150 KB budget.
 * The server and tests may import either.
 */
export * from './index';
export * from './catalogue';
export * from './ledger';
export * from './pin';
export * from './roster';
export * from './sitrep';
export * from './time';
