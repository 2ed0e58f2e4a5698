/**
 * The 4-digit PIN a volunteer signs in with on a shared tablet. Only a salted, slow hash is
 * stored (and synced to the point's other tablets, so sign-in works offline on any of them).
 *
 * Ten thousand PINs can be tried by anyone holding the hash; the PIN says who is at the tablet
 * (accountability of records), it is not a secret vault. PBKDF2 with many rounds makes trying
 * them all cost minutes rather than milliseconds, and the salt stops one table for all.
 */
const ITERATIONS = 60_000;
const PREFIX = 'pbkdf2-sha256';

export function isValidPin(pin: string): boolean {
  return /^\d{4}$/.test(pin);
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** `pbkdf2-sha256$<iterations>$<salt>$<hash>` */
export async function hashPin(pin: string): Promise<string> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `${PREFIX}$${ITERATIONS}$${toBase64(salt)}$${toBase64(await derive(pin, salt, ITERATIONS))}`;
}

export async function verifyPin(pin: string, stored: string | undefined): Promise<boolean> {
  const [prefix, iterations, salt, hash] = stored?.split('$') ?? [];
  if (prefix !== PREFIX || !salt || !hash || !isValidPin(pin)) return false;
  const derived = await derive(pin, fromBase64(salt), Number(iterations));
  const expected = fromBase64(hash);
  return derived.length === expected.length && derived.every((byte, index) => byte === expected[index]);
}
