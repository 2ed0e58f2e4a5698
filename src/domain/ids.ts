/** Ids are made on the device when the user acts; they are the idempotency keys of sync. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** 1 at the char code of each hex digit, either case. */
const HEX_DIGIT = new Uint8Array(128);
for (const digit of '0123456789abcdefABCDEF') HEX_DIGIT[digit.charCodeAt(0)] = 1;
const DASH = 45;

/**
 * Exactly what zod's `z.uuid()` accepts (its pattern, `regexes.uuid()` of zod/v4/core): 36
 * characters, hex digits in groups of 8-4-4-4-12, a version digit 1–8, a variant digit 8, 9, a
 * or b (either case), or the nil and max UUIDs. Checked char by char instead of with that
 * pattern: the server checks three to six ids in every message that 300 tablets push after an
 * outage, and the pattern was 6 % of its main thread in a reconnect storm (its check of a
 * message took 85 ms per 30,000 messages with the pattern, 58 without; BENCHMARKS.md).
 * tests/domain/ids.property.test.ts holds it to zod's pattern.
 */
export function isUuid(value: string): boolean {
  if (value.length !== 36) return false;
  for (let index = 0; index < 36; index += 1) {
    const code = value.charCodeAt(index);
    if (index === 8 || index === 13 || index === 18 || index === 23) {
      if (code !== DASH) return false;
    } else if (code > 127 || HEX_DIGIT[code] === 0) return false;
  }
  const version = value.charCodeAt(14);
  const variant = value.charCodeAt(19) | 0x20; // lower case (it is a hex digit)
  if (version >= 0x31 && version <= 0x38 && (variant === 0x38 || variant === 0x39 || variant === 0x61 || variant === 0x62)) return true;
  return value === '00000000-0000-0000-0000-000000000000' || value === 'ffffffff-ffff-ffff-ffff-ffffffffffff';
}
