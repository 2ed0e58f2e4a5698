/**
 * What happens to the messages a tablet delivers, whichever way they came: over the link
 * (POST /api/v1/sync/push) or carried by hand in a relay file (POST /api/v1/cp/relay/import).
 * One path, so a relayed message is checked and stored exactly as a pushed one, and its id makes
 * a later delivery of the same message a `duplicate`.
 */
import { checkEnvelope, type PushResult } from '../src/domain';
import { ApiError } from './errors';
import type { Device, NewMessage, Storage } from './storage';
import { inTurn, LIGHT_MESSAGES } from './turns';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id to answer a rejected message with; '' when it has none (results are also in request order). */
function idOf(raw: unknown): string {
  return isRecord(raw) && typeof raw.id === 'string' ? raw.id.slice(0, 200) : '';
}

/** A push checked: its answers so far (the rejected ones), and the rows to store with their positions. */
interface CheckedPush {
  results: PushResult[];
  rows: NewMessage[];
  rowPositions: number[];
}

/**
 * Checks every message as coming from `device`. A message for another site is not a bad
 * message but a device that must be stopped: the whole delivery fails with 403.
 */
function checkDeviceMessages(device: Pick<Device, 'id' | 'siteId'>, messages: readonly unknown[], receivedAt: Date): CheckedPush {
  for (const raw of messages) {
    if (isRecord(raw) && typeof raw.siteId === 'string' && raw.siteId !== device.siteId) {
      throw new ApiError(403, 'wrong_site', 'This device may only push messages for its own site.');
    }
  }

  const results: PushResult[] = new Array<PushResult>(messages.length);
  const rows: NewMessage[] = [];
  const rowPositions: number[] = [];
  const received = receivedAt.toISOString();
  messages.forEach((raw, position) => {
    const check = checkEnvelope(raw, 'device');
    if (!check.ok) {
      results[position] = { id: idOf(raw), status: 'rejected', error: check.error };
    } else if (check.envelope.deviceId !== device.id) {
      results[position] = { id: check.envelope.id, status: 'rejected', error: 'deviceId: not the device this token belongs to' };
    } else {
      const { id, type, deviceId, createdAt, payload } = check.envelope;
      rows.push({ id, type, siteId: device.siteId, deviceId, createdAt, payloadJson: JSON.stringify(payload), origin: 'device', receivedAt: received });
      rowPositions.push(position);
    }
  });
  return { results, rows, rowPositions };
}

/**
 * Checks every message as coming from `device` (in a turn of the event loop of its own:
 * server/turns.ts) and stores the good ones in one group commit. Answers in input order.
 * A message for another site fails the whole delivery with 403 and nothing is stored.
 *
 * Not an async function: one holds its arguments until it returns, and here that would keep
 * every pushed message's parsed object tree alive until the database answered. In a reconnect
 * storm hundreds of pushes wait for the writer at once, and the garbage collector copied those
 * trees again and again (BENCHMARKS.md, server ingest); once checked, only the rows are needed.
 */
export function storeDeviceMessages(
  storage: Storage,
  device: Pick<Device, 'id' | 'siteId'>,
  messages: readonly unknown[],
  receivedAt: Date,
): Promise<PushResult[]> {
  return inTurn('check', () => checkDeviceMessages(device, messages, receivedAt), messages.length <= LIGHT_MESSAGES).then((checked) => storeChecked(storage, checked));
}

async function storeChecked(storage: Storage, { results, rows, rowPositions }: CheckedPush): Promise<PushResult[]> {
  const outcomes = await storage.storeMessages(rows);
  outcomes.forEach((outcome, index) => {
    const { id } = rows[index];
    results[rowPositions[index]] =
      outcome === 'conflict' ? { id, status: 'rejected', error: 'id: already in use by another message' } : { id, status: outcome };
  });
  return results;
}
