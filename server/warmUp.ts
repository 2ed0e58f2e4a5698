/**
 * Warming up the checks of a push before the server takes requests.
 *
 * The likeliest moment for a reconnect storm is just after the coordination point came back
 * (power, or the server restarted): every tablet pushes its backlog at once, and the code that
 * checks the messages (zod's compiled checks, the row building) is still cold. V8 compiled and
 * optimised it while the first storm went on, which made that storm 12 to 28 % slower than a
 * second one on the same server (BENCHMARKS.md, server ingest). Checking a few thousand
 * messages of a realistic backlog at start (tens of milliseconds) does that work beforehand.
 *
 * The same function a push runs, on messages of the same kinds; nothing is stored.
 */
import { randomUUID } from 'node:crypto';
import { checkDeviceMessages } from './push-messages';
import { backlogMessage } from './sampleBacklog';

export const WARM_UP_MESSAGES = 3000;
const PER_PUSH = 100;

/** Checks `count` backlog messages as pushes of 100; how many passed (all of them, or the warm-up warms the wrong path). */
export function warmUpPushChecks(count = WARM_UP_MESSAGES): { checked: number; accepted: number } {
  const device = { id: randomUUID(), siteId: randomUUID() };
  const where = { siteId: device.siteId, deviceId: device.id };
  let accepted = 0;
  for (let start = 0; start < count; start += PER_PUSH) {
    const batch = Array.from({ length: Math.min(PER_PUSH, count - start) }, (_, index) => backlogMessage(start + index, where, Math.random));
    // Through JSON as a pushed body is: the checks then see the objects JSON.parse makes.
    const { messages } = JSON.parse(JSON.stringify({ messages: batch })) as { messages: unknown[] };
    const { rows } = checkDeviceMessages(device, messages, new Date());
    for (const row of rows) JSON.stringify(row.payload);
    accepted += rows.length;
  }
  return { checked: count, accepted };
}
