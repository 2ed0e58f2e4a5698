/**
 * The sync contract's messages (DESIGN.md, "Sync contract v1").
 *
 * Every message is an Envelope whose `payload` is validated by the schema its `type` names,
 * on the tablet before it is queued and on the server before it is stored. `origin` says who
 * may send a type: report status, for instance, is owned by the coordination point and a
 * tablet that pushes it gets `rejected`.
 */
import { z } from 'zod/mini';
import { compiledOnServer, object } from './zodObject';
import { HOUSEHOLD_FIELDS } from './householdMerge';
import {
  AttendanceSchema,
  EmergencyReportSchema,
  HelperOfferSchema,
  HouseholdSchema,
  Id,
  InfoCardSchema,
  IsoTime,
  ReportStatusChangeSchema,
  ShiftSchema,
  SignalSchema,
  SiteSettingSchema,
  SitrepSchema,
  SupplyReceivedSchema,
  SupplyRequestSchema,
  SupplyUpdateSchema,
  StockItemSchema,
  StockMovementSchema,
  VisitSchema,
  VolunteerSchema,
} from './records';

/** Lower sorts first when the outbox drains. Emergency reports also travel in a request of their own. */
export const PRIORITY = { emergency: 0, urgent: 1, normal: 2, bulk: 3 } as const;
export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

type Origin = 'device' | 'coordination';

interface MessageDefinition<S extends z.ZodMiniType> {
  payload: S;
  priority: Priority;
  origin: Origin;
}

function define<S extends z.ZodMiniType>(payload: S, priority: Priority, origin: Origin = 'device'): MessageDefinition<S> {
  return { payload, priority, origin };
}

export const MESSAGE_TYPES = {
  'report.created': define(EmergencyReportSchema, PRIORITY.emergency),
  'report.statusChanged': define(ReportStatusChangeSchema, PRIORITY.urgent, 'coordination'),
  // `changed`: the household fields the desk's form changed (householdMerge.ts); absent, all of them.
  'visit.registered': define(
    object({ household: HouseholdSchema, visit: VisitSchema, changed: z.optional(z.array(z.enum(HOUSEHOLD_FIELDS)).check(z.maxLength(HOUSEHOLD_FIELDS.length))) }),
    PRIORITY.normal,
  ),
  'visit.checkedOut': define(object({ visitId: Id, leftAt: IsoTime }), PRIORITY.normal),
  'household.updated': define(HouseholdSchema, PRIORITY.normal),
  'stock.itemDefined': define(StockItemSchema, PRIORITY.normal),
  'stock.moved': define(StockMovementSchema, PRIORITY.normal),
  'signal.created': define(SignalSchema, PRIORITY.urgent),
  'helper.offered': define(HelperOfferSchema, PRIORITY.normal),
  'volunteer.saved': define(VolunteerSchema, PRIORITY.normal),
  'shift.saved': define(ShiftSchema, PRIORITY.normal),
  'attendance.recorded': define(AttendanceSchema, PRIORITY.normal),
  'infocard.saved': define(InfoCardSchema, PRIORITY.normal),
  'bulletin.published': define(InfoCardSchema, PRIORITY.urgent, 'coordination'),
  'site.settingChanged': define(SiteSettingSchema, PRIORITY.normal),
  'supply.requested': define(SupplyRequestSchema, PRIORITY.urgent),
  'supply.updated': define(SupplyUpdateSchema, PRIORITY.urgent, 'coordination'),
  'supply.received': define(SupplyReceivedSchema, PRIORITY.normal),
  'sitrep.created': define(SitrepSchema, PRIORITY.urgent),
} as const;

export type MessageType = keyof typeof MESSAGE_TYPES;
export type PayloadOf<T extends MessageType> = z.infer<(typeof MESSAGE_TYPES)[T]['payload']>;

export const MESSAGE_TYPE_NAMES = Object.keys(MESSAGE_TYPES) as MessageType[];

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(MESSAGE_TYPES, type);
}

export function priorityOf(type: MessageType): Priority {
  return MESSAGE_TYPES[type].priority;
}

