/**
 * The coordinator dashboard's HTTP contract (`/api/v1/cp/...`): one schema per request and per
 * response. The server validates every input with them and every output before it is sent
 * (unknown keys are dropped, so a stored password hash can never slip into an answer); the
 * dashboard validates what it receives. Not part of the tablet bundle: only the server and the
 * lazily loaded dashboard import this file.
 */
import { z } from 'zod/mini';
import { REPORT_ACTIONS } from './coordinatorInbox';
import { REPORT_INTERVALS } from './evaluation';
import {
  EmergencyReportSchema,
  HelperOfferSchema,
  Id,
  INFO_CATEGORIES,
  IsoTime,
  LANGUAGES,
  NEEDS,
  REPORT_SERVICES,
  REPORT_STATUSES,
  REPORT_URGENCIES,
  SIGNAL_CATEGORIES,
  SitrepSchema,
  SUPPLY_STATUSES,
  SupplyRequestSchema,
  SignalSchema,
} from './records';

const ShortText = z.string().check(z.trim(), z.maxLength(200));
const LongText = z.string().check(z.trim(), z.maxLength(4000));
const RequiredShortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const RequiredLongText = z.string().check(z.trim(), z.minLength(1), z.maxLength(4000));
const Count = z.int().check(z.minimum(0));

// ---------------------------------------------------------------------------------------------
// Accounts and sessions

export const COORDINATOR_ROLES = ['coordinator', 'admin'] as const;
export const CoordinatorRoleSchema = z.enum(COORDINATOR_ROLES);
export type CoordinatorRoleName = z.infer<typeof CoordinatorRoleSchema>;

/** A person's name as they sign in: no control characters, so it is safe in logs and lists. */
export const UserNameSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(60),
  z.regex(/^[^\p{Cc}\p{Cf}]+$/u, 'no control characters'),
);
export const NewPasswordSchema = z.string().check(z.minLength(10, 'at least 10 characters'), z.maxLength(200));

export const LoginRequestSchema = z.object({ name: UserNameSchema, password: z.string().check(z.minLength(1), z.maxLength(200)) });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const CoordinatorUserSchema = z.object({ id: Id, name: z.string(), role: CoordinatorRoleSchema, createdAt: IsoTime });
export type CoordinatorUserView = z.infer<typeof CoordinatorUserSchema>;

