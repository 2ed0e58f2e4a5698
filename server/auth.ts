/**
 * Secrets of the coordination point: enrollment codes (short, typed by a person, single-use)
 * and device tokens (long, random, kept by the tablet). Only SHA-256 hashes are stored, so a
 * copied database file does not let anyone push as a tablet.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Site, Storage } from './storage';

/** No 0/O, 1/I/L: a code is read aloud over a phone line or off a screen and typed on a tablet. */
export const ENROLLMENT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ENROLLMENT_CODE_LENGTH = 8;
export const DEFAULT_ENROLLMENT_HOURS = 24;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** 32 random bytes, base64url: unguessable, and safe in a header without escaping. */
export function generateDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new code as people see it: `ABCD-EFGH`. */
export function generateEnrollmentCode(): string {
  let code = '';
  for (let i = 0; i < ENROLLMENT_CODE_LENGTH; i++) code += ENROLLMENT_CODE_ALPHABET[randomInt(ENROLLMENT_CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** `abcd efgh`, `ABCD-EFGH` and `abcdefgh` are the same code; null when it cannot be one. */
export function normaliseEnrollmentCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== ENROLLMENT_CODE_LENGTH) return null;
  for (const char of code) if (!ENROLLMENT_CODE_ALPHABET.includes(char)) return null;
  return code;
}

export interface IssuedEnrollmentCode {
  code: string;
  expiresAt: Date;
}

/** Makes and stores a single-use code for one site; the code is returned once and not kept. */
export async function issueEnrollmentCode(
  storage: Storage,
  siteId: string,
  options: { validHours?: number; now?: Date } = {},
): Promise<IssuedEnrollmentCode> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.validHours ?? DEFAULT_ENROLLMENT_HOURS) * 3600_000);
  // A code that was ever issued is never issued again, so a used code cannot come back to life.
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = generateEnrollmentCode();
    const codeHash = hashSecret(normaliseEnrollmentCode(code) ?? code);
    if (await storage.createEnrollmentCode({ siteId, codeHash, expiresAt })) return { code, expiresAt };
  }
  throw new Error('Could not find an unused enrollment code');
}

/** The site the code was made for, using the code up; null when it is unknown, used or expired. */
export async function redeemEnrollmentCode(storage: Storage, input: string, now: Date = new Date()): Promise<Site | null> {
  const code = normaliseEnrollmentCode(input);
  if (!code) return null;
  return storage.consumeEnrollmentCode(hashSecret(code), now);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}
