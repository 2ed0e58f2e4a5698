/**
 * The tablet's side of the air-gap relay (src/domain/relay.ts): its pending outbox as a signed
 * file, or the emergency reports alone as a QR sequence. Reading only: the outbox keeps every
 * message until the server answers for it over a normal sync (`duplicate` once the relay file
 * was imported), so a lost USB stick loses nothing.
 */
import { PRIORITY, type Envelope } from '../domain';
import { encodeQrSequence, relayKeyOf, signRelayFile, type RelayFile } from '../domain/relay';
import { requireIdentity, type NoodsteunpuntDb } from '../db';

/** The tablet was never enrolled: it has no key the coordination point would recognise. */
export class RelayExportError extends Error {
  constructor(readonly reason: 'notEnrolled') {
    super('This tablet is not enrolled at a coordination point yet, so no relay file can be signed.');
    this.name = 'RelayExportError';
  }
}

export interface RelayExportOptions {
  /** Only emergency reports: what fits a short QR sequence. */
  emergencyOnly?: boolean;
  now?: Date;
}

/** Every pending (not rejected, not discarded) message, emergency reports first, signed with this tablet's key. */
export async function buildRelayFile(db: NoodsteunpuntDb, options: RelayExportOptions = {}): Promise<RelayFile> {
  const identity = await requireIdentity(db);
  if (!identity.token) throw new RelayExportError('notEnrolled');
  let pending = (await db.outbox.where('state').equals('pending').toArray()).sort((a, b) => a.priority - b.priority || (a.seq ?? 0) - (b.seq ?? 0));
  if (options.emergencyOnly) pending = pending.filter((entry) => entry.priority === PRIORITY.emergency);
  const messages: Envelope[] = pending.map((entry) => entry.envelope);
  return signRelayFile(
    { siteId: identity.siteId, deviceId: identity.deviceId, createdAt: (options.now ?? new Date()).toISOString(), messages },
    await relayKeyOf(identity.token),
  );
}

/** The emergency reports waiting in the outbox as the texts of a QR sequence; [] when none wait. */
export async function buildEmergencyQrSequence(db: NoodsteunpuntDb, options: { now?: Date } = {}): Promise<string[]> {
  const file = await buildRelayFile(db, { emergencyOnly: true, now: options.now });
  return file.messages.length === 0 ? [] : encodeQrSequence(file);
}

/** `noodsteunpunt-dinxperlo-20261125-1840.relay.json`: the point and the time, safe on any stick. */
export function relayFileName(siteName: string, at: Date): string {
  const site =
    siteName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'punt';
  const time = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  return `noodsteunpunt-${site}-${time}.relay.json`;
}
