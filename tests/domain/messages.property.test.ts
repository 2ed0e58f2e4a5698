/**
 * The server checks pushed messages with the message schemas compiled by zod's compiler
 * (src/domain/zodObject.ts, `compiledOnServer`). Compiled, they must answer exactly as the
 * schemas themselves: the same verdict, the same error text, the same data with its keys in the
 * same order (the stored payload is that data as JSON), for every type, for good messages and
 * for every kind of damage to any field of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from 'zod/v4/core';
import {
  CHECKING_SCHEMAS,
  checkEnvelope,
  checkEnvelopeWith,
  EnvelopeSchema,
  MESSAGE_TYPE_NAMES,
  MESSAGE_TYPES,
  RUNTIME_SCHEMAS,
  type MessageType,
  type PayloadOf,
} from '../../src/domain';

const AT = '2026-11-27T08:15:00.000+01:00';
const HLC = '001795000000000-00001-tablet-1';
const id = (n: number) => `0b6f1d2e-3c4a-4b5d-8e6f-${String(n).padStart(12, '0')}`;
const name = { nl: 'Water', de: 'Wasser', en: 'Water' };

/** One complete payload of every type, optional fields included (a mutation may remove them). */
const EXAMPLES: { [T in MessageType]: PayloadOf<T> } = {
  'report.created': {
    id: id(1), service: 'ambulance', incident: ['fall', 'unconscious'], description: ' Oudere man gevallen ', urgency: 'urgent',
    address: 'Molenstraat 3', locationDescription: 'achterdeur', position: { lat: 51.87, lon: 6.6 }, peopleInvolved: 1,
    reporterName: 'Jan', reporterWaitsAt: 'de balie', occurredAt: AT, madeAt: AT,
  },
  'report.statusChanged': { reportId: id(2), status: 'forwarded', note: 'naar 112', dispatchReference: 'A-17', by: 'Coördinator', at: AT },
  'visit.registered': {
    household: {
      id: id(3), adults: 2, children: 1, residence: 'address', postcode: '7091 AB', houseNumber: ' 12a ', street: 'Kerkstraat', village: 'Dinxperlo',
      language: 'nl', name: 'De Vries', phone: '0612345678', flags: { medicalDevice: false, reducedMobility: true, livesAlone: false, needsFollowUp: false }, updatedAt: HLC,
    },
    visit: { id: id(4), householdId: id(3), arrivedAt: AT, leftAt: AT, needs: ['food', 'drinkingWater'], needOther: 'dekens' },
    changed: ['adults', 'children'],
  },
  'visit.checkedOut': { visitId: id(5), leftAt: AT },
  'household.updated': {
    id: id(6), adults: 1, children: 0, residence: 'street', street: 'Dorpsstraat', language: 'de',
    flags: { medicalDevice: true, reducedMobility: false, livesAlone: true, needsFollowUp: true }, updatedAt: HLC,
  },
  'stock.itemDefined': { id: id(7), name, unit: 'liter', minimum: 100, fairShare: { perPersonPerDay: 3, perHouseholdPerDay: 9 }, updatedAt: HLC },
  'stock.moved': { id: id(8), itemId: id(7), kind: 'issued', delta: -6, householdId: id(3), reason: 'uitgifte', by: 'Balie 1', at: AT },
  'signal.created': { id: id(9), category: 'water', text: 'Geen waterdruk', location: 'Kerkstraat 12', at: AT },
  'helper.offered': { id: id(10), name: 'Piet', contact: '06-1', offer: 'aggregaat', availability: 'avonds', at: AT },
  'volunteer.saved': { id: id(11), name: 'Anna', phone: '06-2', organisation: 'redCross', skills: ['firstAid', 'speaksGerman'], pinHash: 'pbkdf2$x', updatedAt: HLC },
  'shift.saved': { id: id(12), start: AT, end: AT, role: 'desk', needed: 2, volunteerIds: [id(11)], cancelled: false, updatedAt: HLC },
  'attendance.recorded': { id: id(13), volunteerId: id(11), kind: 'checkIn', at: AT },
  'infocard.saved': {
    id: id(14), category: 'drinkingWater', nl: { title: 'Water', body: 'Kook water', updatedAt: HLC }, de: { title: 'Wasser', body: 'Abkochen', updatedAt: HLC },
    validFrom: AT, validUntil: AT, source: 'site', version: 3, pinned: true, sample: false, deleted: false, updatedAt: HLC,
  },
  'bulletin.published': { id: id(15), category: 'officialNotice', nl: { title: 'Bericht', body: 'Tekst', updatedAt: HLC }, source: 'coordination', version: 1, pinned: false, sample: false, deleted: false, updatedAt: HLC },
  'site.settingChanged': { key: 'silentAfterMinutes', value: 30, updatedAt: HLC },
  'supply.requested': { id: id(16), items: [{ itemId: id(7), name, unit: 'liter', quantity: 500 }], urgency: 'urgent', note: 'snel', by: 'Lead', at: AT },
  'supply.updated': { requestId: id(16), status: 'approved', items: [{ itemId: id(7), quantity: 400 }], expectedAt: AT, note: 'morgen', by: 'CP', at: AT },
  'supply.received': { requestId: id(16), by: 'Lead', at: AT },
  'sitrep.created': {
    id: id(17), summary: 'Rustig', needs: 'water', visitorsToday: 40, visitorsLastHour: 5, needCounts: [{ need: 'food', count: 12 }], generatorFuelLitres: 80,
    onSite: 12, staffOnSite: 4, itemsBelowMinimum: 1, openReports: 0, by: 'Lead', at: AT,
  },
};

