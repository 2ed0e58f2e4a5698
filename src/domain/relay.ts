/**
 * Air-gap relay: a tablet's outbox carried to the coordination point by hand (a file on a USB
 * stick) or by eye (a sequence of QR codes), when the link stays down.
 *
 * The file is signed with HMAC-SHA256 keyed with the SHA-256 of the device token, as lowercase
 * hex: exactly the string the server already stores (server/auth.ts `hashSecret`), so it can
 * check where a file came from without ever keeping the token itself. The signature covers
 * the canonical JSON of every field but `signature` (keys sorted, no whitespace), so a file
 * that was pretty-printed or re-ordered on the way still verifies, and a changed byte does not.
 *
 * Pure: WebCrypto (`crypto.subtle`) exists in browsers and in Node 20 alike.
 */
import { z } from 'zod/mini';
import { Id, IsoTime } from './records';
import { priorityOf, isMessageType, PRIORITY, type Envelope, type PushResult } from './messages';

export const RELAY_FORMAT = 'noodsteunpunt-relay';
export const RELAY_VERSION = 1;
/** The same ceiling as a push request: a relay file is imported as one. */
export const RELAY_MAX_MESSAGES = 5000;

export interface RelayFile {
  format: typeof RELAY_FORMAT;
  version: typeof RELAY_VERSION;
  siteId: string;
  deviceId: string;
  createdAt: string;
  messages: Envelope[];
  signature: string;
}
export type UnsignedRelayFile = Omit<RelayFile, 'signature'>;

/** A relay file as the server reads it: messages stay raw, each is checked like a pushed one. */
export const RelayFileSchema = z.object({
  format: z.literal(RELAY_FORMAT),
  version: z.literal(RELAY_VERSION),
  siteId: Id,
  deviceId: Id,
  createdAt: IsoTime,
  messages: z.array(z.unknown()).check(z.maxLength(RELAY_MAX_MESSAGES)),
  signature: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
});
export type RawRelayFile = z.infer<typeof RelayFileSchema>;

export interface RelayImportResponse {
  results: PushResult[];
  accepted: number;
  duplicate: number;
  rejected: number;
}

/** JSON with object keys sorted at every level and `undefined` fields left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${fields.join(',')}}`;
}

/** The exact text the signature is made over: everything but the signature. */
export function relaySigningInput(file: UnsignedRelayFile | RawRelayFile): string {
  const { format, version, siteId, deviceId, createdAt, messages } = file;
  return canonicalJson({ format, version, siteId, deviceId, createdAt, messages });
}

const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the token as lowercase hex: the relay key, and what the server stores for the device. */
export async function relayKeyOf(token: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', encoder.encode(token)));
}

async function hmacKey(keyHex: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(keyHex), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

/** Emergency reports first, then by priority; within a priority the outbox's own order stays. */
export function relayOrder(messages: readonly Envelope[]): Envelope[] {
  const rank = (message: Envelope) => (isMessageType(message.type) ? priorityOf(message.type) : PRIORITY.bulk);
  return messages
    .map((message, position) => ({ message, position }))
    .sort((a, b) => rank(a.message) - rank(b.message) || a.position - b.position)
    .map(({ message }) => message);
}

export async function signRelayFile(
  input: { siteId: string; deviceId: string; createdAt: string; messages: readonly Envelope[] },
  keyHex: string,
): Promise<RelayFile> {
  const unsigned: UnsignedRelayFile = {
    format: RELAY_FORMAT,
    version: RELAY_VERSION,
    siteId: input.siteId,
    deviceId: input.deviceId,
    createdAt: input.createdAt,
    messages: relayOrder(input.messages),
  };
  const signature = toHex(await crypto.subtle.sign('HMAC', await hmacKey(keyHex, 'sign'), encoder.encode(relaySigningInput(unsigned))));
  return { ...unsigned, signature };
}

/** True when `file` was signed with `keyHex` and not changed since (WebCrypto's verify compares in constant time). */
export async function verifyRelayFile(file: RawRelayFile | RelayFile, keyHex: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(file.signature)) return false;
  const signature = new Uint8Array(file.signature.match(/../g)!.map((pair) => parseInt(pair, 16)));
  return crypto.subtle.verify('HMAC', await hmacKey(keyHex, 'verify'), signature, encoder.encode(relaySigningInput(file)));
}

// ---------------------------------------------------------------------------------------------
// QR sequence: `NSP1:<i>/<n>:<base64url chunk>`, i counted from 1.

/** Characters of payload per code: small enough that a tablet screen's code scans from a phone at arm's length. */
export const QR_CHUNK_SIZE = 600;
const QR_PART = /^NSP1:(\d{1,4})\/(\d{1,4}):([A-Za-z0-9_-]*)$/;

export class RelayQrError extends Error {
  constructor(
    readonly reason: 'notRelayCode' | 'mixedSequences' | 'incomplete' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'RelayQrError';
  }
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The signed file as codes to show one after another. Sign a file of emergency reports only: the sequence should stay short. */
export function encodeQrSequence(file: RelayFile, chunkSize = QR_CHUNK_SIZE): string[] {
  // Signature first: part 1 of two different files then differs, so a mixed-up scan is caught early.
  const { signature, ...rest } = file;
  const data = toBase64Url(JSON.stringify({ signature, ...rest }));
  const total = Math.max(1, Math.ceil(data.length / chunkSize));
  return Array.from({ length: total }, (_, i) => `NSP1:${i + 1}/${total}:${data.slice(i * chunkSize, (i + 1) * chunkSize)}`);
}

export interface QrPart {
  index: number;
  total: number;
  chunk: string;
}

/** One scanned text as a part of a sequence; null when it is not one of ours. */
export function parseQrPart(text: string): QrPart | null {
  const match = QR_PART.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1 || index < 1 || index > total) return null;
  return { index, total, chunk: match[3] };
}

/** Parts in any order, repeats allowed (a camera sees a code many times): the file, once every part is there. */
export function decodeQrSequence(parts: readonly string[]): unknown {
  const chunks = new Map<number, string>();
  let total: number | undefined;
  for (const text of parts) {
    const part = parseQrPart(text);
    if (!part) throw new RelayQrError('notRelayCode', 'This code is not part of a Noodsteunpunt relay sequence.');
    if (total !== undefined && part.total !== total) throw new RelayQrError('mixedSequences', 'These codes come from different sequences.');
    total = part.total;
    const known = chunks.get(part.index);
    if (known !== undefined && known !== part.chunk) throw new RelayQrError('mixedSequences', 'These codes come from different sequences.');
    chunks.set(part.index, part.chunk);
  }
  const missing = missingQrParts(parts);
  if (total === undefined || missing.length > 0) {
    throw new RelayQrError('incomplete', `Parts missing: ${missing.length ? missing.join(', ') : 'all'}.`);
  }
  try {
    return JSON.parse(fromBase64Url(Array.from({ length: total }, (_, i) => chunks.get(i + 1)!).join(''))) as unknown;
  } catch {
    throw new RelayQrError('unreadable', 'The codes together are not a readable relay file.');
  }
}

/** Part numbers (from 1) not yet seen; [] when nothing was seen or the sequence is complete. */
export function missingQrParts(parts: readonly string[]): number[] {
  const parsed = parts.map(parseQrPart).filter((part): part is QrPart => part !== null);
  if (parsed.length === 0) return [];
  const total = parsed[0].total;
  const seen = new Set(parsed.filter((part) => part.total === total).map((part) => part.index));
  return Array.from({ length: total }, (_, i) => i + 1).filter((index) => !seen.has(index));
}
