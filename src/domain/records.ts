/**
 * Records the product keeps, as zod schemas. The tablet writes them, the server validates the
 * messages that carry them, the tests generate them: one definition for all three.
 *
 * Written with zod/mini (same validation, a fraction of the bundle): the tablet must load
 * fast from the service worker cache on a slow, throttled CPU.
 */
import { z } from 'zod/mini';
import { object } from './zodObject';
import { HLC_PATTERN } from './hlc';
import { isUuid } from './ids';
import { NEEDS } from './needs';

/** A UUID, as `z.uuid()` accepts it (same format name, so the same error text), checked without its pattern (ids.ts). */
export const Id = z.stringFormat('uuid', isUuid);
export const IsoTime = z.iso.datetime({ offset: true });
export const Hlc = z.string().check(z.maxLength(120), z.regex(HLC_PATTERN, 'not a hybrid logical clock timestamp'));
const ShortText = z.string().check(z.trim(), z.maxLength(200));
const LongText = z.string().check(z.trim(), z.maxLength(4000));

export const LANGUAGES = ['nl', 'de', 'other'] as const;
export { NEEDS, type Need } from './needs';

export const HouseholdFlags = object({
  medicalDevice: z.boolean(),
  reducedMobility: z.boolean(),
  livesAlone: z.boolean(),
  needsFollowUp: z.boolean(),
});

/** A household is edited over time; `updatedAt` is the HLC of its latest edit. */
export const HouseholdSchema = object({
  id: Id,
  adults: z.int().check(z.minimum(0), z.maximum(99)),
  children: z.int().check(z.minimum(0), z.maximum(99)),
  residence: z.enum(['address', 'street', 'passingThrough']),
  postcode: z.optional(z.string().check(z.maxLength(8))),
  houseNumber: z.optional(z.string().check(z.trim(), z.maxLength(10))),
  street: z.optional(ShortText),
  village: z.optional(ShortText),
  language: z.enum(LANGUAGES),
  name: z.optional(ShortText),
  phone: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  flags: HouseholdFlags,
  updatedAt: Hlc,
});
export type Household = z.infer<typeof HouseholdSchema>;

export const VisitSchema = object({
  id: Id,
  householdId: Id,
  arrivedAt: IsoTime,
  leftAt: z.optional(IsoTime),
  needs: z.array(z.enum(NEEDS)).check(z.maxLength(NEEDS.length)),
  needOther: z.optional(ShortText),
});
export type Visit = z.infer<typeof VisitSchema>;