const envelopeOf = (type: MessageType) => ({ id: id(100), type, siteId: id(101), deviceId: id(102), createdAt: AT, payload: structuredClone(EXAMPLES[type]) });

/** Every place in a JSON value, as a path of keys and indexes ([] is the value itself). */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => pathsOf(item, [...path, key]))];
}

/** Values that sit at the edges of what the schemas take: sizes, bounds, padding, kinds. */
const edgy = fc.oneof(
  fc.anything(),
  fc.constantFrom('', ' ', '  x  ', 'x'.repeat(8), 'x'.repeat(9), 'x'.repeat(200), ` ${'x'.repeat(200)} `, 'x'.repeat(201), 'x'.repeat(4001), AT, '2026-11-27T08:15:00Z', '2026-11-27', HLC, id(1), id(1).toUpperCase()),
  fc.constantFrom(0, -0, 1, 1.5, -1, 99, 100, 1e6, 1e6 + 1, -1e6 - 1, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, null, undefined, true, false, [], {}),
  fc.constantFrom(...MESSAGE_TYPE_NAMES, 'drop.tables'),
);

const damaged = fc
  .record({ type: fc.constantFrom(...MESSAGE_TYPE_NAMES), pick: fc.nat(), action: fc.constantFrom('replace', 'remove', 'extra'), value: edgy, extraKey: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', 'id') })
  .map(({ type, pick, action, value, extraKey }) => {
    const message: Record<string, unknown> = envelopeOf(type);
    const paths = pathsOf(message);
    const path = paths[pick % paths.length];
    if (path.length === 0) return action === 'replace' ? value : message;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((at, key) => at[key] as Record<string | number, unknown>, message);
    const key = path[path.length - 1];
    if (action === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else {
      const target = action === 'extra' && typeof parent[key] === 'object' && parent[key] !== null ? (parent[key] as Record<string, unknown>) : parent;
      const at = action === 'extra' ? extraKey : key;
      Object.defineProperty(target, at, { value, enumerable: true, configurable: true, writable: true });
    }
    return message;
  });

/** A check's answer in a form that also compares the order of the data's keys. */
function answer(result: ReturnType<typeof checkEnvelope>) {
  return result.ok ? { ok: true, envelope: result.envelope, json: JSON.stringify(result.envelope) } : result;
}

describe('the compiled message schemas', () => {
  it('are all compiled by zod, none left to the runtime parser', () => {
    expect(() => compile(EnvelopeSchema, { strict: true })).not.toThrow();
    for (const type of MESSAGE_TYPE_NAMES) {
      expect(() => compile(MESSAGE_TYPES[type].payload, { strict: true }), type).not.toThrow();
      expect(CHECKING_SCHEMAS.payload(type), type).not.toBe(MESSAGE_TYPES[type].payload);
    }
    expect(CHECKING_SCHEMAS.envelope).not.toBe(EnvelopeSchema);
  });

  it('accept every type\'s example, with the same data as the schemas themselves', () => {
    for (const type of MESSAGE_TYPE_NAMES) {
      const from = MESSAGE_TYPES[type].origin;
      const compiled = answer(checkEnvelope(envelopeOf(type), from));
      expect(compiled, type).toMatchObject({ ok: true });
      expect(compiled, type).toEqual(answer(checkEnvelopeWith(RUNTIME_SCHEMAS, envelopeOf(type), from)));
    }
  });

  it('answer as the schemas themselves for any damage to any field, and for anything at all', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 8, arbitrary: damaged }, { weight: 1, arbitrary: fc.anything() }), fc.constantFrom('device', 'coordination' as const), (message, from) => {
        expect(answer(checkEnvelope(message, from))).toEqual(answer(checkEnvelopeWith(RUNTIME_SCHEMAS, message, from)));
      }),
      { numRuns: 5000 },
    );
  });
});