/** The envelope before its payload is checked against its type. */
export const EnvelopeSchema = object({
  id: Id,
  type: z.string().check(z.minLength(1), z.maxLength(64)),
  siteId: Id,
  deviceId: Id,
  createdAt: IsoTime,
  payload: z.unknown(),
});
export type RawEnvelope = z.infer<typeof EnvelopeSchema>;

export interface Envelope<T extends MessageType = MessageType> {
  id: string;
  type: T;
  siteId: string;
  deviceId: string;
  createdAt: string;
  payload: PayloadOf<T>;
}

export type EnvelopeCheck = { ok: true; envelope: Envelope } | { ok: false; error: string };

/** Readable one-line text of a zod error, for `rejected` answers and the dead-letter list. */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(message)'}: ${issue.message}`)
    .join('; ');
}

/** The schemas an envelope is checked with: the envelope's, and the payload's of a type. */
export interface EnvelopeSchemas {
  envelope: z.ZodMiniType<RawEnvelope>;
  payload(type: MessageType): z.ZodMiniType;
}

/** Checks an envelope and its payload with `schemas`; `from` is who sends it, for the ownership rule. */
export function checkEnvelopeWith(schemas: EnvelopeSchemas, input: unknown, from: Origin): EnvelopeCheck {
  const envelope = schemas.envelope.safeParse(input);
  if (!envelope.success) return { ok: false, error: describeIssues(envelope.error) };
  const { type } = envelope.data;
  if (!isMessageType(type)) return { ok: false, error: `type: unknown message type "${type.slice(0, 64)}"` };
  if (MESSAGE_TYPES[type].origin !== from) return { ok: false, error: `type: "${type}" may only be sent by the coordination point` };
  const payload = schemas.payload(type).safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, error: `payload: ${describeIssues(payload.error)}` };
  return { ok: true, envelope: { ...envelope.data, type, payload: payload.data } as Envelope };
}

/** The schemas as defined above; what the compiled ones must answer like (the tests hold them to it). */
export const RUNTIME_SCHEMAS: EnvelopeSchemas = { envelope: EnvelopeSchema, payload: (type) => MESSAGE_TYPES[type].payload };

/**
 * On the server, the same schemas compiled (zodObject.ts, `compiledOnServer`, each on its first
 * use): the server checks every message 300 tablets push after an outage. In the browser they
 * are the schemas above.
 */
export const CHECKING_SCHEMAS: EnvelopeSchemas = {
  get envelope() {
    return compiledOnServer(EnvelopeSchema);
  },
  payload: (type) => compiledOnServer(MESSAGE_TYPES[type].payload),
};

/** Validates an envelope and its payload. `from` is who sends it, for the ownership rule. */
export function checkEnvelope(input: unknown, from: Origin = 'device'): EnvelopeCheck {
  return checkEnvelopeWith(CHECKING_SCHEMAS, input, from);
}

/** Validates a change pulled from the server, whoever made it: the tablet trusts nothing unchecked. */
export function checkChange(input: unknown): EnvelopeCheck {
  const type = (input as { type?: unknown } | null)?.type;
  const origin = typeof type === 'string' && isMessageType(type) ? MESSAGE_TYPES[type].origin : 'device';
  return checkEnvelope(input, origin);
}

/** A change as the server hands it out on pull: the envelope plus server order and receipt time. */
export interface Change extends Envelope {
  seq: number;
  receivedAt: string;
}

export const PushRequestSchema = object({ messages: z.array(z.unknown()).check(z.maxLength(5000)) });
export type PushStatus = 'accepted' | 'duplicate' | 'rejected';
export interface PushResult {
  id: string;
  status: PushStatus;
  error?: string;
}
export interface PushResponse {
  results: PushResult[];
}
export interface PullResponse {
  changes: Change[];
  cursor: number;
  more: boolean;
}
export interface HealthResponse {
  ok: true;
  time: string;
}
export const EnrollRequestSchema = object({
  code: z.string().check(z.trim(), z.minLength(4), z.maxLength(32)),
  deviceName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
});
export interface EnrollResponse {
  siteId: string;
  deviceId: string;
  token: string;
  siteName: string;
  municipality: string;
}