export const SessionResponseSchema = z.object({
  user: CoordinatorUserSchema,
  /** The session ends at the latest then (24 h after login), sooner after 8 h without use. */
  expiresAt: IsoTime,
  idleMinutes: Count,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const UserDraftSchema = z.object({ name: UserNameSchema, role: CoordinatorRoleSchema, password: NewPasswordSchema });
export type UserDraft = z.infer<typeof UserDraftSchema>;
export const UsersResponseSchema = z.object({ users: z.array(CoordinatorUserSchema) });
export type UsersResponse = z.infer<typeof UsersResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Emergency reports

export { REPORT_ACTIONS, type ReportAction } from './coordinatorInbox';

export const ReportStatusActionSchema = z
  .object({
    status: z.enum(REPORT_ACTIONS),
    note: z.optional(LongText),
    dispatchReference: z.optional(ShortText),
    /** Made by the dashboard per click: a retried request publishes once. */
    requestId: z.optional(Id),
  })
  .check(
    z.refine((action) => action.status !== 'forwarded' || Boolean(action.dispatchReference?.trim()), {
      message: 'forwarding to the dispatch centre needs its dispatch reference',
      path: ['dispatchReference'],
    }),
  );
export type ReportStatusAction = z.infer<typeof ReportStatusActionSchema>;

export const ReportEventViewSchema = z.object({
  id: Id,
  status: z.enum(REPORT_STATUSES),
  note: z.optional(z.string()),
  dispatchReference: z.optional(z.string()),
  by: z.string(),
  at: IsoTime,
});
export type ReportEventView = z.infer<typeof ReportEventViewSchema>;

export const ReportViewSchema = z.object({
  id: Id,
  siteId: Id,
  siteName: z.string(),
  deviceName: z.optional(z.string()),
  /** When the coordination point stored it. */
  receivedAt: IsoTime,
  /**
   * madeAt corrected by the tablet's measured clock offset (server time), or receivedAt when
   * that is still later: the age is counted from here.
   */
  waitingSince: IsoTime,
  /** The tablet's clock minus the server's at its last sync, when known. */
  deviceClockOffsetMs: z.optional(z.number()),
  report: EmergencyReportSchema,
  status: z.enum(REPORT_STATUSES),
  dispatchReference: z.optional(z.string()),
  events: z.array(ReportEventViewSchema),
});
export type ReportView = z.infer<typeof ReportViewSchema>;

export const REPORT_FILTERS = ['open', 'closed', 'all'] as const;
export const ReportsQuerySchema = z.object({ status: z._default(z.enum(REPORT_FILTERS), 'open') });
export const ReportsResponseSchema = z.object({ reports: z.array(ReportViewSchema), serverTime: IsoTime });
export type ReportsResponse = z.infer<typeof ReportsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// The points overview

export const LINK_STATES = ['live', 'quiet', 'silent', 'never'] as const;
export type LinkStateName = (typeof LINK_STATES)[number];

const LocalisedName = z.object({ nl: z.string(), de: z.string() });

export const PointViewSchema = z.object({
  siteId: Id,
  name: z.string(),
  municipality: z.string(),
  activeDevices: Count,
  /** The latest push or pull of any of its tablets. */
  lastContactAt: z.nullable(IsoTime),
  silentAfterMinutes: z.int().check(z.minimum(1)),
  linkState: z.enum(LINK_STATES),
  visitorsToday: Count,
  visitorsOnSite: Count,
  staffOnSite: Count,
  itemsBelowMinimum: z.array(z.object({ itemId: Id, name: LocalisedName, unit: z.string(), balance: z.number(), minimum: z.number() })),
  openReports: Count,
  lifeThreateningOpen: Count,
  signalsLast24h: Count,
  openSupplyRequests: Count,
  latestSitrep: z.nullable(z.object({ receivedAt: IsoTime, sitrep: SitrepSchema })),
});
export type PointView = z.infer<typeof PointViewSchema>;
export const PointsResponseSchema = z.object({ points: z.array(PointViewSchema), serverTime: IsoTime });
export type PointsResponse = z.infer<typeof PointsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Bulletins

const BulletinText = z.object({ title: RequiredShortText, body: RequiredLongText });

export const BulletinDraftSchema = z
  .object({
    category: z.enum(INFO_CATEGORIES),
    nl: z.optional(BulletinText),
    de: z.optional(BulletinText),
    /** null: every point (a broadcast). */
    siteIds: z.nullable(z.array(Id).check(z.minLength(1), z.maxLength(500))),
    validUntil: z.optional(IsoTime),
    pinned: z.boolean(),
    /** Publishing in one language only is allowed when asked for; the card is then flagged. */
    allowSingleLanguage: z.optional(z.boolean()),
    requestId: z.optional(Id),
  })
  .check(
    z.refine((draft) => Boolean(draft.nl || draft.de), { message: 'write the card in Dutch and German', path: ['nl'] }),
    z.refine((draft) => Boolean(draft.allowSingleLanguage) || Boolean(draft.nl && draft.de), {
      message: 'both Dutch and German are required (or allow a single language explicitly)',
      path: ['de'],
    }),
  );
export type BulletinDraft = z.infer<typeof BulletinDraftSchema>;

export const BulletinViewSchema = z.object({
  id: Id,
  version: z.int().check(z.minimum(1)),
  category: z.enum(INFO_CATEGORIES),
  nl: z.optional(z.object({ title: z.string(), body: z.string() })),
  de: z.optional(z.object({ title: z.string(), body: z.string() })),
  missingLanguages: z.array(z.enum(['nl', 'de'])),
  pinned: z.boolean(),
  validUntil: z.optional(IsoTime),
  publishedAt: IsoTime,
  /** null: every point. */
  targets: z.nullable(z.array(z.object({ siteId: Id, name: z.string() }))),
  withdrawn: z.boolean(),
});
export type BulletinView = z.infer<typeof BulletinViewSchema>;
export const BulletinsResponseSchema = z.object({ bulletins: z.array(BulletinViewSchema), serverTime: IsoTime });
export type BulletinsResponse = z.infer<typeof BulletinsResponseSchema>;
export const BulletinWithdrawSchema = z.object({ requestId: z.optional(Id) });

// ---------------------------------------------------------------------------------------------
// Supply requests

export const SUPPLY_ACTIONS = ['approved', 'dispatched', 'declined'] as const;

export const SupplyActionSchema = z
  .object({
    status: z.enum(SUPPLY_ACTIONS),
    /** Approved quantities per line when they differ from what was asked (0: not supplied). */
    items: z.optional(z.array(z.object({ itemId: Id, quantity: z.number().check(z.minimum(0), z.maximum(1_000_000)) })).check(z.maxLength(100))),
    expectedAt: z.optional(IsoTime),
    note: z.optional(LongText),
    requestId: z.optional(Id),
  })
  .check(
    z.refine((action) => action.status !== 'dispatched' || Boolean(action.expectedAt), {
      message: 'a dispatch needs its expected arrival time',
      path: ['expectedAt'],
    }),
    z.refine((action) => action.status !== 'declined' || Boolean(action.note?.trim()), {
      message: 'say why the request is declined',
      path: ['note'],
    }),
  );
export type SupplyAction = z.infer<typeof SupplyActionSchema>;

export const SupplyUpdateViewSchema = z.object({
  id: Id,
  status: z.enum(SUPPLY_STATUSES),
  items: z.optional(z.array(z.object({ itemId: Id, quantity: z.number() }))),
  expectedAt: z.optional(IsoTime),
  note: z.optional(z.string()),
  by: z.string(),
  at: IsoTime,
});

export const SupplyRequestViewSchema = z.object({
  id: Id,
  siteId: Id,
  siteName: z.string(),
  receivedAt: IsoTime,
  request: SupplyRequestSchema,
  status: z.enum(SUPPLY_STATUSES),
  updates: z.array(SupplyUpdateViewSchema),
});
export type SupplyRequestView = z.infer<typeof SupplyRequestViewSchema>;
export const SupplyRequestsResponseSchema = z.object({ requests: z.array(SupplyRequestViewSchema), serverTime: IsoTime });
export type SupplyRequestsResponse = z.infer<typeof SupplyRequestsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Signals and helper offers

export const FeedQuerySchema = z.object({
  siteId: z.optional(Id),
  category: z.optional(z.enum(SIGNAL_CATEGORIES)),
  since: z.optional(IsoTime),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});
export type FeedQuery = z.infer<typeof FeedQuerySchema>;

export const SignalViewSchema = z.object({ id: Id, siteId: Id, siteName: z.string(), receivedAt: IsoTime, signal: SignalSchema });
export type SignalView = z.infer<typeof SignalViewSchema>;
export const SignalsResponseSchema = z.object({ signals: z.array(SignalViewSchema), serverTime: IsoTime });
export type SignalsResponse = z.infer<typeof SignalsResponseSchema>;

export const HelperOfferViewSchema = z.object({ id: Id, siteId: Id, siteName: z.string(), receivedAt: IsoTime, offer: HelperOfferSchema });
export type HelperOfferView = z.infer<typeof HelperOfferViewSchema>;
export const HelperOffersResponseSchema = z.object({ offers: z.array(HelperOfferViewSchema), serverTime: IsoTime });
export type HelperOffersResponse = z.infer<typeof HelperOffersResponseSchema>;

// ---------------------------------------------------------------------------------------------
// "What is new": polled every few seconds

export const PulseQuerySchema = z.object({
  after: z._default(
    z.coerce.number().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER), z.refine(Number.isInteger, 'a whole number')),
    0,
  ),
});
export const PulseResponseSchema = z.object({
  /** Grows whenever anything the dashboard shows changed; pass it back as `after`. */
  cursor: Count,
  serverTime: IsoTime,
  /** Reports that arrived after `after`. */
  newReports: z.array(z.object({ id: Id, siteName: z.string(), urgency: EmergencyReportSchema.shape.urgency })),
  unacknowledged: Count,
  /** When the longest-waiting unacknowledged life-threatening report started waiting: escalation runs from here. */
  oldestUnacknowledgedLifeThreatening: z.nullable(IsoTime),
});
export type PulseResponse = z.infer<typeof PulseResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Sites, devices, enrollment (admin)

