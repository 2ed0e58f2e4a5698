/**
 * The kiosk's last screen, kept to be shown again when the page is slow to start. A public
 * info screen restarts when the generator comes back, the tablet reboots or the app updates;
 * the lean kiosk page (kiosk.html) then needs its scripts, i18next and an IndexedDB read before
 * React can draw a card, and a tablet just woken or a database slow to open can make that take
 * long. So each time the first card of the rotation is on screen in the default languages, the
 * screen's HTML is kept here, and `snapshotScript.js`, a classic script in kiosk.html, puts it
 * back in the page (inert: it has no handlers) when the live screen is not there half a second
 * after the navigation began, until React's first render replaces it in the same commit.
 *
 * The snapshot is only used while it is certainly the same screen: the same point, the same
 * styles (the hashed stylesheet names of this build), the same screen size (the card's text
 * was fitted to it) and the same day in Amsterdam (a card says "as of 14:05" for today). It
 * holds what the public screen shows and nothing else: no visitor data is ever on it.
 */
import { amsterdamDay } from '../time';
import { dropCopy, keepCopy } from './localCopy';

/** The localStorage key; snapshotScript.js reads it (keep both in step). */
export const SNAPSHOT_KEY = 'noodsteunpunt-kiosk-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface KioskSnapshot {
  v: typeof SNAPSHOT_VERSION;
  /** The point's id: a re-enrolled tablet never shows another point's screen. */
  site: string;
  /** The pathnames of the page's stylesheets, in order: a new build drops the snapshot. */
  css: string[];
  width: number;
  height: number;
  /** yyyy-mm-dd in Amsterdam. */
  day: string;
  html: string;
}

export function stylesheetPaths(doc: Document = document): string[] {
  return [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => new URL(link.href, doc.baseURI).pathname);
}

/**
 * The screen's HTML as it may be shown again: without test ids (the live screen has them),
 * and with the clock empty (the script fills in the time of the start).
 */
export function snapshotHtml(screen: HTMLElement): string {
  const copy = screen.cloneNode(true) as HTMLElement;
  for (const element of [copy, ...copy.querySelectorAll('[data-testid]')]) element.removeAttribute('data-testid');
  for (const clock of copy.querySelectorAll('.kiosk-clock')) clock.textContent = '';
  return copy.outerHTML;
}

/** Keeps `screen` as the snapshot of point `site` (unchanged snapshots are not written again). */
export function keepKioskSnapshot(screen: HTMLElement, site: string, now = Date.now()): void {
  const snapshot: KioskSnapshot = {
    v: SNAPSHOT_VERSION,
    site,
    css: stylesheetPaths(screen.ownerDocument),
    width: window.innerWidth,
    height: window.innerHeight,
    day: amsterdamDay(now),
    html: snapshotHtml(screen),
  };
  // Storage full: the older snapshot goes (it shows an older screen), and a slow start waits for the live one.
  keepCopy(SNAPSHOT_KEY, JSON.stringify(snapshot));
}

/** Forgets the snapshot (the screen is left: the next person to start the page chose another role). */
export function dropKioskSnapshot(): void {
  dropCopy(SNAPSHOT_KEY);
}
