import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { newId, type Envelope } from '../../src/domain';
import {
  decodeQrSequence,
  encodeQrSequence,
  missingQrParts,
  relayKeyOf,
  RelayFileSchema,
  RelayQrError,
  signRelayFile,
  verifyRelayFile,
  type RelayFile,
} from '../../src/domain/relay';
import { reportPayload } from '../server/cp-fixture';
import { envelope, signalPayload, stockMovedPayload } from '../server/helpers';

const where = { siteId: newId(), deviceId: newId() };
const TOKEN = 'dGhpcy1pcy1hLXRlc3QtdG9rZW4tb2YtMzItYnl0ZXM';
const OTHER_TOKEN = 'YW5vdGhlci1kZXZpY2UtdG9rZW4tb2YtMzItYnl0ZXM';

async function signedFile(messages: Envelope[], token = TOKEN): Promise<RelayFile> {
  return signRelayFile({ ...where, createdAt: '2026-11-25T18:00:00.000Z', messages }, await relayKeyOf(token));
}

/** Draws a code's module matrix as RGBA pixels (4 px a module, 4 modules quiet zone), as a screen shows it. */
function renderQr(text: string): { data: Uint8ClampedArray; width: number; height: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = 4;
  const margin = 4;
  const width = (modules.size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / scale) - margin;
      const col = Math.floor(x / scale) - margin;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
      if (dark) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width, height: width };
}

describe('relay file signature', () => {
  it('the key is the SHA-256 of the token as lowercase hex, as the server stores it', async () => {
    const { createHash } = await import('node:crypto');
    expect(await relayKeyOf(TOKEN)).toBe(createHash('sha256').update(TOKEN, 'utf8').digest('hex'));
  });

  it('a signed file verifies with its own device key, also after a JSON round trip with other key order', async () => {
    const file = await signedFile([envelope('signal.created', signalPayload(), where)]);
    expect(RelayFileSchema.safeParse(file).success).toBe(true);
    expect(await verifyRelayFile(file, await relayKeyOf(TOKEN))).toBe(true);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(file).reverse()))) as RelayFile;
    expect(await verifyRelayFile(reordered, await relayKeyOf(TOKEN))).toBe(true);
  });

  it('a changed byte fails', async () => {
    const file = await signedFile([envelope('signal.created', signalPayload('Geen water in de Kerkstraat'), where)]);
    const tampered = JSON.parse(JSON.stringify(file).replace('Kerkstraat', 'KerkstraaT')) as RelayFile;
    expect(await verifyRelayFile(tampered, await relayKeyOf(TOKEN))).toBe(false);
    const otherSignature = { ...file, signature: file.signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
    expect(await verifyRelayFile(otherSignature, await relayKeyOf(TOKEN))).toBe(false);
  });

  it("another device's key fails", async () => {
    const file = await signedFile([envelope('signal.created', signalPayload(), where)], OTHER_TOKEN);
    expect(await verifyRelayFile(file, await relayKeyOf(TOKEN))).toBe(false);
  });

  it('puts emergency reports first, the rest in outbox order', async () => {
    const signal = envelope('signal.created', signalPayload(), where);
    const stock = envelope('stock.moved', stockMovedPayload(), where);
    const report = envelope('report.created', reportPayload(), where);
    const file = await signedFile([stock, signal, report]);
    expect(file.messages.map((message) => message.type)).toEqual(['report.created', 'signal.created', 'stock.moved']);
  });
});

describe('QR sequence', () => {
  it('an emergency report round-trips through codes drawn as pixels and read back with jsQR', async () => {
    const file = await signedFile([envelope('report.created', reportPayload(), where), envelope('report.created', reportPayload(), where)]);
    const parts = encodeQrSequence(file);
    expect(parts.length).toBeGreaterThan(1);
    const scanned = parts.map((part) => {
      const { data, width, height } = renderQr(part);
      const code = jsQR(data, width, height);
      expect(code?.data).toBe(part);
      return code!.data;
    });
    const decoded = decodeQrSequence(scanned) as RelayFile;
    expect(decoded).toEqual(JSON.parse(JSON.stringify(file)));
    expect(await verifyRelayFile(decoded, await relayKeyOf(TOKEN))).toBe(true);
  });

  it('decodes parts in any order and with repeats', async () => {
    const file = await signedFile([envelope('report.created', reportPayload(), where)]);
    const parts = encodeQrSequence(file, 200);
    expect(parts.length).toBeGreaterThan(3);
    const shuffled = [...parts].reverse().concat(parts[1], parts[0]);
    expect(decodeQrSequence(shuffled)).toEqual(JSON.parse(JSON.stringify(file)));
  });

  it('names the missing parts and refuses to decode until they are there', async () => {
    const file = await signedFile([envelope('report.created', reportPayload(), where)]);
    const parts = encodeQrSequence(file, 200);
    const incomplete = parts.filter((_, i) => i !== 1 && i !== 3);
    expect(missingQrParts(incomplete)).toEqual([2, 4]);
    expect(() => decodeQrSequence(incomplete)).toThrow(RelayQrError);
    expect(() => decodeQrSequence([])).toThrow(/missing/);
    expect(missingQrParts(parts)).toEqual([]);
  });

  it('refuses a foreign code and parts of two different sequences', async () => {
    const a = encodeQrSequence(await signedFile([envelope('report.created', reportPayload(), where)]), 200);
    const b = encodeQrSequence(await signedFile([envelope('report.created', reportPayload(), where)]), 200);
    expect(() => decodeQrSequence(['https://example.org'])).toThrow(expect.objectContaining({ reason: 'notRelayCode' }));
    expect(() => decodeQrSequence([...a, b[0]])).toThrow(expect.objectContaining({ reason: 'mixedSequences' }));
    expect(() => decodeQrSequence(['NSP1:3/2:abc'])).toThrow(expect.objectContaining({ reason: 'notRelayCode' }));
  });
});