export const SiteDraftSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  municipality: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
});
export type SiteDraft = z.infer<typeof SiteDraftSchema>;
export const SiteViewSchema = z.object({ id: Id, name: z.string(), municipality: z.string(), createdAt: IsoTime, activeDevices: Count });
export type SiteView = z.infer<typeof SiteViewSchema>;
export const SitesResponseSchema = z.object({ sites: z.array(SiteViewSchema) });
export type SitesResponse = z.infer<typeof SitesResponseSchema>;

export const EnrollmentCodeRequestSchema = z.object({ validHours: z.optional(z.number().check(z.minimum(1), z.maximum(720))) });
export const EnrollmentCodeViewSchema = z.object({
  siteId: Id,
  siteName: z.string(),
  code: z.string(),
  expiresAt: IsoTime,
  /** The code as a QR code, an SVG document, for the tablet's camera. */
  qrSvg: z.string(),
});
export type EnrollmentCodeView = z.infer<typeof EnrollmentCodeViewSchema>;

export const DevicesQuerySchema = z.object({ siteId: z.optional(Id) });
export const DeviceViewSchema = z.object({
  id: Id,
  siteId: Id,
  siteName: z.string(),
  name: z.string(),
  createdAt: IsoTime,
  lastSeenAt: z.nullable(IsoTime),
  clockOffsetMs: z.nullable(z.number()),
  revokedAt: z.nullable(IsoTime),
});
export type DeviceView = z.infer<typeof DeviceViewSchema>;
export const DevicesResponseSchema = z.object({ devices: z.array(DeviceViewSchema) });
export type DevicesResponse = z.infer<typeof DevicesResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Evaluation of every point (the figures of src/domain/evaluation.ts, computed on the server)

