/**
 * A realistic 72-hour backlog of one point: mostly visits and stock issues, some check-outs,
 * attendance, signals, a few emergency reports. Envelopes are valid for the real server.
 * The benchmarks push it (bench/); the server pushes some through a scratch copy of itself at
 * start to warm up (warmUp.ts).
 */
import { randomUUID } from 'node:crypto';
import { formatHlc, type Envelope, type MessageType, type PayloadOf } from '../src/domain';

const NEEDS = ['information', 'drinkingWater', 'food', 'medical', 'warmth', 'devicePower', 'contactRelatives', 'listeningEar'] as const;
const ITEMS = Array.from({ length: 10 }, () => randomUUID());

export function backlogMessage(index: number, where: { siteId: string; deviceId: string }, random: () => number): Envelope {
  const at = new Date(Date.now() - 72 * 3600_000 + index * 13_000).toISOString();
  const hlc = formatHlc({ wallMs: Date.parse(at), counter: 0, node: where.deviceId });
  const roll = random();
  const envelope = <T extends MessageType>(type: T, payload: PayloadOf<T>): Envelope => ({ id: randomUUID(), type, siteId: where.siteId, deviceId: where.deviceId, createdAt: at, payload });
  if (roll < 0.45) {
    const householdId = randomUUID();
    return envelope('visit.registered', {
      household: {
        id: householdId,
        adults: 1 + Math.floor(random() * 3),
        children: Math.floor(random() * 3),
        residence: 'address',
        postcode: `70${String(80 + Math.floor(random() * 20))} ${String.fromCharCode(65 + Math.floor(random() * 20), 65 + Math.floor(random() * 20))}`,
        houseNumber: String(1 + Math.floor(random() * 200)),
        language: random() < 0.8 ? 'nl' : 'de',
        flags: { medicalDevice: random() < 0.05, reducedMobility: random() < 0.1, livesAlone: random() < 0.2, needsFollowUp: random() < 0.05 },
        updatedAt: hlc,
      },
      visit: { id: randomUUID(), householdId, arrivedAt: at, needs: NEEDS.filter(() => random() < 0.25).slice(0, 3) },
    });
  }
  if (roll < 0.8) {
    return envelope('stock.moved', { id: randomUUID(), itemId: ITEMS[Math.floor(random() * ITEMS.length)], kind: 'issued', delta: -(1 + Math.floor(random() * 6)), householdId: randomUUID(), by: 'Balie 1', at });
  }
  if (roll < 0.9) return envelope('visit.checkedOut', { visitId: randomUUID(), leftAt: at });
  if (roll < 0.96) return envelope('attendance.recorded', { id: randomUUID(), volunteerId: randomUUID(), kind: random() < 0.5 ? 'checkIn' : 'checkOut', at });
  if (roll < 0.99) return envelope('signal.created', { id: randomUUID(), category: 'water', text: 'Geen waterdruk op de derde verdieping van de flat aan de Kerkstraat.', location: 'Kerkstraat 12', at });
  return emergencyReport(where, at);
}

/** An emergency report as the desk's form makes it (urgent, an ambulance for a fall). */
export function emergencyReport(where: { siteId: string; deviceId: string }, at = new Date().toISOString()): Envelope {
  const payload: PayloadOf<'report.created'> = {
    id: randomUUID(),
    service: 'ambulance',
    incident: ['fall'],
    description: 'Oudere man gevallen, kan niet opstaan, aanspreekbaar.',
    urgency: 'urgent',
    address: 'Molenstraat 3, Dinxperlo',
    peopleInvolved: 1,
    occurredAt: at,
    madeAt: at,
  };
  return { id: randomUUID(), type: 'report.created', siteId: where.siteId, deviceId: where.deviceId, createdAt: at, payload };
}
