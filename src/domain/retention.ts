/**
 * Retention (GDPR/AVG): some days after a point closes, personal data of visitors, reporters,
 * helpers and volunteers is removed on the tablets and at the coordination point, keeping what
 * the evaluation counts (household size, needs, times, 4-digit postcode area, organisation).
 * One rule for both sides: the tablet rewrites its records, the server rewrites stored
 * message payloads, with these functions.
 */
import type { MessageType, PayloadOf } from './messages';
import { postcodeArea } from './postcode';
import type { EmergencyReport, HelperOffer, Household, Signal, Volunteer } from './records';

export const DEFAULT_RETENTION_DAYS = 30;

/** True when the personal data of a point closed at `closedAt` must be gone at `now`. */
export function isPastRetention(closedAt: string | undefined, now: Date, retentionDays = DEFAULT_RETENTION_DAYS): boolean {
  if (!closedAt) return false;
  const closed = Date.parse(closedAt);
  return Number.isFinite(closed) && now.getTime() >= closed + retentionDays * 24 * 3600_000;
}

/** A Dutch postcode keeps its 4 digits; a German one its first 3 (the region). */
export function reducePostcode(postcode: string | undefined): string | undefined {
  if (!postcode) return undefined;
  return /^\d{5}$/.test(postcode) ? postcode.slice(0, 3) : postcodeArea(postcode);
}

export function anonymiseHousehold(household: Household): Household {
  const { name: _name, phone: _phone, street: _street, houseNumber: _houseNumber, ...rest } = household;
  return { ...rest, postcode: reducePostcode(household.postcode) };
}

export function anonymiseReport(report: EmergencyReport): EmergencyReport {
  const { reporterName: _name, reporterWaitsAt: _waits, address: _address, locationDescription: _where, position: _position, ...rest } = report;
  return { ...rest, description: '' };
}

export function anonymiseHelperOffer(offer: HelperOffer): HelperOffer {
  const { contact: _contact, ...rest } = offer;
  return { ...rest, name: '—' };
}

export function anonymiseVolunteer<V extends Volunteer>(volunteer: V): V {
  const { phone: _phone, ...rest } = volunteer;
  return { ...rest, name: '—' } as V;
}

export function anonymiseSignal(signal: Signal): Signal {
  const { location: _location, ...rest } = signal;
  return { ...rest, text: '—' };
}

/** The same rule for a stored message; types without personal data come back unchanged. */
export function anonymisePayload<T extends MessageType>(type: T, payload: PayloadOf<T>): PayloadOf<T> {
  switch (type) {
    case 'visit.registered': {
      const value = payload as PayloadOf<'visit.registered'>;
      return { ...value, household: anonymiseHousehold(value.household), visit: { ...value.visit, needOther: undefined } } as PayloadOf<T>;
    }
    case 'household.updated':
      return anonymiseHousehold(payload as Household) as PayloadOf<T>;
    case 'report.created':
      return anonymiseReport(payload as EmergencyReport) as PayloadOf<T>;
    case 'helper.offered':
      return anonymiseHelperOffer(payload as HelperOffer) as PayloadOf<T>;
    case 'volunteer.saved':
      return anonymiseVolunteer(payload as Volunteer) as PayloadOf<T>;
    case 'signal.created':
      return anonymiseSignal(payload as Signal) as PayloadOf<T>;
    default:
      return payload;
  }
}

/** Message types whose payload may hold personal data. */
export const PERSONAL_MESSAGE_TYPES: readonly MessageType[] = ['visit.registered', 'household.updated', 'report.created', 'helper.offered', 'volunteer.saved', 'signal.created'];