export const EvaluationQuerySchema = z.object({
  /** Start of the period; without it: since the first record. */
  from: z.optional(IsoTime),
  /** End of the period; without it: now. */
  until: z.optional(IsoTime),
  /** One point; without it: every point. */
  siteId: z.optional(Id),
});
export type EvaluationQuery = z.infer<typeof EvaluationQuerySchema>;

const ORGANISATIONS = ['municipality', 'redCross', 'salvationArmy', 'citizen', 'other'] as const;
const Milliseconds = z.number().check(z.minimum(0));
const EvaluationPeriodSchema = z.object({ from: z.optional(IsoTime), to: IsoTime });
const NeedCountSchema = z.object({ need: z.enum(NEEDS), count: Count });
const IntervalSummarySchema = z.object({ interval: z.enum(REPORT_INTERVALS), count: Count, medianMs: z.optional(Milliseconds), worstMs: z.optional(Milliseconds) });
const OrganisationHoursSchema = z.object({ organisation: z.enum(ORGANISATIONS), volunteers: Count, hours: z.number().check(z.minimum(0)) });

const ContactUptimeSchema = z.object({
  buckets: Count,
  contactBuckets: Count,
  share: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  longestGapMs: z.optional(Milliseconds),
  gapFrom: z.optional(IsoTime),
  gapTo: z.optional(IsoTime),
  /** All points together: the point whose gap it is. */
  gapSiteId: z.optional(Id),
});

export const EvaluationFiguresSchema = z.object({
  visits: Count,
  households: Count,
  people: Count,
  reports: Count,
  visitorsPerHour: z.array(z.object({ start: IsoTime, hour: z.string(), count: Count })),
  needs: z.array(NeedCountSchema),
  reportSteps: z.array(IntervalSummarySchema),
  goodsIssued: z.array(z.object({ itemId: Id, name: z.nullable(LocalisedName), unit: z.string(), day: z.string(), quantity: z.number() })),
  volunteerHours: z.array(OrganisationHoursSchema),
  /** Link uptime from the server's contact log (5-minute buckets; `contactUptime` in src/domain/evaluation.ts). */
  contact: ContactUptimeSchema,
});
export type EvaluationFigures = z.infer<typeof EvaluationFiguresSchema>;

