/** The tablet's IndexedDB database. Its own module so the kiosk can read cards without Dexie. */
export const DB_NAME = 'noodsteunpunt';
