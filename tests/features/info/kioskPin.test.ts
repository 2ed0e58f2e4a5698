import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { hashKioskPin, isKioskPin, sha256 } from '../../../src/features/info/kioskPin';

const SITE = '11111111-1111-4111-8111-111111111111';
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('kiosk PIN hash', () => {
  it('is SHA-256 hex of "siteId:pin", the format of the kioskPinHash setting', async () => {
    expect(await hashKioskPin(SITE, '4711')).toBe(createHash('sha256').update(`${SITE}:4711`).digest('hex'));
  });

  it('depends on the site, so one point’s hash does not open another point’s kiosk', async () => {
    const hash = await hashKioskPin(SITE, '4711');
    expect(await isKioskPin(SITE, '4711', hash)).toBe(true);
    expect(await isKioskPin('22222222-2222-4222-8222-222222222222', '4711', hash)).toBe(false);
    expect(await isKioskPin(SITE, '4712', hash)).toBe(false);
  });

  it('gives the same hash without crypto.subtle (a tablet on plain http)', async () => {
    const expected = await hashKioskPin(SITE, '4711');
    vi.stubGlobal('crypto', {});
    try {
      expect(await hashKioskPin(SITE, '4711')).toBe(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the fallback SHA-256 matches the platform on empty, one-block and multi-block input', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'ä€'.repeat(300)]) {
      const bytes = new TextEncoder().encode(text);
      expect(hex(sha256(bytes)), text.slice(0, 10)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('the PIN the site lead sets', () => {
  it('opens the kiosk: the settings store a salted PBKDF2 hash, the kiosk verifies it', async () => {
    const { hashPin } = await import('../../../src/domain/pin');
    const stored = await hashPin('4711');
    expect(stored).toMatch(/^pbkdf2-sha256\$/);
    expect(await isKioskPin('any-site', '4711', stored)).toBe(true);
    expect(await isKioskPin('any-site', '4712', stored)).toBe(false);
  });
});