export const PointEvaluationSchema = z.object({
  siteId: Id,
  name: z.string(),
  municipality: z.string(),
  /** The latest push or pull of any of its tablets. */
  lastContactAt: z.nullable(IsoTime),
  figures: EvaluationFiguresSchema,
});
export type PointEvaluation = z.infer<typeof PointEvaluationSchema>;

export const EvaluationResponseSchema = z.object({
  period: EvaluationPeriodSchema,
  /** Every point of the answer together (the one point when filtered). */
  all: EvaluationFiguresSchema,
  points: z.array(PointEvaluationSchema),
  /** Per hour, how many of the points in the answer had contact. */
  contactPerHour: z.array(z.object({ start: IsoTime, hour: z.string(), points: Count })),
  serverTime: IsoTime,
});
export type EvaluationResponse = z.infer<typeof EvaluationResponseSchema>;

/**
 * The anonymised set (src/domain/evaluationExport.ts) of each point, for the national pilot
 * evaluation. Spelled out field by field: a key the builder might add later is dropped here
 * instead of leaving the server.
 */
const Seconds = z.union([z.number(), z.literal('')]);
export const AnonymisedExportSchema = z.object({
  format: z.literal('noodsteunpunt-evaluation/1'),
  generatedAt: IsoTime,
  period: EvaluationPeriodSchema,
  summary: z.object({
    visits: Count,
    households: Count,
    people: Count,
    needs: z.array(NeedCountSchema),
    reports: Count,
    reportSteps: z.array(IntervalSummarySchema),
    linkUptime: z.object({
      rounds: Count,
      okRounds: Count,
      share: z.optional(z.number()),
      longestGapMs: z.optional(Milliseconds),
      gapFrom: z.optional(IsoTime),
      gapTo: z.optional(IsoTime),
    }),
  }),
  visits: z.array(
    z.object({
      visit: Count,
      household: Count,
      arrivedAt: IsoTime,
      leftAt: z.string(),
      adults: Count,
      children: Count,
      residence: z.enum(['address', 'street', 'passingThrough']),
      postcodeArea: z.string().check(z.maxLength(4)),
      language: z.enum(LANGUAGES),
      needs: z.array(z.enum(NEEDS)),
    }),
  ),
  reports: z.array(
    z.object({
      report: Count,
      urgency: z.enum(REPORT_URGENCIES),
      service: z.enum(REPORT_SERVICES),
      peopleInvolved: Count,
      madeAt: IsoTime,
      deliveredAt: z.string(),
      acknowledgedAt: z.string(),
      helpOnTheWayAt: z.string(),
      closedAt: z.string(),
      madeToDeliveredSeconds: Seconds,
      deliveredToAcknowledgedSeconds: Seconds,
      acknowledgedToHelpSeconds: Seconds,
      madeToHelpSeconds: Seconds,
    }),
  ),
  stock: z.array(
    z.object({
      itemId: Id,
      item: z.string(),
      unit: z.string(),
      day: z.string(),
      received: z.number(),
      issued: z.number(),
      counted: z.number(),
      transferred: z.number(),
      writtenOff: z.number(),
    }),
  ),
  volunteerHours: z.array(OrganisationHoursSchema),
});

export const EvaluationExportResponseSchema = z.object({
  period: EvaluationPeriodSchema,
  /** `contact`: link uptime from the coordination point's contact log (no personal data). */
  points: z.array(z.object({ siteId: Id, point: z.string(), data: AnonymisedExportSchema, contact: ContactUptimeSchema })),
  serverTime: IsoTime,
});
export type EvaluationExportResponse = z.infer<typeof EvaluationExportResponseSchema>;

/** The body of every refused request, as the server's error handler sends it. */
export const ApiErrorSchema = z.object({ error: z.string(), message: z.string() });
