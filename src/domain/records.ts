/**
 * Records the product keeps, as zod schemas. The tablet writes them, the server validates the
 * messages that carry them, the tests generate them: one definition for all three.
 */
import { z } from 'zod';
import { HLC_PATTERN } from './hlc';

export const Id = z.uuid();
export const IsoTime = z.iso.datetime({ offset: true });
export const Hlc = z.string().max(120).regex(HLC_PATTERN, 'not a hybrid logical clock timestamp');
const ShortText = z.string().trim().max(200);
const LongText = z.string().trim().max(4000);

export const LANGUAGES = ['nl', 'de', 'other'] as const;
export const NEEDS = [
  'information',
  'drinkingWater',
  'food',
  'medical',
  'warmth',
  'devicePower',
  'contactRelatives',
  'listeningEar',
  'shelterReferral',
  'other',
] as const;
export type Need = (typeof NEEDS)[number];

export const HouseholdFlags = z.object({
  medicalDevice: z.boolean(),
  reducedMobility: z.boolean(),
  livesAlone: z.boolean(),
  needsFollowUp: z.boolean(),
});

/** A household is edited over time; `updatedAt` is the HLC of its latest edit. */
export const HouseholdSchema = z.object({
  id: Id,
  adults: z.int().min(0).max(99),
  children: z.int().min(0).max(99),
  residence: z.enum(['address', 'street', 'passingThrough']),
  postcode: z.string().max(8).optional(),
  houseNumber: z.string().trim().max(10).optional(),
  street: ShortText.optional(),
  village: ShortText.optional(),
  language: z.enum(LANGUAGES),
  name: ShortText.optional(),
  phone: z.string().trim().max(40).optional(),
  flags: HouseholdFlags,
  updatedAt: Hlc,
});
export type Household = z.infer<typeof HouseholdSchema>;

export const VisitSchema = z.object({
  id: Id,
  householdId: Id,
  arrivedAt: IsoTime,
  leftAt: IsoTime.optional(),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length),
  needOther: ShortText.optional(),
});
export type Visit = z.infer<typeof VisitSchema>;

export const REPORT_SERVICES = ['ambulance', 'fire', 'police', 'unsure'] as const;
export const REPORT_URGENCIES = ['lifeThreatening', 'urgent', 'notUrgent'] as const;
export const REPORT_STATUSES = ['new', 'acknowledged', 'forwarded', 'helpOnTheWay', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const EmergencyReportSchema = z.object({
  id: Id,
  service: z.enum(REPORT_SERVICES),
  incident: z.array(z.string().max(40)).max(20),
  description: LongText,
  urgency: z.enum(REPORT_URGENCIES),
  address: ShortText.optional(),
  locationDescription: LongText.optional(),
  position: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  peopleInvolved: z.int().min(0).max(10000),
  reporterName: ShortText.optional(),
  reporterWaitsAt: ShortText.optional(),
  occurredAt: IsoTime,
  madeAt: IsoTime,
});
export type EmergencyReport = z.infer<typeof EmergencyReportSchema>;

export const ReportStatusChangeSchema = z.object({
  reportId: Id,
  status: z.enum(REPORT_STATUSES),
  note: LongText.optional(),
  dispatchReference: ShortText.optional(),
  by: ShortText,
  at: IsoTime,
});
export type ReportStatusChange = z.infer<typeof ReportStatusChangeSchema>;

const Localised = z.object({ nl: ShortText, de: ShortText, en: ShortText.optional() });

export const FairShareSchema = z.object({
  perPersonPerDay: z.number().positive().optional(),
  perHouseholdPerDay: z.number().positive().optional(),
});

export const StockItemSchema = z.object({
  id: Id,
  name: Localised,
  unit: z.string().trim().min(1).max(20),
  minimum: z.number().min(0).max(1_000_000),
  fairShare: FairShareSchema.optional(),
  updatedAt: Hlc,
});
export type StockItem = z.infer<typeof StockItemSchema>;

export const MOVEMENT_KINDS = ['received', 'issued', 'counted', 'transferred', 'writtenOff'] as const;

/** One line of the stock ledger; the balance is the sum of `delta` over an item's movements. */
export const StockMovementSchema = z.object({
  id: Id,
  itemId: Id,
  kind: z.enum(MOVEMENT_KINDS),
  delta: z.number().min(-1_000_000).max(1_000_000),
  householdId: Id.optional(),
  reason: LongText.optional(),
  by: ShortText,
  at: IsoTime,
});
export type StockMovement = z.infer<typeof StockMovementSchema>;

export const VOLUNTEER_SKILLS = ['firstAid', 'speaksGerman', 'driver', 'medical', 'canLead'] as const;
export const VolunteerSchema = z.object({
  id: Id,
  name: ShortText.min(1),
  phone: z.string().trim().max(40).optional(),
  organisation: z.enum(['municipality', 'redCross', 'salvationArmy', 'citizen', 'other']),
  skills: z.array(z.enum(VOLUNTEER_SKILLS)).max(VOLUNTEER_SKILLS.length),
  updatedAt: Hlc,
});
export type Volunteer = z.infer<typeof VolunteerSchema>;

export const SHIFT_ROLES = ['lead', 'desk', 'distribution', 'firstAid', 'runner', 'listeningEar'] as const;
export const ShiftSchema = z.object({
  id: Id,
  start: IsoTime,
  end: IsoTime,
  role: z.enum(SHIFT_ROLES),
  needed: z.int().min(1).max(50),
  volunteerIds: z.array(Id).max(50),
  updatedAt: Hlc,
});
export type Shift = z.infer<typeof ShiftSchema>;

export const AttendanceSchema = z.object({
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

const CardText = z.object({ title: ShortText, body: LongText, updatedAt: Hlc });

/** Info cards from this point and bulletins from the coordination point share one shape. */
export const InfoCardSchema = z.object({
  id: Id,
  category: z.enum(INFO_CATEGORIES),
  nl: CardText.optional(),
  de: CardText.optional(),
  en: CardText.optional(),
  validFrom: IsoTime.optional(),
  validUntil: IsoTime.optional(),
  source: z.enum(['site', 'coordination']),
  version: z.int().min(1),
  pinned: z.boolean(),
  sample: z.boolean(),
  deleted: z.boolean(),
  updatedAt: Hlc,
});
export type InfoCard = z.infer<typeof InfoCardSchema>;

export const SIGNAL_CATEGORIES = ['water', 'power', 'care', 'safety', 'initiative', 'other'] as const;
export const SignalSchema = z.object({
  id: Id,
  category: z.enum(SIGNAL_CATEGORIES),
  text: LongText.min(1),
  location: ShortText.optional(),
  at: IsoTime,
});
export type Signal = z.infer<typeof SignalSchema>;

export const HelperOfferSchema = z.object({
  id: Id,
  name: ShortText.min(1),
  contact: ShortText.optional(),
  offer: LongText.min(1),
  at: IsoTime,
});
export type HelperOffer = z.infer<typeof HelperOfferSchema>;