export const REPORT_SERVICES = ['ambulance', 'fire', 'police', 'unsure'] as const;
export const REPORT_URGENCIES = ['lifeThreatening', 'urgent', 'notUrgent'] as const;
export const REPORT_STATUSES = ['new', 'acknowledged', 'forwarded', 'helpOnTheWay', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const EmergencyReportSchema = object({
  id: Id,
  service: z.enum(REPORT_SERVICES),
  incident: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  description: LongText,
  urgency: z.enum(REPORT_URGENCIES),
  address: z.optional(ShortText),
  locationDescription: z.optional(LongText),
  position: z.optional(object({ lat: z.number().check(z.minimum(-90), z.maximum(90)), lon: z.number().check(z.minimum(-180), z.maximum(180)) })),
  peopleInvolved: z.int().check(z.minimum(0), z.maximum(10000)),
  reporterName: z.optional(ShortText),
  reporterWaitsAt: z.optional(ShortText),
  occurredAt: IsoTime,
  madeAt: IsoTime,
});
export type EmergencyReport = z.infer<typeof EmergencyReportSchema>;

export const ReportStatusChangeSchema = object({
  reportId: Id,
  status: z.enum(REPORT_STATUSES),
  note: z.optional(LongText),
  dispatchReference: z.optional(ShortText),
  by: ShortText,
  at: IsoTime,
});
export type ReportStatusChange = z.infer<typeof ReportStatusChangeSchema>;

const Localised = object({ nl: ShortText, de: ShortText, en: z.optional(ShortText) });

export const FairShareSchema = object({
  perPersonPerDay: z.optional(z.number().check(z.positive())),
  perHouseholdPerDay: z.optional(z.number().check(z.positive())),
});

export const StockItemSchema = object({
  id: Id,
  name: Localised,
  unit: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  minimum: z.number().check(z.minimum(0), z.maximum(1_000_000)),
  fairShare: z.optional(FairShareSchema),
  updatedAt: Hlc,
});
export type StockItem = z.infer<typeof StockItemSchema>;

export const MOVEMENT_KINDS = ['received', 'issued', 'counted', 'transferred', 'writtenOff'] as const;

/** One line of the stock ledger; the balance is the sum of `delta` over an item's movements. */
export const StockMovementSchema = object({
  id: Id,
  itemId: Id,
  kind: z.enum(MOVEMENT_KINDS),
  delta: z.number().check(z.minimum(-1_000_000), z.maximum(1_000_000)),
  householdId: z.optional(Id),
  reason: z.optional(LongText),
  by: ShortText,
  at: IsoTime,
});
export type StockMovement = z.infer<typeof StockMovementSchema>;

export const VOLUNTEER_SKILLS = ['firstAid', 'speaksGerman', 'driver', 'medical', 'canLead'] as const;
export const VolunteerSchema = object({
  id: Id,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  phone: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  organisation: z.enum(['municipality', 'redCross', 'salvationArmy', 'citizen', 'other']),
  skills: z.array(z.enum(VOLUNTEER_SKILLS)).check(z.maxLength(VOLUNTEER_SKILLS.length)),
  /**
   * Salted PBKDF2 hash of the volunteer's 4-digit tablet PIN (src/domain/pin.ts), never the PIN.
   * It syncs with the volunteer on purpose: a volunteer must be able to sign in on any tablet of
   * the point while the link is down, so every tablet needs it locally.
   */
  pinHash: z.optional(z.string().check(z.maxLength(200))),
  updatedAt: Hlc,
});
export type Volunteer = z.infer<typeof VolunteerSchema>;

export const SHIFT_ROLES = ['lead', 'desk', 'distribution', 'firstAid', 'runner', 'listeningEar'] as const;
export const ShiftSchema = object({
  id: Id,
  start: IsoTime,
  end: IsoTime,
  role: z.enum(SHIFT_ROLES),
  needed: z.int().check(z.minimum(1), z.maximum(50)),
  volunteerIds: z.array(Id).check(z.maxLength(50)),
  /** A shift planned by mistake or no longer needed; kept (and synced) so every tablet drops it. */
  cancelled: z.optional(z.boolean()),
  updatedAt: Hlc,
});
export type Shift = z.infer<typeof ShiftSchema>;

export const AttendanceSchema = object({
  id: Id,
  volunteerId: Id,
  kind: z.enum(['checkIn', 'checkOut']),
  at: IsoTime,
});
export type Attendance = z.infer<typeof AttendanceSchema>;

export const INFO_CATEGORIES = [
  'drinkingWater',
  'power',
  'medical',
  'shelter',
  'whatToDo',
  'relatives',
  'officialNotice',
  'openingHours',
] as const;

const CardText = object({ title: ShortText, body: LongText, updatedAt: Hlc });

/** Info cards from this point and bulletins from the coordination point share one shape. */
export const InfoCardSchema = object({
  id: Id,
  category: z.enum(INFO_CATEGORIES),
  nl: z.optional(CardText),
  de: z.optional(CardText),
  en: z.optional(CardText),
  validFrom: z.optional(IsoTime),
  validUntil: z.optional(IsoTime),
  source: z.enum(['site', 'coordination']),
  version: z.int().check(z.minimum(1)),
  pinned: z.boolean(),
  sample: z.boolean(),
  deleted: z.boolean(),
  updatedAt: Hlc,
});
export type InfoCard = z.infer<typeof InfoCardSchema>;

export const SIGNAL_CATEGORIES = ['water', 'power', 'care', 'safety', 'initiative', 'other'] as const;
export const SignalSchema = object({
  id: Id,
  category: z.enum(SIGNAL_CATEGORIES),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  location: z.optional(ShortText),
  at: IsoTime,
});
export type Signal = z.infer<typeof SignalSchema>;

export const HelperOfferSchema = object({
  id: Id,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  contact: z.optional(ShortText),
  offer: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  /** When the helper can be asked ("evenings", "Saturday all day"); free text, as people say it. */
  availability: z.optional(ShortText),
  at: IsoTime,
});
export type HelperOffer = z.infer<typeof HelperOfferSchema>;

/** Settings of a point that every tablet of it must share (set by the site lead). */
export const SITE_SETTING_KEYS = [
  'collectNames',
  'kioskPinHash',
  'silentAfterMinutes',
  // Retention: when the point closed (ISO time) and how many days personal data is kept after.
  'closedAt',
  'retentionDays',
  // Site lead: sitrep reminder, longest time on duty.
  'sitrepIntervalMinutes',
  'dutyLimitHours',
  // Desk: minutes before an undelivered urgent emergency report escalates.
  'escalateAfterMinutes',
  // Volunteer and site-lead tablets lock after this many minutes without use (0 = never).
  'lockAfterMinutes',
] as const;
export type SiteSettingKey = (typeof SITE_SETTING_KEYS)[number];
export const SiteSettingSchema = object({
  key: z.enum(SITE_SETTING_KEYS),
  value: z.union([z.boolean(), z.number(), z.string().check(z.maxLength(500))]),
  updatedAt: Hlc,
});
export type SiteSetting = z.infer<typeof SiteSettingSchema>;

export const SUPPLY_URGENCIES = ['normal', 'urgent', 'critical'] as const;
const SupplyLine = object({
  itemId: Id,
  name: Localised,
  unit: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  quantity: z.number().check(z.positive(), z.maximum(1_000_000)),
});

/** A point asks the coordination point for goods (drafted from low stock). */
export const SupplyRequestSchema = object({
  id: Id,
  items: z.array(SupplyLine).check(z.minLength(1), z.maxLength(100)),
  urgency: z.enum(SUPPLY_URGENCIES),
  note: z.optional(LongText),
  by: ShortText,
  at: IsoTime,
});
export type SupplyRequest = z.infer<typeof SupplyRequestSchema>;

export const SUPPLY_STATUSES = ['requested', 'approved', 'dispatched', 'declined', 'received'] as const;

/** The coordination point's answer: approved (maybe other quantities), dispatched, declined. */
export const SupplyUpdateSchema = object({
  requestId: Id,
  status: z.enum(['approved', 'dispatched', 'declined']),
  items: z.optional(z.array(object({ itemId: Id, quantity: z.number().check(z.minimum(0), z.maximum(1_000_000)) })).check(z.maxLength(100))),
  expectedAt: z.optional(IsoTime),
  note: z.optional(LongText),
  by: ShortText,
  at: IsoTime,
});
export type SupplyUpdate = z.infer<typeof SupplyUpdateSchema>;

/** The point confirms receipt; the goods enter its ledger as `received` movements. */
export const SupplyReceivedSchema = object({ requestId: Id, by: ShortText, at: IsoTime });
export type SupplyReceived = z.infer<typeof SupplyReceivedSchema>;

const Count = z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000)));

/** Situation report from the site lead to the coordination point. */
export const SitrepSchema = object({
  id: Id,
  summary: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  needs: z.optional(LongText),
  visitorsToday: Count,
  visitorsLastHour: Count,
  /** Reasons for coming counted over today's visits: what the numbers behind "needs" are. */
  needCounts: z.optional(z.array(object({ need: z.enum(NEEDS), count: z.int().check(z.minimum(0), z.maximum(1_000_000)) })).check(z.maxLength(NEEDS.length))),
  generatorFuelLitres: z.optional(z.number().check(z.minimum(-1_000_000), z.maximum(1_000_000))),
  onSite: Count,
  staffOnSite: Count,
  itemsBelowMinimum: Count,
  openReports: Count,
  by: ShortText,
  at: IsoTime,
});
export type Sitrep = z.infer<typeof SitrepSchema>;
